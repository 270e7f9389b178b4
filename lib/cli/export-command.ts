import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { buildDocx } from "@/lib/export/docx";
import { exportFileName } from "@/lib/export/format";
import { buildHtml } from "@/lib/export/html";
import { reportTitle } from "@/lib/report/title";
import { getTemplate } from "@/lib/template";

import type { TCommandResult } from "./check-command";
import { loadReportFile } from "./load-report";

export type TExportFormat = "docx" | "html";

/**
 * `report export FILE --format docx|html [--out PATH]`. PATH may be a file or an existing directory (the
 * official file name is used inside it); without --out the file goes beside the input.
 */
export const runExport = async (file: string, format: TExportFormat, out?: string): Promise<TCommandResult> => {
  const loaded = await loadReportFile(file);
  if (!loaded.ok) return { exitCode: 2, stdout: "", stderr: loaded.errors.join("\n") + "\n" };
  const report = loaded.report;
  const template = getTemplate(report.formatVersion);
  const content = format === "docx" ? await buildDocx(template, report) : buildHtml(template, report);
  const name = exportFileName(reportTitle(report), format);
  const target = !out ? path.join(path.dirname(file), name) : out.endsWith(path.sep) || !path.extname(out) ? path.join(out, name) : out;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  } catch (error) {
    return { exitCode: 2, stdout: "", stderr: `无法写入 ${target}：${error instanceof Error ? error.message : String(error)}\n` };
  }
  return { exitCode: 0, stdout: `已导出：${target}\n`, stderr: "" };
};
