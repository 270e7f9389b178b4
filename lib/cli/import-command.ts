import { readFile, stat, writeFile } from "node:fs/promises";

import { MAX_FILE_BYTES } from "@/lib/import/detect";
import { YEAR_UNKNOWN } from "@/lib/import/read-report";
import { importFile, importFromUrl } from "@/lib/import/import-report";
import { BLANK_MARK, type TImportResult } from "@/lib/import/types";
import { rowPlace } from "@/lib/template/labels";
import { getTemplate } from "@/lib/template";

import { fileProblem } from "./schema-place";
import type { TCommandResult } from "./check-command";

export interface TImportOptions {
  year?: number;
  agency?: string;
  out?: string;
  /** A web address may be on the intranet (loopback, private ranges); else `IMPORT_URL_ALLOW_INTRANET=1`. */
  allowIntranet?: boolean;
}

/**
 * The interchange JSON an import writes: the report document (docs/report-format.md) plus an `import` member
 * with the per-cell provenance, the cells printed empty (marked 原报告空白), the rows left to choose and the
 * problems. `report check` reads the file as it is (the extra member is ignored).
 */
export const importJson = (result: TImportResult): string =>
  JSON.stringify(
    {
      ...result.document,
      import: {
        source: result.source.label,
        provenance: result.provenance,
        blanks: Object.fromEntries(result.blanks.map((id) => [id, BLANK_MARK])),
        choices: result.choices,
        problems: result.problems,
      },
    },
    null,
    2,
  ) + "\n";

const summary = (file: string, result: TImportResult): string => {
  const { document, blanks, choices, problems } = result;
  const template = getTemplate(document.formatVersion);
  const lines = [
    `${file}：${result.source.label}，${document.details.agencyName || "（未读到机关名称）"} ${document.year}年度，${template.documentNo}格式。`,
  ];
  if (blanks.length) lines.push(`${blanks.length} 个单元格原报告空白，导入为空（未当作 0）。`);
  for (const choice of choices) {
    if (choice.kind === "placement") {
      lines.push(
        `需要选择：表三${choice.rowLabel}，原文“${choice.raw}”（${choice.where}），可归入的位置：` +
          (choice.candidateLabels ?? []).map((label, index) => `（${index + 1}）${label}`).join(" "),
      );
      continue;
    }
    lines.push(
      `需要选择：${rowPlace(choice.table, choice.rowLabel)}，原文“${choice.raw}”（${choice.where}），可能的拆分：` +
        choice.candidates.map((candidate) => candidate.join("/")).join("；") +
        (choice.supportedBy ? `（${choice.supportedBy}）` : ""),
    );
  }
  for (const problem of problems)
    if (!/的数字连排为|没有行标签.*请选择/.test(problem)) lines.push(`未能读取：${problem}`);
  if (!choices.length && !problems.length) lines.push("全部读取，没有需要选择或未能读取的内容。");
  return lines.join("\n") + "\n";
};

/**
 * `report import FILE|URL [--year N] [--agency NAME] [--out FILE.json] [--allow-intranet]`: reads a published report (Word, WPS,
 * .doc, PDF, web page, text, Excel) into interchange JSON (to --out, else stdout) and lists on stderr what
 * needed a choice or could not be read. Exit 0 = read fully, 1 = read with uncertainties (choices or
 * problems), 2 = not readable.
 */
export const runImport = async (file: string, options: TImportOptions = {}): Promise<TCommandResult> => {
  const read = { year: options.year, agency: options.agency };
  if (/^https?:\/\//i.test(file)) {
    const fetched = await importFromUrl(file, {
      ...read,
      ...(options.allowIntranet ? { allowPrivate: true } : {}),
    });
    return fetched.ok ? written(file, fetched.result, options.out) : notReadable(file, fetched.error);
  }
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { exitCode: 2, stdout: "", stderr: `无法读取 ${file}：这是一个目录\n` };
    if (info.size > MAX_FILE_BYTES)
      return { exitCode: 2, stdout: "", stderr: `${file}：文件超过 20 MB，无法导入。\n` };
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      exitCode: 2,
      stdout: "",
      stderr: `无法读取 ${file}：${code === "ENOENT" ? "文件不存在" : String(error)}\n`,
    };
  }
  const outcome = await importFile(bytes, read);
  return outcome.ok ? written(file, outcome.result, options.out) : notReadable(file, outcome.error);
};

const notReadable = (file: string, error: string): TCommandResult => ({
  exitCode: 2,
  stdout: "",
  stderr: `${file}：${error.startsWith(YEAR_UNKNOWN) ? `${YEAR_UNKNOWN}，请用 --year 指定年度后再导入。` : error}\n`,
});

/** The JSON to `out` (or stdout) and the summary on stderr; exit 1 when something needs a choice or was unread. */
const written = async (file: string, result: TImportResult, out?: string): Promise<TCommandResult> => {
  const json = importJson(result);
  const report = summary(file, result);
  const exitCode = result.choices.length || result.problems.length ? 1 : 0;
  if (!out) return { exitCode, stdout: json, stderr: report };
  try {
    await writeFile(out, json);
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `无法写入 ${out}：${fileProblem(error, "写入")}\n` };
  }
  return { exitCode, stdout: `已写入 ${out}\n`, stderr: report };
};
