import type { TReportDocument } from "./schema";

/**
 * The merge rule for two saves of one report made from the same version (D57): a three-way merge field by
 * field — each 报告信息 field, each section's text, each table cell, each 表下说明 and printed total, and every
 * other top-level value as a whole. A field only one side changed takes that side's value; a field both
 * changed to the same value is kept; a field both changed to different values is a conflict, and then
 * nothing is merged: the person chooses in the conflict dialog. Values are compared as JSON.
 */

/** The parts of a document merged key by key; anything else is one field. */
const KEYED = new Set(["details", "narrative", "cells", "printedTotals", "remarks"]);

export type TMergeResult<TDoc> =
  | { kind: "merged"; document: TDoc }
  /** `fields`: where both changed differently, as `narrative.s5`, `cells.t3.x.y`, `year`. */
  | { kind: "conflict"; fields: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type TRecord = Record<string, unknown>;

/** Merges one level: returns the merged record and the keys both sides changed differently. */
const mergeRecord = (base: TRecord, mine: TRecord, theirs: TRecord, prefix: string) => {
  const merged: TRecord = {};
  const conflicts: string[] = [];
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    let value: unknown;
    if (same(m, t) || same(m, b)) value = t;
    else if (same(t, b)) value = m;
    else if (prefix === "" && KEYED.has(key)) {
      const inner = mergeRecord((b ?? {}) as TRecord, (m ?? {}) as TRecord, (t ?? {}) as TRecord, `${key}.`);
      conflicts.push(...inner.conflicts);
      value = inner.merged;
    } else {
      conflicts.push(`${prefix}${key}`);
      continue;
    }
    if (value !== undefined) merged[key] = value;
  }
  return { merged, conflicts };
};

/**
 * Merges `mine` and `theirs`, both made from `base`. When `mine` adds nothing to `theirs` the result is
 * `theirs` itself (the same object), so a caller can tell that nothing is left to save.
 */
export const mergeReports = <TDoc extends TReportDocument>(
  base: TDoc,
  mine: TDoc,
  theirs: TDoc,
): TMergeResult<TDoc> => {
  const { merged, conflicts } = mergeRecord(
    base as unknown as TRecord,
    mine as unknown as TRecord,
    theirs as unknown as TRecord,
    "",
  );
  if (conflicts.length) return { kind: "conflict", fields: conflicts };
  return { kind: "merged", document: same(merged, theirs) ? theirs : (merged as unknown as TDoc) };
};
