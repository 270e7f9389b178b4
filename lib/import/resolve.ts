import type { TReportTemplate } from "@/lib/template/types";

import { table3ColumnIdentities } from "./labels";
import type { TTablesRead } from "./tables";

/** Stop trying combinations of ambiguous rows beyond this many. */
const MAX_COMBINATIONS = 20_000;

/**
 * Narrows the candidate splits of 表三 rows with the table's column identities (template-spec §3.6, rules
 * T3-01/T3-03): （七）总计 = the result rows, 一 + 二 = （七）总计 + 四, column by column. A row left with one
 * candidate is taken (marked `split`); a row with several keeps only those that fit. An identity with an
 * unread row is not used.
 */
export const resolveByColumns = (template: TReportTemplate, out: TTablesRead): void => {
  const t3Choices = out.choices.filter((choice) => choice.table === "t3");
  if (t3Choices.length === 0) return;
  const rowOf = (cellId: string) => cellId.split(".")[1]!;
  const columnsOf = (cellId: string) => cellId.split(".")[2]!;
  const identities = table3ColumnIdentities(template);
  const choiceByRow = new Map(t3Choices.map((choice) => [rowOf(choice.cellIds[0]!), choice]));
  const rowValues = (rowId: string, pick: Map<string, number[]>): Map<string, number> | null => {
    const chosen = pick.get(rowId);
    const choice = choiceByRow.get(rowId);
    if (chosen && choice) return new Map(choice.cellIds.map((id, index) => [columnsOf(id), chosen[index]!]));
    const values = new Map<string, number>();
    for (const [id, value] of out.values) {
      if (id.startsWith(`t3.${rowId}.`)) {
        if (typeof value !== "number") return null;
        values.set(columnsOf(id), value);
      }
    }
    return values.size > 0 ? values : null;
  };
  const relevant = identities.filter((identity) =>
    [...identity.parts, ...identity.totals].some((rowId) => choiceByRow.has(rowId)),
  );
  const consistent = (pick: Map<string, number[]>): boolean =>
    relevant.every((identity) => {
      const rows = [...identity.parts, ...identity.totals].map((rowId) => rowValues(rowId, pick));
      if (rows.some((row) => row === null)) return true;
      const columns = [...rows[0]!.keys()];
      const parts = rows.slice(0, identity.parts.length);
      const totals = rows.slice(identity.parts.length);
      return columns.every(
        (column) =>
          parts.reduce((sum, row) => sum + (row!.get(column) ?? 0), 0) ===
          totals.reduce((sum, row) => sum + (row!.get(column) ?? 0), 0),
      );
    });
  const usable = relevant.some((identity) =>
    [...identity.parts, ...identity.totals].every(
      (rowId) => choiceByRow.has(rowId) || rowValues(rowId, new Map()) !== null,
    ),
  );
  if (!usable) return;
  const rows = [...choiceByRow.keys()];
  const combinations = rows.reduce(
    (product, rowId) => product * choiceByRow.get(rowId)!.candidates.length,
    1,
  );
  if (combinations > MAX_COMBINATIONS) return;
  const surviving = new Map(rows.map((rowId) => [rowId, new Set<number>()]));
  const pick = new Map<string, number[]>();
  const indexes = new Map<string, number>();
  const walk = (position: number) => {
    if (position === rows.length) {
      if (consistent(pick)) for (const rowId of rows) surviving.get(rowId)!.add(indexes.get(rowId)!);
      return;
    }
    const rowId = rows[position]!;
    choiceByRow.get(rowId)!.candidates.forEach((candidate, index) => {
      pick.set(rowId, candidate as number[]); // splits of digit runs: numbers only
      indexes.set(rowId, index);
      walk(position + 1);
    });
  };
  walk(0);
  for (const rowId of rows) {
    const choice = choiceByRow.get(rowId)!;
    const kept = [...surviving.get(rowId)!].sort((a, b) => a - b).map((index) => choice.candidates[index]!);
    if (kept.length === 0) continue; // nothing fits: leave every candidate to the person
    if (kept.length === 1) {
      choice.cellIds.forEach((id, index) => {
        out.values.set(id, kept[0]![index]!);
        out.provenance[id] = {
          ...out.provenance[id]!,
          how: "split",
          note: "数字连排，按行合计和表内勾稽关系拆分",
        };
      });
      out.choices = out.choices.filter((other) => other !== choice);
      out.problems = out.problems.filter((problem) => !problem.includes(`“${choice.rowLabel}”行的数字连排`));
    } else {
      choice.candidates = kept;
    }
  }
};
