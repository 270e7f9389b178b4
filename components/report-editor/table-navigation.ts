import Papa from "papaparse";

import type { TReportTemplate, TTableDef } from "@/lib/template";

/**
 * The value cells of a printed table as rows of (cell id, grid column), for spreadsheet-style keyboard
 * movement and for pasting a block copied from Excel or WPS.
 */
export interface TNavCell {
  id: string;
  column: number;
  span: number;
  derived: boolean;
}

export const navigationRows = (template: TReportTemplate, table: TTableDef): TNavCell[][] => {
  const pending: number[] = [];
  const rows: TNavCell[][] = [];
  for (const row of table.rows) {
    const covered = pending.map((n) => n > 0);
    let column = 0;
    const skip = () => {
      while (covered[column]) column += 1;
    };
    const values: TNavCell[] = [];
    for (const cell of row.cells) {
      skip();
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === "label" ? (cell.rowSpan ?? 1) : 1;
      if (cell.type === "value")
        values.push({
          id: cell.cellId,
          column,
          span: colSpan,
          derived: Boolean(template.cellById.get(cell.cellId)?.sumOf),
        });
      for (let c = column; c < column + colSpan; c += 1) pending[c] = rowSpan;
      column += colSpan;
    }
    for (let c = 0; c < pending.length; c += 1) pending[c] = Math.max(0, (pending[c] ?? 0) - 1);
    if (values.length) rows.push(values);
  }
  return rows;
};

export type TMove = "up" | "down" | "left" | "right";

/**
 * Whether a keydown belongs to an input method that is still composing: Enter commits the pinyin, Tab and the
 * arrows move in the candidate list, so the table must not move on them. `isComposing` is the standard flag;
 * keyCode 229 is how Chromium/Safari report keys the IME takes (some send it without `isComposing`).
 */
export const isComposingKey = (event: { isComposing: boolean; keyCode: number }): boolean =>
  event.isComposing || event.keyCode === 229;

/** The input cell to move to, skipping computed totals; null at the table's edge. */
export const moveFrom = (rows: TNavCell[][], id: string, move: TMove): string | null => {
  const rowIndex = rows.findIndex((row) => row.some((cell) => cell.id === id));
  const row = rows[rowIndex];
  const cell = row?.find((c) => c.id === id);
  if (!row || !cell) return null;
  if (move === "left" || move === "right") {
    const inputs = rows.flat().filter((c) => !c.derived);
    const index = inputs.findIndex((c) => c.id === id);
    return inputs[index + (move === "right" ? 1 : -1)]?.id ?? null;
  }
  const step = move === "down" ? 1 : -1;
  for (let r = rowIndex + step; r >= 0 && r < rows.length; r += step) {
    const target = rows[r]?.find(
      (c) => !c.derived && c.column <= cell.column && cell.column < c.column + c.span,
    );
    if (target) return target.id;
  }
  return null;
};

export interface TPastePlan {
  values: Record<string, string>;
  skippedTotals: number;
  outside: number;
}

/**
 * The clipboard text of a block copied from Excel or WPS as rows of cells. The text is tab-separated with
 * CSV quoting (RFC 4180 with a tab): a cell holding a line break, a tab or a quote is written in double quotes,
 * `"2⏎(含1件补正)"`, with inner quotes doubled, so a quoted line break stays inside its cell instead of
 * starting a new row. Line ends may be CRLF or LF; the one line end Excel adds after the last row is dropped.
 * Parsed with papaparse.
 */
export const parseClipboardBlock = (text: string): string[][] => {
  const trimmed = text.replace(/(\r?\n)+$/, "");
  if (trimmed === "") return [];
  const parsed = Papa.parse<string[]>(trimmed, { delimiter: "\t", quoteChar: '"', escapeChar: '"' });
  return parsed.data.map((row) => row.map((cell) => cell.replace(/\r\n/g, "\n")));
};

/** Whether clipboard text is more than one cell (so it is laid out as a block rather than typed into one input). */
export const isClipboardBlock = (text: string): boolean => {
  const block = parseClipboardBlock(text);
  return block.length > 1 || (block[0]?.length ?? 0) > 1 || /^\s*"/.test(text);
};

/**
 * Lays a block copied from a spreadsheet (see `parseClipboardBlock`) over the table from the focused cell:
 * block row r, column c → r-th row below, c-th value cell right. Only cells under the block are in `values`;
 * nothing outside it changes.
 */
export const planPaste = (rows: TNavCell[][], startId: string, text: string): TPastePlan => {
  const block = parseClipboardBlock(text);
  const rowIndex = rows.findIndex((row) => row.some((cell) => cell.id === startId));
  const startColumn = rows[rowIndex]?.findIndex((cell) => cell.id === startId) ?? -1;
  const plan: TPastePlan = { values: {}, skippedTotals: 0, outside: 0 };
  block.forEach((line, r) => {
    line.forEach((raw, c) => {
      const target = rows[rowIndex + r]?.[startColumn + c];
      if (!target) plan.outside += 1;
      else if (target.derived) plan.skippedTotals += 1;
      else plan.values[target.id] = raw;
    });
  });
  return plan;
};
