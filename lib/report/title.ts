import type { TReportDocument } from "./schema";

export const TITLE_SUFFIX = "政府信息公开工作年度报告";

/** `{机关全称}{年份}年政府信息公开工作年度报告` — the dominant published pattern (template-spec §3.4). */
export const standardTitle = (agencyName: string, year: number): string =>
  `${agencyName.trim()}${year}年${TITLE_SUFFIX}`;

export const reportTitle = (report: Pick<TReportDocument, "details" | "year">): string =>
  report.details.title?.trim() || standardTitle(report.details.agencyName, report.year);
