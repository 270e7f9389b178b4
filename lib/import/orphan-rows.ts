import { table3ColumnIdentities, type TRowPlan } from "./labels";
import { assign, type TRowContext } from "./place-row";
import { CELL, ROW } from "./stream";
import { chunkTokens, type TToken } from "./tokens";

/**
 * 表三 rows printed without their label, or with a torn one (PDF text layers print a long label apart from
 * its numbers, or split it between rows): a row of seven numbers that no label claimed is an orphan. It is
 * placed into a 表三 row left without values only when exactly one placement fits (D67):
 * - document order: between the values of the nearest rows read before and after that row in the template,
 *   and orphans in the same order as their rows;
 * - label fragments: text printed in the orphan's own cells must occur in that row's label (group included);
 * - tie-outs: its own row total, and the column identities of template-spec §3.6 that take in a placed row,
 *   wherever all their rows are known.
 * Several fitting placements are offered as one choice (never guessed); none leaves the rows unread.
 */

/** One 表三 row as read by ./tables.ts: its plan and the tokens taken for it (none: left without values). */
export interface TT3Row {
  plan: TRowPlan;
  tokens: TToken[];
}

interface TOrphan {
  at: number;
  fragment: string[];
  values: number[];
  tokens: TToken[];
  raw: string;
}

const MAX_ASSIGNMENTS = 2_000;
const MAX_CANDIDATES = 12;

/** A label without spacing, punctuation and numbering, for fragment matching. */
const squash = (text: string): string =>
  text.replace(/[\s\u001f\u001e|#*、，,。.．:：;；（）()“”"'\d一二三四五六七八九十]/g, "");

/** Rows of seven numbers in `[from, to)` that hold no token already taken by a row. */
const findOrphans = (text: string, from: number, to: number, taken: number[], width: number): TOrphan[] => {
  const orphans: TOrphan[] = [];
  let position = text.lastIndexOf(ROW, from) + 1;
  while (position < to) {
    const next = text.indexOf(ROW, position);
    const end = next === -1 ? text.length : next;
    // The row's cells start after the running text printed before it (cells hold no line breaks).
    const cellsAt =
      text.lastIndexOf("\n", end - 1) + 1 > position ? text.lastIndexOf("\n", end - 1) + 1 : position;
    const chunk = text.slice(cellsAt, end);
    if (chunk.includes(CELL) && !taken.some((offset) => offset >= position && offset < end)) {
      const tokens = chunkTokens(chunk + ROW, cellsAt, false).tokens;
      const lead = tokens.findIndex((token) => !token.unreadable);
      const fragment = tokens.slice(0, lead === -1 ? 0 : lead).map((token) => token.raw);
      const values = tokens.slice(lead === -1 ? tokens.length : lead);
      while (values.length > width && values.at(-1)!.value === null && !values.at(-1)!.unreadable)
        values.pop();
      // An empty label cell before the numbers.
      while (values.length > width && values[0]!.value === null && !values[0]!.unreadable) values.shift();
      const numbers = values.map((token) => token.value);
      const total = numbers.slice(0, width - 1).reduce<number>((sum, value) => sum + (value ?? NaN), 0);
      if (
        values[0] &&
        values[0].offset > from &&
        values.length === width &&
        numbers.every((n) => n !== null) &&
        total === numbers.at(-1)
      )
        orphans.push({
          at: values[0]!.offset,
          fragment,
          values: numbers as number[],
          tokens: values,
          raw: chunk.split(CELL).filter(Boolean).join(" | "),
        });
    }
    if (next === -1) break;
    position = next + 1;
  }
  return orphans;
};

/** Places orphan 表三 rows (see above); called after every labelled row was placed. */
export const placeOrphanRows = (ctx: TRowContext, rows: TT3Row[], t3Start: number): void => {
  const { template, out } = ctx;
  const text = ctx.stream.text;
  const first = (row: TT3Row) => row.tokens[0]?.offset;
  const windows = rows.map((row, index) => {
    if (row.tokens.length > 0) return null;
    const before = rows.slice(0, index).findLast((other) => other.tokens.length > 0);
    const after = rows.slice(index + 1).find((other) => other.tokens.length > 0);
    if (!after) return null;
    const lower = before ? first(before)! : t3Start;
    return lower < first(after)! ? { lower, upper: first(after)! } : null;
  });
  const open = windows.flatMap((window, index) => (window ? [index] : []));
  if (open.length === 0) return;
  const taken = rows.flatMap((row) => row.tokens.map((token) => token.offset));
  const from = Math.min(...open.map((index) => windows[index]!.lower));
  const to = Math.max(...open.map((index) => windows[index]!.upper));
  const width = rows[0]!.plan.cellIds.length;
  const orphans = findOrphans(text, from, to, taken, width).filter((orphan) =>
    open.some((index) => orphan.at > windows[index]!.lower && orphan.at < windows[index]!.upper),
  );
  if (orphans.length === 0) return;
  const labelOf = (index: number) =>
    squash(template.cellById.get(rows[index]!.plan.cellIds[0]!)?.rowLabel ?? rows[index]!.plan.label);
  const fits = (orphan: TOrphan, index: number) =>
    orphan.at > windows[index]!.lower &&
    orphan.at < windows[index]!.upper &&
    orphan.fragment.every((piece) => !squash(piece) || labelOf(index).includes(squash(piece)));
  // Every orphan to a distinct open row, in document order (rows ascending).
  const assignments: number[][] = [];
  const walk = (k: number, after: number, picked: number[]) => {
    if (assignments.length >= MAX_ASSIGNMENTS) return;
    if (k === orphans.length) return void assignments.push([...picked]);
    for (const index of open)
      if (index > after && fits(orphans[k]!, index)) walk(k + 1, index, [...picked, index]);
  };
  walk(0, -1, []);
  const consistent = assignments.filter((assignment) => tiesOut(ctx, rows, orphans, assignment));
  const where = ctx.stream.whereAt(orphans[0]!.at);
  if (consistent.length === 0 || assignments.length >= MAX_ASSIGNMENTS) {
    out.problems.push(
      `表三有 ${orphans.length} 行数字没有（完整的）行标签，按行序、标签残字和勾稽关系都无法确定属于哪一行，未导入（${where}）`,
    );
    return;
  }
  const ambiguous: number[] = [];
  orphans.forEach((orphan, k) => {
    const places = new Set(consistent.map((assignment) => assignment[k]!));
    if (places.size > 1) return void ambiguous.push(k);
    const row = rows[consistent[0]![k]!]!;
    row.plan.cellIds.forEach((id, column) =>
      assign(
        ctx,
        id,
        orphan.tokens[column]!,
        "read",
        "原报告此行未印（或只印了残缺的）行标签，按行序、标签残字和勾稽关系归入本行",
      ),
    );
    out.problems = out.problems.filter(
      (problem) => !(problem.includes(`“${row.plan.label}”行`) && /未找到|（没有数字）/.test(problem)),
    );
    out.problems.push(
      `表三“${row.plan.label}”行的数字印在没有（完整）行标签的一行中（${ctx.stream.whereAt(orphan.at)}），已按行序、标签残字和勾稽关系归入该行，请核对`,
    );
  });
  if (ambiguous.length > 0) offerChoice(ctx, rows, orphans, ambiguous, consistent, where);
};

/** The column identities (template-spec §3.6) with the orphans placed, wherever every row is known. */
const tiesOut = (ctx: TRowContext, rows: TT3Row[], orphans: TOrphan[], assignment: number[]): boolean => {
  const byRow = new Map<string, (number | null)[]>();
  rows.forEach((row) =>
    byRow.set(
      row.plan.rowId,
      row.plan.cellIds.map((id) => {
        const value = ctx.out.values.get(id);
        return typeof value === "number" ? value : null;
      }),
    ),
  );
  assignment.forEach((index, k) => byRow.set(rows[index]!.plan.rowId, orphans[k]!.values));
  const placed = new Set(assignment.map((index) => rows[index]!.plan.rowId));
  // Only the identities an orphan takes part in (one that fails whatever is placed says nothing of placement).
  const relevant = table3ColumnIdentities(ctx.template).filter((identity) =>
    [...identity.parts, ...identity.totals].some((id) => placed.has(id)),
  );
  return relevant.every((identity) => {
    const parts = identity.parts.map((id) => byRow.get(id));
    const totals = identity.totals.map((id) => byRow.get(id));
    const all = [...parts, ...totals];
    if (all.some((row) => !row || row.some((value) => value === null))) return true;
    const sum = (list: typeof all, column: number) => list.reduce((s, row) => s + row![column]!, 0);
    return all[0]!.every((_, column) => sum(parts, column) === sum(totals, column));
  });
};

/** One choice for every orphan that fits several rows: each candidate places them all (other rows empty). */
const offerChoice = (
  ctx: TRowContext,
  rows: TT3Row[],
  orphans: TOrphan[],
  ambiguous: number[],
  consistent: number[][],
  where: string,
) => {
  const rowIndexes = [...new Set(consistent.flatMap((a) => ambiguous.map((k) => a[k]!)))].sort(
    (a, b) => a - b,
  );
  const cellIds = rowIndexes.flatMap((index) => rows[index]!.plan.cellIds);
  const seen = new Set<string>();
  const candidates: (number | null)[][] = [];
  const candidateLabels: string[] = [];
  for (const assignment of consistent) {
    const key = ambiguous.map((k) => assignment[k]).join(",");
    if (seen.has(key) || candidates.length >= MAX_CANDIDATES) continue;
    seen.add(key);
    candidateLabels.push(
      ambiguous.map((k) => `“${orphans[k]!.raw}”归入“${rows[assignment[k]!]!.plan.label}”`).join("；"),
    );
    candidates.push(
      rowIndexes.flatMap((index) => {
        const k = ambiguous.find((o) => assignment[o] === index);
        return k === undefined ? rows[index]!.plan.cellIds.map(() => null) : orphans[k]!.values;
      }),
    );
  }
  const labels = rowIndexes.map((index) => `“${rows[index]!.plan.label}”`).join("、");
  const raw = ambiguous.map((k) => orphans[k]!.raw).join(" / ");
  ctx.out.choices.push({
    table: "t3",
    rowLabel: `没有行标签的 ${ambiguous.length} 行数字`,
    cellIds,
    raw,
    where,
    candidates,
    kind: "placement",
    candidateLabels,
  });
  ctx.out.problems.push(
    `表三有 ${ambiguous.length} 行数字没有行标签（“${raw}”），可归入${labels}中的不止一种位置，都符合行序和勾稽关系，请选择（${where}）`,
  );
};
