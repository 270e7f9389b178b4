import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template/types";
import { toHalfWidthNumber } from "@/lib/template/text";

import type { TImportResult } from "../types";
import type { TSeedTruth } from "./seed-truth";

/** Expected value per cell id (totals included); `undefined`: the source does not hold the value. */
export type TTruth = Map<string, number | null | undefined>;

/** Truth rows (./seed-truth.ts) onto the template's cells, in template order. */
export const truthFromRows = (template: TReportTemplate, truth: TSeedTruth): TTruth => {
  const map: TTruth = new Map();
  const byTable = { t2: [...truth.t2], t3: truth.t3.flat(), t4: [...truth.t4] };
  for (const table of ["t2", "t3", "t4"] as const) {
    const cells = template.cells.filter((cell) => cell.table === table);
    if (cells.length !== byTable[table].length) {
      throw new Error(`${table}: ${byTable[table].length} truth values for ${cells.length} cells`);
    }
    cells.forEach((cell, index) => map.set(cell.id, byTable[table][index]));
  }
  return map;
};

/** A printed value of an interchange document (`"０"`, `"1(裁定撤诉)"`) as the number it states. */
const asNumber = (value: unknown): number | null | undefined => {
  if (value === null || value === undefined) return value as null | undefined;
  if (typeof value === "number") return value;
  const match = toHalfWidthNumber(String(value)).match(/^\s*(-?\d+(?:\.\d+)?)/);
  return match ? Number(match[1]) : undefined;
};

/** The cells (and printed totals) of a hand-made interchange document as truth. */
export const truthFromDocument = (template: TReportTemplate, report: TReportDocument): TTruth =>
  new Map(
    template.cells.map((cell) => [
      cell.id,
      asNumber(cell.sumOf ? report.printedTotals?.[cell.id] : report.cells[cell.id]),
    ]),
  );

export interface TAccuracy {
  /** Cells whose value is known from the source. */
  total: number;
  /** Read exactly: the same number, or empty where the original is empty. */
  exact: number;
  /** Left to the person as a choice between candidate splits (not guessed). */
  offered: number;
  /** Left empty with a problem message (not readable). */
  unread: number;
  /** A value different from the original: an invented value. Must be 0. */
  wrong: string[];
}

/** Compares an import with the truth, cell by cell (totals compared with `printedTotals`). */
export const measureAccuracy = (
  template: TReportTemplate,
  result: TImportResult,
  truth: TTruth,
): TAccuracy => {
  const chosen = new Set(result.choices.flatMap((choice) => choice.cellIds));
  const accuracy: TAccuracy = { total: 0, exact: 0, offered: 0, unread: 0, wrong: [] };
  for (const cell of template.cells) {
    const expected = truth.get(cell.id);
    if (expected === undefined) continue;
    accuracy.total++;
    const document = result.document;
    const got = cell.sumOf ? document.printedTotals?.[cell.id] : document.cells[cell.id];
    const value = got === undefined ? null : got;
    if (value === expected) accuracy.exact++;
    else if (chosen.has(cell.id)) accuracy.offered++;
    else if (value === null && expected !== null && !result.blanks.includes(cell.id)) accuracy.unread++;
    else accuracy.wrong.push(`${cell.id}: 应为 ${expected}，读为 ${value}`);
  }
  return accuracy;
};

export const formatAccuracy = (name: string, accuracy: TAccuracy): string =>
  `${name}: ${accuracy.exact}/${accuracy.total} 完全正确（${((accuracy.exact / accuracy.total) * 100).toFixed(1)}%）` +
  `，${accuracy.offered} 个待选择，${accuracy.unread} 个未能读取，${accuracy.wrong.length} 个读错`;
