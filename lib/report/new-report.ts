import { resolveValues } from "@/lib/report/values";
import { formatVersionForYear, getTemplate, type TReportTemplate } from "@/lib/template";
import { T3_COLUMNS } from "@/lib/template/table3";

import { REPORT_FORMAT_ID, type TReportDocument } from "./schema";

/** A blank report for a year: the format follows the year, every cell empty, the agency named. */
export const createEmptyReport = (agencyName: string, year: number): TReportDocument => ({
  format: REPORT_FORMAT_ID,
  formatVersion: formatVersionForYear(year),
  year,
  details: { agencyName },
  narrative: {},
  cells: {},
  source: { kind: "editor" },
});

const carryOverPairs = (template: TReportTemplate) =>
  T3_COLUMNS.filter((column) => column.id !== "total").map((column) => ({
    to: `t3.carried_over.${column.id}`,
    from: `t3.carried_forward.${column.id}`,
  }));

/**
 * Starts this year's report from last year's (same office): 上年结转 of table 三 from last year's
 * 结转下年度继续办理, column by column; table 二's 现行有效件数 from last year's (2021 format to 2021
 * format only — the 2019 format counted documents differently); publication, contact and issuer details.
 * Each prefilled cell records its source so the editor can say where the number came from.
 */
export const prefillFromLastYear = (report: TReportDocument, lastYear: TReportDocument): TReportDocument => {
  const template = getTemplate(report.formatVersion);
  const previous = resolveValues(getTemplate(lastYear.formatVersion), lastYear);
  const cells = { ...report.cells };
  const prefill: NonNullable<TReportDocument["prefill"]> = { ...report.prefill };
  const take = (to: string, from: string, label: string) => {
    const value = previous.effective(from);
    if (value === null || !template.cellById.has(to)) return;
    cells[to] = value;
    prefill[to] = { from: `${lastYear.year}年度报告${label}`, value };
  };
  for (const pair of carryOverPairs(template)) take(pair.to, pair.from, "“四、结转下年度继续办理”");
  if (report.formatVersion === 2021 && lastYear.formatVersion === 2021) {
    for (const row of ["regulations", "normative_documents"]) {
      take(`t2.${row}.valid`, `t2.${row}.valid`, "表二“现行有效件数”（请按本年制发、废止调整）");
    }
  }
  const { publication, contact, issuer } = lastYear.details;
  return {
    ...report,
    details: { ...report.details, ...(publication ? { publication } : {}), ...(contact ? { contact } : {}), ...(issuer ? { issuer } : {}) },
    cells,
    prefill,
  };
};
