import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { chartsForPrint } from "@/lib/charts/report-charts";
import { buildDocx } from "@/lib/export/docx";
import { exportFileName } from "@/lib/export/format";
import { buildHtml } from "@/lib/export/html";
import type { TExportEdition } from "@/lib/export/publishable";
import { reportTitle } from "@/lib/report/title";
import { countBySeverity, evaluateReport } from "@/lib/rules/evaluate";
import { isAsPublishedImport } from "@/lib/report/values";
import { getTemplate } from "@/lib/template";

import { fileProblem } from "./schema-place";
import type { TCommandResult } from "./check-command";
import { loadReportFile } from "./load-report";

export type TExportFormat = "docx" | "html";

export interface TExportOptions {
  out?: string;
  /** Export even when the checker finds errors (otherwise exit 1 with “报告有 N 个错误”). */
  allowErrors?: boolean;
  /**
   * The edition: "draft" marks every page 草稿. Default: a report imported from a published file
   * and kept as published (`isAsPublishedImport`) is published, any other is a draft.
   */
  status?: TExportEdition["status"];
  /** Print 附：图解 after the report (the charts of this report alone; the years chart needs the app's history). */
  charts?: boolean;
}

/**
 * `report export FILE --format docx|html [--out PATH] [--allow-errors] [--status draft|published] [--charts]`. PATH may
 * be a file or an existing directory (the official file name is used inside it); without --out the file goes
 * beside the input. A report with errors is not exported (exit 1) unless `--allow-errors`.
 */
export const runExport = async (
  file: string,
  format: TExportFormat,
  options: TExportOptions = {},
): Promise<TCommandResult> => {
  const loaded = await loadReportFile(file);
  if (!loaded.ok) return { exitCode: 2, stdout: "", stderr: loaded.errors.join("\n") + "\n" };
  const report = loaded.report;
  const errors = countBySeverity(evaluateReport(report)).error;
  if (errors > 0 && !options.allowErrors) {
    return {
      exitCode: 1,
      stdout: "",
      stderr: `报告有 ${errors} 个错误，未导出；用 npm run report -- check ${file} 查看，确需导出请加 --allow-errors\n`,
    };
  }
  const template = getTemplate(report.formatVersion);
  const edition: TExportEdition = {
    status: options.status ?? (isAsPublishedImport(report) ? "published" : "draft"),
    ...(options.charts ? { charts: chartsForPrint(report) } : {}),
  };
  const content =
    format === "docx" ? await buildDocx(template, report, edition) : buildHtml(template, report, edition);
  const name = exportFileName(reportTitle(report), format);
  const out = options.out;
  const target = !out
    ? path.join(path.dirname(file), name)
    : out.endsWith(path.sep) || !path.extname(out)
      ? path.join(out, name)
      : out;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  } catch (error) {
    return {
      exitCode: 2,
      stdout: "",
      stderr: `无法写入 ${target}：${fileProblem(error, "写入")}\n`,
    };
  }
  const notes = [
    errors > 0 ? `（报告有 ${errors} 个错误，按 --allow-errors 导出）` : "",
    edition.status === "draft" ? "（草稿）" : "",
  ].join("");
  return { exitCode: 0, stdout: `已导出：${target}${notes}\n`, stderr: "" };
};
