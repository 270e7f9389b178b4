import { resolveValues } from "@/lib/report/values";
import { formatVersionForYear, getTemplate } from "@/lib/template";
import { table2CarryOver } from "@/lib/template/table2";
import { T3_COLUMNS, T3_ROW_LABELS } from "@/lib/template/table3";

import { REPORT_FORMAT_ID } from "./plain-parts";
import type { TReportDocument } from "./schema";

/**
 * A blank report for a year: the format follows the year, every cell empty, the agency named.
 * Throws `模板错误：…` for a year no format governs (check `isSupportedYear` first).
 */
export const createEmptyReport = (agencyName: string, year: number): TReportDocument => ({
  format: REPORT_FORMAT_ID,
  formatVersion: formatVersionForYear(year),
  year,
  details: { agencyName },
  narrative: {},
  cells: {},
  source: { kind: "editor" },
});

const carryOverPairs = () =>
  T3_COLUMNS.filter((column) => column.id !== "total").map((column) => ({
    to: `t3.carried_over.${column.id}`,
    from: `t3.carried_forward.${column.id}`,
  }));

/**
 * Starts this year's report from last year's (same office): 上年结转 of table 三 from last year's
 * 结转下年度继续办理, column by column; table 二's continuing cells (`table2CarryOver`: 现行有效件数) only
 * when both formats' table 二 continue alike (the 2019 format counted documents differently); publication,
 * contact and issuer details.
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
  for (const pair of carryOverPairs()) take(pair.to, pair.from, `“${T3_ROW_LABELS.carried_forward}”`);
  const table2 = table2CarryOver(template.format.table2);
  if (template.format.table2.continuity === previous.template.format.table2.continuity) {
    for (const id of table2.cellIds) take(id, id, table2.source);
  }
  const { publication, contact, issuer } = lastYear.details;
  return {
    ...report,
    details: {
      ...report.details,
      ...(publication ? { publication } : {}),
      ...(contact ? { contact } : {}),
      ...(issuer ? { issuer } : {}),
    },
    cells,
    prefill,
  };
};
