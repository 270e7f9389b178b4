import ExcelJS from "exceljs";

import type { TReportDocument } from "@/lib/report/schema";
import { reportTitle } from "@/lib/report/title";
import { resolveValues } from "@/lib/report/values";
import type { TReportTemplate, TTableId } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

import { stableXlsxBytes } from "./stable-xlsx";

/**
 * The three statistics tables of a report as an .xlsx workbook laid out like the national form
 * (template-spec §3.5–3.7): one sheet per table (表二, 表三, 表四), the template's grid with its merged
 * header cells, input cells as numbers (or the report's own text where it printed one), and every 总计 cell
 * as an Excel formula (`SUM` of its parts, with the computed value cached so viewers without a calculation
 * engine show it). The grid comes from `lib/template`, the one description the editor and exporters use.
 */

const TABLE_IDS: readonly TTableId[] = ["t2", "t3", "t4"];
/** Rows above the grid: the report title, then the table title. */
const GRID_TOP = 3;

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const columnLetter = (column: number): string => {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

const writeTable = (
  sheet: ExcelJS.Worksheet,
  template: TReportTemplate,
  document: TReportDocument,
  tableId: TTableId,
): void => {
  const table = template.tables[tableId];
  const values = resolveValues(template, document);
  const occupied = new Set<string>();
  const addresses = new Map<string, string>();
  const derived: { address: string; cellId: string }[] = [];

  sheet.mergeCells(1, 1, 1, table.columnCount);
  sheet.getCell(1, 1).value = reportTitle(document);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: "center" };
  sheet.mergeCells(2, 1, 2, table.columnCount);
  sheet.getCell(2, 1).value = `${TABLE_NAMES[tableId]} ${table.title}`;
  sheet.getCell(2, 1).font = { bold: true, size: 12 };

  table.rows.forEach((row, rowIndex) => {
    const r = GRID_TOP + rowIndex;
    let c = 1;
    for (const cell of row.cells) {
      while (occupied.has(`${r}:${c}`)) c += 1;
      const rowSpan = cell.type === "label" ? (cell.rowSpan ?? 1) : 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr += 1)
        for (let dc = 0; dc < colSpan; dc += 1) occupied.add(`${r + dr}:${c + dc}`);
      if (rowSpan > 1 || colSpan > 1) sheet.mergeCells(r, c, r + rowSpan - 1, c + colSpan - 1);
      const target = sheet.getCell(r, c);
      const address = `${columnLetter(c)}${r}`;
      if (cell.type === "label") {
        target.value = cell.text;
        target.alignment = {
          horizontal: cell.scope === "row" ? "left" : "center",
          vertical: "middle",
          wrapText: true,
        };
      } else {
        const def = template.cellById.get(cell.cellId);
        addresses.set(cell.cellId, address);
        if (def?.sumOf) {
          derived.push({ address, cellId: cell.cellId });
        } else {
          const number = def ? values.effectiveAt[def.index] : null;
          const raw = document.cells[cell.cellId];
          target.value =
            number !== null && number !== undefined
              ? number
              : typeof raw === "string" && raw.trim()
                ? raw.trim()
                : 0;
        }
        target.alignment = { horizontal: "center", vertical: "middle" };
      }
      for (let dr = 0; dr < rowSpan; dr += 1)
        for (let dc = 0; dc < colSpan; dc += 1) sheet.getCell(r + dr, c + dc).border = BORDER;
      c += colSpan;
    }
  });

  for (const { address, cellId } of derived) {
    const def = template.cellById.get(cellId);
    const parts = (def?.sumOf ?? [])
      .map((part) => addresses.get(part))
      .filter((a): a is string => Boolean(a));
    const computed = def ? values.computed[def.index] : null;
    sheet.getCell(address).value = {
      formula: `SUM(${parts.join(",")})`,
      result: computed ?? 0,
    };
  }

  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 24 : index === 1 && tableId === "t3" ? 30 : 12;
  });
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
};

/**
 * The workbook as .xlsx bytes, the same bytes for the same document and `at` (./stable-xlsx.ts): its creation
 * and modification dates and every zip entry's date are `at` — a published edition's publication time — by
 * default 1 January of the year after the report's.
 */
export const buildTablesWorkbook = async (
  template: TReportTemplate,
  document: TReportDocument,
  at: Date = new Date(Date.UTC(document.year + 1, 0, 1)),
): Promise<Uint8Array<ArrayBuffer>> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "年报通";
  for (const tableId of TABLE_IDS) {
    writeTable(workbook.addWorksheet(TABLE_NAMES[tableId]), template, document, tableId);
  }
  return stableXlsxBytes(workbook, at);
};
