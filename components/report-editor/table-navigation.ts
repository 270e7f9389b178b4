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
      if (cell.type === "value") values.push({ id: cell.cellId, column, span: colSpan, derived: Boolean(template.cellById.get(cell.cellId)?.sumOf) });
      for (let c = column; c < column + colSpan; c += 1) pending[c] = rowSpan;
      column += colSpan;
    }
    for (let c = 0; c < pending.length; c += 1) pending[c] = Math.max(0, (pending[c] ?? 0) - 1);
    if (values.length) rows.push(values);
  }
  return rows;
};

export type TMove = "up" | "down" | "left" | "right";

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
    const target = rows[r]?.find((c) => !c.derived && c.column <= cell.column && cell.column < c.column + c.span);
    if (target) return target.id;
  }
  return null;
};

export interface TPastePlan {
  values: Record<string, string>;
  skippedTotals: number;
  outside: number;
}

/** Lays a tab-separated block over the table from the focused cell: block row r, column c → r-th row below, c-th value cell right. */
export const planPaste = (rows: TNavCell[][], startId: string, text: string): TPastePlan => {
  const block = text.replace(/\r/g, "").replace(/\n+$/, "").split("\n").map((line) => line.split("\t"));
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
