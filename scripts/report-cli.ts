// `npm run report -- <command>`: batch tools over the report interchange format (docs/report-format.md).
import { runCheck, type TCommandResult } from "../lib/cli/check-command";
import { runExport } from "../lib/cli/export-command";
import { reportJsonSchemaText } from "../lib/report/json-schema";

const USAGE = `用法：
  npm run report -- check 文件.json [--json] [--last-year 上年文件.json]
      检查报告，按规则列出错误、警告和提示。退出码：0 无错误，1 有错误，2 文件无法读取或格式无效。
  npm run report -- export 文件.json --format docx|html [--out 路径]
      导出可直接发布的 Word 或网页文件；路径为目录时使用“{机关}{年份}年政府信息公开工作年度报告”作文件名，
      省略时写在输入文件旁。
  npm run report -- schema
      输出交换格式的 JSON Schema（即 docs/report.schema.json）。
`;

const takeOption = (args: string[], name: string): string | undefined => {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const [, value] = args.splice(index, 2);
  return value;
};

const run = async (argv: string[]): Promise<TCommandResult> => {
  const args = [...argv];
  const command = args.shift();
  if (command === "check") {
    const json = args.includes("--json");
    const rest = args.filter((arg) => arg !== "--json");
    const lastYearFile = takeOption(rest, "--last-year");
    const [file, ...extra] = rest;
    if (file && extra.length === 0) return runCheck(file, { json, lastYearFile });
  }
  if (command === "export") {
    const format = takeOption(args, "--format");
    const out = takeOption(args, "--out");
    const [file, ...extra] = args;
    if (file && extra.length === 0 && (format === "docx" || format === "html")) return runExport(file, format, out);
  }
  if (command === "schema" && args.length === 0) return { exitCode: 0, stdout: reportJsonSchemaText(), stderr: "" };
  return { exitCode: 2, stdout: "", stderr: USAGE };
};

run(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  },
  (error: unknown) => {
    console.error("内部错误：", error);
    process.exitCode = 2;
  },
);
