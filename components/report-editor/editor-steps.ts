import type { TFinding } from "@/lib/rules/evaluate";
import { cellTarget, parseCommentTarget, sectionTarget } from "@/lib/template/comment-target";
import { sectionOfCellId, TABLE_SECTIONS } from "@/lib/template/labels";

import { stepOfFinding, type TStep } from "@/lib/rules/progress";

export type { TStep };

const TABLE_STEPS: ReadonlySet<TStep> = new Set(Object.values(TABLE_SECTIONS));

const stepOfCell = (cellId: string): TStep => sectionOfCellId(cellId) ?? "details";

/** The step that shows a finding: its section, else the table section of its first cell, else 报告信息. */
export const stepOf = (finding: TFinding): TStep => stepOfFinding(finding);

/** Number of error findings per step (warnings and notes are not counted). */
export const countErrorsByStep = (findings: readonly TFinding[]): Map<TStep, number> => {
  const counts = new Map<TStep, number>();
  for (const f of findings)
    if (f.severity === "error") counts.set(stepOf(f), (counts.get(stepOf(f)) ?? 0) + 1);
  return counts;
};

/**
 * Where a comment target (`cell:<cellId>` or `section:<step>`, see lib/template/comment-target) is shown:
 * the step, and the cell to focus. Null for a target that names nothing.
 */
export const locateTarget = (target: string): { step: TStep; cell?: string } | null => {
  const parsed = parseCommentTarget(target);
  if (!parsed) return null;
  if (parsed.kind === "cell") return { step: stepOfCell(parsed.id), cell: parsed.id };
  return { step: parsed.id as TStep };
};

/** Where a new comment goes: the focused cell while a statistics table is shown, else the step's section. */
export const commentTargetOf = (focusedCell: string | null, step: TStep): string =>
  focusedCell && TABLE_STEPS.has(step) ? cellTarget(focusedCell) : sectionTarget(step);
