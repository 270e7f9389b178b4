// `npm run report -- <command>`: batch tools over the report interchange format (docs/report-format.md).
import { runCheck, type TCommandResult } from "../lib/cli/check-command";
import { runExport } from "../lib/cli/export-command";
import { runImport } from "../lib/cli/import-command";
import { runRollup } from "../lib/cli/rollup-command";
import { reportJsonSchemaText } from "../lib/report/json-schema";

const USAGE = `用法：
  npm run report -- check 文件.json [--json] [--last-year 上年文件.json]
      检查报告，按规则列出错误、警告和提示。退出码：0 无错误，1 有错误，2 文件无法读取或格式无效。
  npm run report -- export 文件.json --format docx|html [--out 路径] [--allow-errors] [--status draft|published] [--charts]
      导出可直接发布的 Word 或网页文件；路径为目录时使用“{机关}{年份}年政府信息公开工作年度报告”作文件名，
      省略时写在输入文件旁。报告有错误时不导出（退出码 1），除非加 --allow-errors。
      草稿（非导入的已发布报告，或 --status draft）每页页眉印“草稿”。--charts 在文末附“附：图解”。
  npm run report -- import 文件或网址 [--year 年度] [--agency 机关名称] [--out 文件.json] [--allow-intranet]
      从已发布的报告（Word/WPS .docx、.doc、PDF、网页、纯文本、Excel）读出交换格式 JSON（含每个单元格的来源和
      “原报告空白”标记），列出需要选择和未能读取的内容。退出码：0 全部读取，1 有需要核对的内容，2 无法读取。
      网址（http:// 或 https://）由本机读取；内网地址须加 --allow-intranet。
  npm run report -- rollup A.json B.json … [--out 汇总.json] [--agency 汇总机关]
      汇总同一年度、同一格式的报告：表二、表三、表四逐格相加，每个单元格列出各报告的数值（rollup.contributions）。
      年度或格式版本不同、同一机关重复时不汇总（退出码 2）。空白或非数字单元格不计入合计，在标准错误中列出。
  npm run report -- schema
      输出交换格式的 JSON Schema（即 docs/report.schema.json）。
`;

const takeOption = (args: string[], name: string): string | undefined => {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const [, value] = args.splice(index, 2);
  return value;
};

/** Options that take a value; a value that is missing or is the next option is refused, not ignored. */
const VALUE_OPTIONS = ["--out", "--agency", "--year", "--format", "--status", "--last-year"];

/** The Chinese refusal of an option given without its value (`--out` last, or `--out --agency 甲`), or null. */
const missingValue = (args: string[]): string | null => {
  const index = args.findIndex(
    (arg, i) => VALUE_OPTIONS.includes(arg) && (args[i + 1] === undefined || args[i + 1]!.startsWith("--")),
  );
  return index === -1 ? null : `${args[index]} 后缺少取值\n`;
};

const run = async (argv: string[]): Promise<TCommandResult> => {
  const args = [...argv];
  const command = args.shift();
  const missing = missingValue(args);
  if (missing) return { exitCode: 2, stdout: "", stderr: missing + USAGE };
  if (command === "check") {
    const json = args.includes("--json");
    const rest = args.filter((arg) => arg !== "--json");
    const lastYearFile = takeOption(rest, "--last-year");
    const [file, ...extra] = rest;
    if (file && extra.length === 0) return runCheck(file, { json, lastYearFile });
  }
  if (command === "export") {
    const allowErrors = args.includes("--allow-errors");
    const charts = args.includes("--charts");
    const rest = args.filter((arg) => arg !== "--allow-errors" && arg !== "--charts");
    const format = takeOption(rest, "--format");
    const out = takeOption(rest, "--out");
    const status = takeOption(rest, "--status");
    const [file, ...extra] = rest;
    const statusOk = status === undefined || status === "draft" || status === "published";
    if (file && extra.length === 0 && statusOk && (format === "docx" || format === "html"))
      return runExport(file, format, { out, allowErrors, status, charts });
  }
  if (command === "import") {
    const allowIntranet = args.includes("--allow-intranet");
    if (allowIntranet) args.splice(args.indexOf("--allow-intranet"), 1);
    const year = takeOption(args, "--year");
    const agency = takeOption(args, "--agency");
    const out = takeOption(args, "--out");
    const [file, ...extra] = args;
    const yearNumber = year === undefined ? undefined : Number(year);
    if (year !== undefined && !(Number.isInteger(yearNumber) && yearNumber! >= 2000 && yearNumber! <= 2100)) {
      return { exitCode: 2, stdout: "", stderr: `--year 应为 2000 至 2100 之间的年份，收到“${year}”\n` };
    }
    if (file && extra.length === 0 && !file.startsWith("--"))
      return runImport(file, { year: yearNumber, agency, out, allowIntranet });
  }
  if (command === "rollup") {
    const out = takeOption(args, "--out");
    const agency = takeOption(args, "--agency");
    if (args.length > 0 && !args.some((arg) => arg.startsWith("--"))) return runRollup(args, { out, agency });
  }
  if (command === "schema" && args.length === 0)
    return { exitCode: 0, stdout: reportJsonSchemaText(), stderr: "" };
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
