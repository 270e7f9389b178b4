import type { TReportDocument } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import type { TReportTemplate, TTableId } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

import { toCsv } from "./csv";

/**
 * One statistics table as rows of data (open data CSV, charts, Excel): every value cell in template order
 * with its stable id (docs/report-format.md), its row and column labels, and the value as the published
 * report prints it — the number when it reads as one (totals: the printed total of an imported report, else
 * the sum), the report's own text when it does not (`1(裁定撤诉)`), and 0 for a blank (template-spec §3.9).
 */
export interface TTableDatum {
  cellId: string;
  table: TTableId;
  rowLabel: string;
  colLabel: string;
  /** A total computed from other cells (总计). */
  isTotal: boolean;
  value: number | string;
}

export const tableData = (
  template: TReportTemplate,
  document: TReportDocument,
  table: TTableId,
): TTableDatum[] => {
  const values = resolveValues(template, document);
  return template.cells
    .filter((cell) => cell.table === table)
    .map((cell) => {
      const number = values.effectiveAt[cell.index];
      const raw = cell.sumOf ? document.printedTotals?.[cell.id] : document.cells[cell.id];
      const value =
        number !== null && number !== undefined
          ? number
          : typeof raw === "string" && raw.trim()
            ? raw.trim()
            : 0;
      return {
        cellId: cell.id,
        table,
        rowLabel: cell.rowLabel,
        colLabel: cell.colLabel,
        isTotal: Boolean(cell.sumOf),
        value,
      };
    });
};

/** The CSV columns of a table file (docs/open-data.md). */
export const TABLE_CSV_HEADER = ["单元格编号", "表", "行", "列", "数值", "是否总计"] as const;

/** One table of a published report as CSV (UTF-8 with BOM), one row per value cell. */
export const tableCsv = (template: TReportTemplate, document: TReportDocument, table: TTableId): string =>
  toCsv(
    TABLE_CSV_HEADER,
    tableData(template, document, table).map((datum) => [
      datum.cellId,
      TABLE_NAMES[table],
      datum.rowLabel,
      datum.colLabel,
      datum.value,
      datum.isTotal ? "是" : "否",
    ]),
  );
