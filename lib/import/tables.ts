import type { TCellDef, TReportTemplate } from "@/lib/template/types";

import { labelledRowPlans, type TRowPlan } from "./labels";
import { placeRow, tableName, type TRowContext, type TTablesRead } from "./place-row";
import { rowsFromColumnBlock } from "./column-order";
import { placeOrphanRows } from "./orphan-rows";
import { completeFromLoose } from "./t2-loose";
import { resolveByColumns } from "./resolve";
import type { TStream } from "./stream";
import { readTable4 } from "./table4";
import { chunkTokens, splitChunks, type TToken } from "./tokens";

/**
 * Reading 表二, 表三 and 表四 out of a stream (template-spec §3.5–§3.7, §4): each labelled row is found by
 * its template label, its values are the tokens printed after it; 表四 (no row labels) is its fifteen values
 * after the table's heading.
 */

export type { TTablesRead } from "./place-row";

/** Header and heading words that end a row's values (a repeated header, the next block, the next table). */
const STOP =
  /第二十条|信息内容|申请人情况|类别\u001f|数据\d|(?:^|[\s\u001f\u001e#])[一二三四五六]、|[（(][一二三四五六七八九][)）]|#/;

/** The values printed between a label and the next label: the first row chunk that holds any. */
const valuesAfter = (text: string, offset: number) => {
  const stop = text.search(STOP);
  const region = stop === -1 ? text : text.slice(0, stop);
  let position = offset;
  let first = true;
  for (const chunk of splitChunks(region)) {
    const found = chunkTokens(chunk, position, first);
    const hasValue = found.tokens.some((token) => token.value !== null || token.unreadable) || found.glued;
    const allBlankRow = found.structured && found.tokens.length > 0 && !first;
    if (hasValue || allBlankRow || (first && found.structured && found.tokens.length > 0)) return found;
    position += chunk.length + 1;
    first = false;
  }
  return { tokens: [] as TToken[], structured: false };
};

const findFrom = (pattern: RegExp, text: string, from: number, to: number): RegExpExecArray | null => {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match && match.index < to ? match : null;
};

/** Reads every labelled row of 表二 and 表三 between `start` and `end`, then 表四 up to `end`. */
export const readTables = (
  template: TReportTemplate,
  stream: TStream,
  bounds: { start: number; end: number },
): TTablesRead => {
  const out: TTablesRead = {
    values: new Map(),
    provenance: {},
    blanks: [],
    choices: [],
    problems: [],
    rowsFound: 0,
  };
  const ctx: TRowContext = { template, stream, out };
  const text = stream.text;
  const plans = labelledRowPlans(template);
  const matches: (RegExpExecArray | null)[] = [];
  let cursor = bounds.start;
  plans.forEach((plan, index) => {
    let match = findFrom(plan.pattern, text, cursor, bounds.end);
    if (!match) return void (matches[index] = null);
    // A label printed twice before the next row (a heading above a table that repeats it): take the last.
    const next =
      plans[index + 1] &&
      findFrom(plans[index + 1]!.pattern, text, match.index + match[0].length, bounds.end);
    const limit = next ? next.index : bounds.end;
    for (let again = findFrom(plan.pattern, text, match.index + match[0].length, limit); again;) {
      match = again;
      again = findFrom(plan.pattern, text, match.index + match[0].length, limit);
    }
    matches[index] = match;
    cursor = match.index + match[0].length;
  });
  // A row printed out of order (text extraction moves blocks about): look for it from the table start,
  // outside the labels already found.
  const taken = () =>
    matches.filter((m): m is RegExpExecArray => !!m).map((m) => [m.index, m.index + m[0].length]);
  plans.forEach((plan, index) => {
    if (matches[index]) return;
    for (let from = bounds.start; ;) {
      const match = findFrom(plan.pattern, text, from, bounds.end);
      if (!match) break;
      const end = match.index + match[0].length;
      if (!taken().some(([a, b]) => match.index < b! && end > a!)) {
        matches[index] = match;
        break;
      }
      from = end;
    }
  });
  const starts = matches
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => m.index)
    .sort((a, b) => a - b);
  const rows: { plan: TRowPlan; at: number; found: ReturnType<typeof valuesAfter> }[] = [];
  plans.forEach((plan, index) => {
    const match = matches[index];
    if (!match) {
      out.problems.push(`未找到${tableName(plan.table)}“${plan.label}”行，该行未导入`);
      return;
    }
    out.rowsFound++;
    const start = match.index + match[0].length;
    const end = starts.find((other) => other >= start) ?? bounds.end;
    rows.push({ plan, at: match.index, found: valuesAfter(text.slice(start, end), start) });
  });
  restoreColumnOrder(
    out,
    rows.filter((row) => row.plan.table === "t3"),
  );
  completeFromLoose(ctx, rows, bounds.start);
  for (const { plan, found, at } of rows) {
    const derived = plan.cellIds.map((id) => template.cellById.get(id)).filter((c): c is TCellDef => !!c);
    placeRow(ctx, { ...plan, cellIds: derived.map((c) => c.id) }, { ...found, labelAt: at });
  }
  resolveByColumns(template, out);
  const t3Rows = matches.filter((m, index): m is RegExpExecArray => !!m && plans[index]!.table === "t3");
  const t3Plans = plans.filter((plan) => plan.table === "t3");
  placeOrphanRows(
    ctx,
    t3Plans.map((plan) => ({ plan, tokens: rows.find((row) => row.plan === plan)?.found.tokens ?? [] })),
    Math.min(...t3Rows.map((m) => m.index)),
  );
  findTable4(ctx, t3Rows.sort((a, b) => a.index - b.index).at(-1), bounds.end);
  return out;
};

/** 表三 printed column by column (./column-order.ts): each row gets its own values back, in place. */
const restoreColumnOrder = (
  out: TTablesRead,
  t3: { plan: TRowPlan; at: number; found: { tokens: TToken[]; structured: boolean } }[],
) => {
  const ordered = [...t3].sort((a, b) => a.at - b.at);
  const width = ordered[0]?.plan.cellIds.length ?? 0;
  const restored = rowsFromColumnBlock(
    ordered.map((row) => row.found),
    width,
  );
  if (!restored) return;
  if ("unresolved" in restored) {
    out.problems.push(
      "表三的数字集中印在表格末尾（PDF 文字层按列排列时常见），但按行、按列读都与各行的总计不符，表三未导入，请核对原报告",
    );
    return;
  }
  if ("ambiguous" in restored) {
    out.problems.push("表三的数字集中印在表格末尾，按行或按列读都符合各行总计，无法确定，表三未导入");
    ordered.at(-1)!.found = { tokens: [], structured: ordered.at(-1)!.found.structured };
    return;
  }
  ordered.forEach((row, index) => (row.found = { tokens: restored.rows[index]!, structured: true }));
  out.problems.push(
    restored.order === "columns"
      ? "表三的数字是按列排列的（PDF 文字层常见），已按各行总计还原到各行，请核对"
      : "表三的行标签与数字分开印（先印全部标签，再逐行印数字），已按各行总计对应到各行，请核对",
  );
};

/** 表四: from its heading after the last row of 表三 (./table4.ts). */
const findTable4 = (ctx: TRowContext, lastT3: RegExpExecArray | null | undefined, end: number) => {
  const text = ctx.stream.text;
  const headingAt = text.slice(lastT3 ? lastT3.index : 0, end).search(/行政(?:法)?复议/);
  if (headingAt === -1) {
    ctx.out.problems.push("未找到表四（政府信息公开行政复议、行政诉讼情况），表四未导入");
    return;
  }
  readTable4(ctx, (lastT3 ? lastT3.index : 0) + headingAt, end);
};
