import { table4CellIds, table4Identities } from "./labels";
import { placeRow, type TRowContext } from "./place-row";
import { CELL } from "./stream";
import { chunkTokens, splitChunks, textTokens, type TToken } from "./tokens";

/**
 * 表四 (template-spec §3.7) has no row labels: its fifteen values follow its heading, group by group
 * (行政复议, 未经复议直接起诉, 复议后起诉; 结果维持 … 总计 each). Real reports also print it
 *  - with a label before the values (`数量 | 0 | 0 …`),
 *  - one row per group (`行政复议 | 0 | 1 | 0 | 0 | 1`), or
 *  - transposed: one row per result (`结果维持 | 0 | 2 | 1`), the groups as columns.
 * A row is placed by its label when it has one; values never move to another group silently.
 */

const RESULTS = [/^结果维持$/, /^结果纠正$/, /^其他结果$/, /^尚未审结$/, /^(?:总计|合计)$/];
const GROUP_DIRECT = /未经复议|直接起诉/;
const GROUP_AFTER = /复议后起诉/;
const GROUP_REVIEW = /行政复议/;

/** One row of 表四's region: the text before its first value, and its values. */
interface TRow {
  lead: string;
  tokens: TToken[];
  offset: number;
}

const squeeze = (text: string) => text.replace(/[\s\u001f\u001e|:：（）()]/g, "");

/** The group a row label names (0 行政复议, 1 直接起诉, 2 复议后起诉), or -1. */
const groupOf = (lead: string): number =>
  GROUP_AFTER.test(lead) ? 2 : GROUP_DIRECT.test(lead) ? 1 : GROUP_REVIEW.test(lead) ? 0 : -1;

/** Rows of the region: a table row, or a line of running text (cut at the next heading). */
const regionRows = (text: string, start: number): { rows: TRow[]; headers: TRow[] } => {
  const rows: TRow[] = [];
  const headers: TRow[] = [];
  let position = start;
  for (const chunk of splitChunks(text)) {
    if (chunk.includes(CELL)) {
      // Running text before the row's first cell (the section heading) is not part of the row.
      const cut = chunk.lastIndexOf("\n", chunk.indexOf(CELL)) + 1;
      const found = chunkTokens(chunk.slice(cut), position + cut, false).tokens;
      let lead = 0;
      while (lead < found.length && found[lead]!.unreadable) lead++;
      const rest = found.slice(lead);
      const row = {
        lead: found
          .slice(0, lead)
          .map((t) => t.raw)
          .join(""),
        tokens: rest,
        offset: position,
      };
      const numeric = rest.filter((token) => token.value !== null).length;
      if (rest.some((token) => token.unreadable) || (numeric === 0 && ![5, 15].includes(rest.length)))
        headers.push({ ...row, lead: chunk.slice(cut) });
      else rows.push(row);
    } else {
      let lineStart = position;
      for (const line of chunk.split("\n")) {
        const stop = line.search(/[一二三四五六七八九]、|[（(][一二三四五六七八九][)）]|\d{4}\s*年/);
        const part = stop === -1 ? line : line.slice(0, stop);
        const tokens = textTokens(part, lineStart);
        const lead = tokens.length ? part.slice(0, tokens[0]!.offset - lineStart) : part;
        if (tokens.length) rows.push({ lead, tokens, offset: lineStart });
        else if (lead.trim()) headers.push({ lead, tokens, offset: lineStart });
        if (stop !== -1 && rows.length > 0) return { rows, headers };
        lineStart += line.length + 1;
      }
    }
    position += chunk.length + 1;
  }
  return { rows, headers };
};

/**
 * 表四's fifteen values from `start` (its heading) to `end`: in printed order, by group rows, or transposed by
 * result rows. Places them (./place-row.ts) and returns where the values end (running text of 五 may follow).
 */
export const readTable4 = (ctx: TRowContext, start: number, end: number): number => {
  const text = ctx.stream.text;
  const ids = table4CellIds();
  const { rows, headers } = regionRows(text.slice(start, end), start);
  const slots: (TToken | undefined)[] = Array.from({ length: ids.length }, () => undefined);
  const sequence: TToken[] = [];
  let labelled = false;
  let lastEnd = start;
  const problems: string[] = [];
  // The table's header rows (not the section heading `四、…行政复议、行政诉讼情况` the region starts in).
  const headerText = headers
    .map((row) => squeeze(row.lead))
    .filter((lead) => !/情况/.test(lead))
    .join("|");
  for (const row of rows) {
    if (!labelled && sequence.length >= ids.length) break;
    const lead = squeeze(row.lead);
    const result = RESULTS.findIndex((pattern) => pattern.test(lead));
    const group = groupOf(lead);
    const values = row.tokens;
    const blankRow = values.every((token) => token.value === null);
    if (blankRow && result === -1 && group === -1 && !labelled && sequence.length === 0) continue;
    const last = values[values.length - 1]!;
    if (result !== -1 && values.length === 3) {
      // Transposed: the groups are columns; accepted only when the header prints them in the template's order.
      const review = headerText.search(GROUP_REVIEW);
      const litigation = headerText.search(/行政诉讼/);
      const direct = headerText.search(GROUP_DIRECT);
      const after = headerText.search(GROUP_AFTER);
      if ((litigation !== -1 && review > litigation) || (after !== -1 && direct > after)) {
        problems.push("表四按“结果”分行排列，但各列的先后与模板不同，表四未导入，请核对原报告");
        return start;
      }
      values.forEach((token, g) => (slots[g * 5 + result] = token));
      labelled = true;
    } else if (group !== -1 && values.length === 5) {
      values.forEach((token, c) => (slots[group * 5 + c] = token));
      labelled = true;
    } else if (/行政诉讼/.test(lead) && values.length === 10) {
      values.forEach((token, c) => (slots[5 + c] = token));
      labelled = true;
    } else if (!labelled) {
      sequence.push(...values);
    } else continue;
    lastEnd = last.offset + last.raw.length;
    if (labelled && slots.every(Boolean)) break;
  }
  ctx.out.problems.push(...problems);
  ctx.out.table4End = Math.max(lastEnd, start);
  const row = {
    table: "t4" as const,
    label: "行政复议、行政诉讼",
    cellIds: ids,
    identities: table4Identities(),
  };
  const tokens = labelled ? slots.filter((slot): slot is TToken => !!slot) : sequence.slice(0, ids.length);
  const structured = labelled || rows.some((r) => r.tokens.some((token) => token.fromCell));
  if (placeRow(ctx, row, { tokens, structured }) !== "failed") ctx.out.rowsFound++;
  return lastEnd;
};
