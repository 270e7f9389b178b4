import type { TToken } from "./tokens";

/**
 * 表三 as some PDF text layers give it: every row label first, then the values column by column (all 自然人,
 * then all 商业企业 …), so no label is followed by its own values and the last label is followed by all of them.
 * The block is put back into rows only when the row totals (总计 = the six applicant columns, template-spec §3.6)
 * hold for every row in one reading (column by column, or row by row); when both readings hold and differ,
 * nothing is taken (never guessed).
 */

export interface TColumnBlockRow {
  /** The row's values as found after its label. */
  tokens: TToken[];
}

/** Each row's total is the sum of its first `width - 1` values. */
const totalsHold = (grid: (TToken | undefined)[][]): boolean =>
  grid.every((row) => {
    const values = row.map((token) => token?.value ?? 0);
    const sum = values.slice(0, -1).reduce((a, b) => a + b, 0);
    return Math.abs(sum - values[values.length - 1]!) < 1e-6;
  });

/**
 * For rows in printed order (`rows`), each expecting `width` values: when every row but the last has none and
 * the last has exactly `rows × width`, the tokens of each row rebuilt from the block — read column by column, or
 * row by row (the labels printed first, then the rows' values) — whichever the totals confirm; otherwise null.
 * `ambiguous` when both readings satisfy the totals and differ; `unresolved` when neither does.
 */
export const rowsFromColumnBlock = (
  rows: readonly TColumnBlockRow[],
  width: number,
): { rows: TToken[][]; order: "columns" | "rows" } | { ambiguous: true } | { unresolved: true } | null => {
  const count = rows.length;
  if (count < 3) return null;
  const last = rows[count - 1]!.tokens;
  if (rows.slice(0, -1).some((row) => row.tokens.length > 0) || last.length !== count * width) return null;
  if (last.some((token) => token.value === null && !token.fromCell && token.unreadable)) return null;
  const byColumns = rows.map((_, r) => Array.from({ length: width }, (__, c) => last[c * count + r]!));
  const byRows = rows.map((_, r) => last.slice(r * width, (r + 1) * width));
  const columnsHold = totalsHold(byColumns);
  const rowsHold = totalsHold(byRows);
  const same = byColumns.every((row, r) => row.every((token, c) => token.value === byRows[r]![c]!.value));
  if (columnsHold && rowsHold && !same) return { ambiguous: true };
  if (columnsHold) return { rows: byColumns, order: "columns" };
  if (rowsHold) return { rows: byRows, order: "rows" };
  return { unresolved: true };
};
