import type { TReportDocument } from "@/lib/report/schema";
import type { TReportValues } from "@/lib/report/values";
import type { TGridCell, TReportTemplate, TTableDef } from "@/lib/template";

import { formatNumber } from "./format";

/** The tables of a report as printed (./publishable.ts): cells with their text and spans, rows kept together. */

export interface TPrintedCell {
  text: string;
  header: boolean;
  scope?: "row" | "col" | "rowgroup" | "colgroup";
  rowSpan: number;
  colSpan: number;
  numeric: boolean;
}

export interface TPrintedTable {
  id: TTableDef["id"];
  title: string;
  columnCount: number;
  headerRows: TPrintedCell[][];
  bodyRows: TPrintedCell[][];
  /**
   * Per body row: keep it on the page of the next row. A 表二 band row (第二十条第（一）项) stays with its
   * rows, and the rows under a spanned group label (（三）不予公开 …) stay together, so a page break never
   * leaves a band alone at the bottom or a group's rows without their label.
   */
  keepWithNext: boolean[];
  /** Per body row: the index of the group it belongs to (rows sharing a spanned label or a band). */
  groupOf: number[];
}

const printCell = (
  cell: TGridCell,
  report: TReportDocument,
  values: TReportValues,
  template: TReportTemplate,
  asPublished: boolean,
): TPrintedCell => {
  if (cell.type === "label") {
    return {
      text: cell.text,
      header: cell.header ?? false,
      scope: cell.scope,
      rowSpan: cell.rowSpan ?? 1,
      colSpan: cell.colSpan ?? 1,
      numeric: false,
    };
  }
  const def = template.cellById.get(cell.cellId);
  const value = def ? values.effectiveAt[def.index] : null;
  const raw = def?.sumOf ? report.printedTotals?.[cell.cellId] : report.cells[cell.cellId];
  // Blank prints as an explicit 0 (template-spec §3.9) — except in an imported report, which prints as it
  // was published: a blank stays blank. Unreadable text prints as the report has it.
  const text =
    value !== null && value !== undefined
      ? formatNumber(value)
      : typeof raw === "string" && raw.trim()
        ? raw.trim()
        : asPublished
          ? ""
          : "0";
  return { text, header: false, rowSpan: 1, colSpan: cell.colSpan ?? 1, numeric: true };
};

/** A short run of rows to keep on one page: a band with its rows, or the rows of a spanned group label. */
const MAX_KEPT_ROWS = 10;

/**
 * Groups of body rows that belong together: a row whose single label spans the whole width (a 表二 band)
 * starts a group running to the next band; a label spanning several rows (（三）不予公开 over 8 rows) makes
 * those rows a group, unless the span is longer than a page can surely hold (三、本年度办理结果).
 */
const rowGroups = (rows: TPrintedCell[][], columnCount: number): number[] => {
  const groupOf = rows.map((_, i) => i);
  rows.forEach((row, i) => {
    const band = row.length === 1 && row[0]?.header && row[0].colSpan === columnCount;
    if (band) {
      for (let j = i + 1; j < rows.length; j += 1) {
        const next = rows[j];
        if (next?.length === 1 && next[0]?.colSpan === columnCount) break;
        groupOf[j] = groupOf[i] ?? i;
      }
    }
    for (const cell of row) {
      if (cell.rowSpan > 1 && cell.rowSpan <= MAX_KEPT_ROWS) {
        for (let j = i + 1; j < i + cell.rowSpan && j < rows.length; j += 1) groupOf[j] = groupOf[i] ?? i;
      }
    }
  });
  return groupOf;
};

export const printTable = (
  table: TTableDef,
  report: TReportDocument,
  values: TReportValues,
  template: TReportTemplate,
  asPublished: boolean,
): TPrintedTable => {
  const rows = table.rows.map((row) => ({
    isHeader: row.isHeader ?? false,
    cells: row.cells.map((cell) => printCell(cell, report, values, template, asPublished)),
  }));
  const bodyRows = rows.filter((row) => !row.isHeader).map((row) => row.cells);
  const groupOf = rowGroups(bodyRows, table.columnCount);
  return {
    id: table.id,
    title: table.title,
    columnCount: table.columnCount,
    headerRows: rows.filter((row) => row.isHeader).map((row) => row.cells),
    bodyRows,
    keepWithNext: bodyRows.map((_, i) => i + 1 < bodyRows.length && groupOf[i + 1] === groupOf[i]),
    groupOf,
  };
};

/** A 表下说明 as printed: “注：” once, whether or not the text already starts with it. */
export const remarkText = (remark: string): string => (/^注[:：]/.test(remark) ? remark : `注：${remark}`);
