import type { TReportDocument } from "./schema";

export const TITLE_SUFFIX = "政府信息公开工作年度报告";

/**
 * `{机关全称}{年份}年政府信息公开工作年度报告` — the dominant published pattern (template-spec §3.4). A name that
 * ends in a digit (“某某区第12”) gets a space before the year, so the year does not run into it (“第122025年”);
 * the checker reads titles with spaces normalised (lib/rules), so the title still counts as standard.
 */
export const standardTitle = (agencyName: string, year: number): string => {
  const name = agencyName.trim();
  return `${name}${/[0-9０-９]$/.test(name) ? " " : ""}${year}年${TITLE_SUFFIX}`;
};

export const reportTitle = (report: Pick<TReportDocument, "details" | "year">): string =>
  report.details.title?.trim() || standardTitle(report.details.agencyName, report.year);
