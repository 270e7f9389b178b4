import type { TReportDocument } from "./schema";

export const TITLE_SUFFIX = "政府信息公开工作年度报告";

/**
 * `{机关全称}{年份}年政府信息公开工作年度报告` — the dominant published pattern (template-spec §3.4). A name that
 * ends in a digit (“某某区第12”) gets a space before the year, so the year does not run into it (“第122025年”);
 * the checker reads titles with spaces normalised (lib/rules), so the title still counts as standard.
 */
export const standardTitle = (agencyName: string, year: number): string =>
  `${nameThenYear(agencyName, year)}年${TITLE_SUFFIX}`;

/**
 * An office's name followed by a year, as titles, file names and messages print it (`示范区教育局2025`): a space
 * between them when the name ends in a digit (`示范区第12 2025`, not `示范区第122025`). The name is trimmed.
 */
export const nameThenYear = (name: string, year: number): string => {
  const trimmed = name.trim();
  return `${trimmed}${/[0-9０-９]$/.test(trimmed) ? " " : ""}${year}`;
};

export const reportTitle = (report: Pick<TReportDocument, "details" | "year">): string =>
  report.details.title?.trim() || standardTitle(report.details.agencyName, report.year);
