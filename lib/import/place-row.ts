import { cellLabel } from "@/lib/template/labels";
import type { TReportTemplate, TTableId } from "@/lib/template/types";

import { splitDigitRuns, type TRowIdentity } from "./split";
import type { TStream } from "./stream";
import type { TToken } from "./tokens";
import type { TImportChoice, TProvenance } from "./types";

/**
 * Placing the values read for one row of 表二, 表三 or 表四 (./tables.ts) into its cells: units converted,
 * blanks and unreadable text noted, runs of digits split where the row's sums allow only one split.
 */

export interface TTablesRead {
  values: Map<string, number | null>;
  provenance: Record<string, TProvenance>;
  blanks: string[];
  choices: TImportChoice[];
  problems: string[];
  /** Offset just after the last value of 表四 (where running text of section 五 may start). */
  table4End?: number;
  /** How many rows were found by their labels (0: the text holds no tables). */
  rowsFound: number;
}

const DEFAULT_UNIT: Partial<Record<string, string>> = { amount: "万元" };

/** What placing a row needs: the template, the stream the tokens came from, and the result being built. */
export interface TRowContext {
  template: TReportTemplate;
  stream: TStream;
  out: TTablesRead;
}

const rawOf = (tokens: readonly TToken[]): string => tokens.map((token) => token.raw || "（空）").join(" | ");

/** Writes one token into a cell: units converted, blanks and unreadable text noted, provenance kept. */
export const assign = (
  ctx: TRowContext,
  cellId: string,
  token: TToken,
  how: TProvenance["how"],
  note?: string,
) => {
  const cell = ctx.template.cellById.get(cellId);
  if (!cell) return;
  const where = ctx.stream.whereAt(token.offset);
  let value = token.value;
  let unitNote: string | undefined;
  if (value !== null && cell.kind === "amount" && token.unit && cell.colLabel.includes("万元")) {
    if (token.unit === "元") {
      value = Math.round((value / 10_000) * 10_000) / 10_000;
      unitNote = `原报告以“元”为单位（${token.raw}），已换算为万元`;
    } else if (token.unit === "亿元") {
      value = value * 10_000;
      unitNote = `原报告以“亿元”为单位（${token.raw}），已换算为万元`;
    }
  } else if (value !== null && cell.kind === "amount" && token.unit && token.unit !== DEFAULT_UNIT.amount) {
    unitNote = `原报告单位：${token.unit}`;
  }
  ctx.out.values.set(cellId, value);
  if (value === null) {
    if (!token.unreadable) ctx.out.blanks.push(cellId);
    else ctx.out.problems.push(`${cellLabel(cell)}无法读取：“${token.raw}”`);
  }
  const notes = [token.note, unitNote, note].filter(Boolean).join("；");
  ctx.out.provenance[cellId] = {
    where,
    raw: token.raw,
    how: value === null && !token.unreadable ? "blank" : how,
    ...(notes ? { note: notes } : {}),
  };
};

/** Tokens for `count` cells, or the splits of runs of digits that fit the row's identities. */
export const placeRow = (
  ctx: TRowContext,
  row: { table: TTableId; label: string; cellIds: string[]; identities: TRowIdentity[] },
  found: { tokens: TToken[]; glued?: TToken; structured: boolean; labelAt?: number },
): "placed" | "choice" | "failed" => {
  const count = row.cellIds.length;
  let tokens = [...found.tokens];
  while (tokens.length > count && tokens[tokens.length - 1]!.value === null && !tokens.at(-1)!.unreadable)
    tokens.pop();
  while (tokens.length > count && tokens[0]!.value === null && !tokens[0]!.unreadable) tokens.shift();
  // A row printed without numbers is placed by its label (it said 第1行; tester2).
  const where = ctx.stream.whereAt(tokens[0]?.offset ?? found.glued?.offset ?? found.labelAt ?? 0);
  const place = `${tableName(row.table)}“${row.label}”行`;
  if (found.glued && tokens.length === count) {
    ctx.out.problems.push(`${place}标签中印有多余的数字“${found.glued.raw}”，未采用（${where}）`);
  } else if (found.glued && tokens.length + 1 === count) {
    tokens = [found.glued, ...tokens];
  }
  if (tokens.length === count) {
    row.cellIds.forEach((id, index) => assign(ctx, id, tokens[index]!, "read"));
    return "placed";
  }
  const runs = tokens.map((token) => token.run ?? (token.value === null ? undefined : String(token.value)));
  if (
    !found.structured &&
    tokens.length > 0 &&
    tokens.length < count &&
    runs.every((run) => run !== undefined)
  ) {
    const { candidates, truncated } = splitDigitRuns(runs as string[], count, row.identities);
    const raw = tokens.map((token) => token.raw).join(" ");
    if (candidates.length === 1) {
      row.cellIds.forEach((id, index) =>
        assign(
          ctx,
          id,
          { ...tokens[0]!, value: candidates[0]![index]!, raw },
          "split",
          "数字连排，按行合计拆分",
        ),
      );
      return "placed";
    }
    if (candidates.length > 1) {
      ctx.out.choices.push({
        table: row.table,
        rowLabel: row.label,
        cellIds: row.cellIds,
        raw,
        where,
        candidates,
      });
      for (const id of row.cellIds) {
        ctx.out.values.set(id, null);
        ctx.out.provenance[id] = { where, raw, how: "read", note: "数字连排，有多种拆分，待选择" };
      }
      const more = truncated ? "（可能的拆分过多，只列出一部分）" : "";
      ctx.out.problems.push(
        `${place}的数字连排为“${raw}”，有 ${candidates.length} 种拆分都符合勾稽关系，请选择${more}（${where}）`,
      );
      return "choice";
    }
  }
  const raw = rawOf(tokens) || "（没有数字）";
  ctx.out.problems.push(
    `${place}应有 ${count} 个数，原报告印有 ${tokens.length} 个：“${raw}”，未导入（${where}）`,
  );
  for (const id of row.cellIds) {
    ctx.out.values.set(id, null);
    ctx.out.provenance[id] = { where, raw, how: "read", note: "个数不符，未导入" };
  }
  return "failed";
};

/** 表二, 表三 or 表四, as problems name a table. */
export const tableName = (table: TTableId): string => ({ t2: "表二", t3: "表三", t4: "表四" })[table];
