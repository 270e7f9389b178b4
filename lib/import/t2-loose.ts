import type { TRowPlan } from "./labels";
import type { TRowContext } from "./place-row";
import { textTokens, type TToken } from "./tokens";

/**
 * 表二 rows printed one value short because the PDF text layer printed a multi-line cell (`55（含自然失效29件）`)
 * as loose lines before the table (D67). Lines holding only a number or only a bracketed note, two numbers or
 * more in a run, are such a run when, in order, they are neighbouring cells of the row: the printed values
 * they share agree and the missing cell falls among them. Taken only when exactly one row and one place fit;
 * otherwise the row stays “应有 3 个数” (./place-row.ts).
 */

const NUMBER_LINE = /^[ \t]*\d+(?:\.\d+)?[ \t]*$/;
const NOTE_LINE = /^[ \t]*[（(][^（）()\n]*[)）][ \t]*$/;

/** Runs of loose number lines (notes attached) in `[from, to)`. */
const looseRuns = (text: string, from: number, to: number): TToken[][] => {
  const runs: TToken[][] = [];
  let run = null as { start: number; end: number } | null;
  const close = () => {
    if (!run) return;
    const tokens = textTokens(text.slice(run.start, run.end), run.start);
    if (tokens.length >= 2) runs.push(tokens);
    run = null;
  };
  let position = from;
  for (const line of text.slice(from, to).split("\n")) {
    const end = position + line.length;
    if (NUMBER_LINE.test(line) || (run && NOTE_LINE.test(line))) run = { start: run?.start ?? position, end };
    else close();
    position = end + 1;
  }
  close();
  return runs;
};

interface TFit {
  row: number;
  slot: number;
  run: TToken[];
  start: number;
}

/** The ways `run` is neighbouring cells of `printed` with one cell missing among them. */
const fitsOf = (printed: TToken[], count: number, run: TToken[]): { slot: number; start: number }[] => {
  const fits: { slot: number; start: number }[] = [];
  for (let slot = 0; slot < count; slot++) {
    const full = [
      ...printed.slice(0, slot).map((t) => t.value),
      undefined,
      ...printed.slice(slot).map((t) => t.value),
    ];
    for (
      let start = Math.max(0, slot - run.length + 1);
      start <= slot && start + run.length <= count;
      start++
    ) {
      if (run.every((token, i) => start + i === slot || token.value === full[start + i]))
        fits.push({ slot, start });
    }
  }
  return fits;
};

/** Fills a short 表二 row from loose lines between `from` and its label (the row's `found` is changed). */
export const completeFromLoose = (
  ctx: TRowContext,
  rows: { plan: TRowPlan; at: number; found: { tokens: TToken[]; glued?: TToken } }[],
  from: number,
): void => {
  const text = ctx.stream.text;
  const short = rows.filter(
    (row) =>
      row.plan.table === "t2" &&
      !row.found.glued &&
      row.found.tokens.length === row.plan.cellIds.length - 1 &&
      row.found.tokens.every((token) => token.value !== null),
  );
  if (short.length === 0) return;
  const taken = new Set(rows.flatMap((row) => row.found.tokens.map((token) => token.offset)));
  const fits: TFit[] = [];
  for (const run of looseRuns(text, from, Math.max(...short.map((row) => row.at)))) {
    if (run.some((token) => taken.has(token.offset))) continue;
    short.forEach((row, index) => {
      if (run.at(-1)!.offset > row.at) return;
      for (const fit of fitsOf(row.found.tokens, row.plan.cellIds.length, run))
        fits.push({ row: index, ...fit, run });
    });
  }
  const runs = new Set(fits.map((fit) => fit.run));
  if (fits.length !== 1 || runs.size !== 1) return;
  const { row, slot, run, start } = fits[0]!;
  const tokens = short[row]!.found.tokens;
  const loose = run[slot - start]!;
  const where = ctx.stream.whereAt(loose.offset);
  // Notes printed with the loose numbers belong to the same cells.
  run.forEach((token, i) => {
    const cell = start + i;
    const printed = cell < slot ? tokens[cell] : cell > slot ? tokens[cell - 1] : undefined;
    if (printed && token.note && !printed.note) printed.note = token.note;
  });
  const note = [loose.note, `原报告此数印在表格之外（${where}），按同一行的其他数字对上`]
    .filter(Boolean)
    .join("；");
  tokens.splice(slot, 0, { ...loose, fromCell: true, note });
  const cell = ctx.template.cellById.get(short[row]!.plan.cellIds[slot]!);
  ctx.out.problems.push(
    `表二“${short[row]!.plan.label}”行少印 1 个数，“${cell?.colLabel ?? ""}”${loose.raw} 印在表格之外（${where}），已按同一行的其他数字补上，请核对`,
  );
};
