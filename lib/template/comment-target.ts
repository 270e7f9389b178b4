import { cellLabel, stepLabel } from "./labels";
import type { TCellId, TReportTemplate, TSectionId } from "./types";

/**
 * Where a review comment points, stored as text: `cell:<cell id>` (a table cell) or `section:<id>` (one of
 * the six sections, or `details` for 报告信息).
 */

export interface TCommentTarget {
  kind: "cell" | "section";
  /** A cell id, or a section id / `details`; not yet checked against a template. */
  id: string;
}

export const cellTarget = (id: TCellId): string => `cell:${id}`;

export const sectionTarget = (id: TSectionId | "details"): string => `section:${id}`;

/** `cell:t3.granted.total` → `{ kind: "cell", id: "t3.granted.total" }`; null when the text is neither kind. */
export const parseCommentTarget = (target: string): TCommentTarget | null => {
  const colon = target.indexOf(":");
  const kind = target.slice(0, colon);
  const id = target.slice(colon + 1);
  if (colon < 0 || !id || (kind !== "cell" && kind !== "section")) return null;
  return { kind, id };
};

const hasSection = (template: TReportTemplate, id: string): id is TSectionId | "details" =>
  id === "details" || template.sections.some((section) => section.id === id);

/** Whether a target names a value cell or a section of this template. */
export const isCommentTargetIn = (template: TReportTemplate, target: string): boolean => {
  const parsed = parseCommentTarget(target);
  if (!parsed) return false;
  return parsed.kind === "cell" ? template.cellById.has(parsed.id) : hasSection(template, parsed.id);
};

/**
 * The refusal of a comment target that names no place of the template, saying what a valid one looks like (the
 * API takes it as text; issue 16: a bare `s1` was refused without a hint). Suggests the prefixed form when the
 * text is a bare section or cell id: “批注位置无效：“s1”（是否指 section:s1？）。…”.
 */
export const invalidCommentTargetMessage = (template: TReportTemplate, target: string): string => {
  const shown = target.slice(0, 80);
  const guess = hasSection(template, target)
    ? sectionTarget(target)
    : template.cellById.has(target as TCellId)
      ? cellTarget(target as TCellId)
      : null;
  return (
    `批注位置无效：“${shown}”${guess ? `（是否指 ${guess}？）` : ""}。批注位置应写作 section:部分编号` +
    `（section:s1 至 section:s6，报告信息为 section:details）或 cell:单元格编号（如 cell:t3.new_received.natural_person）。`
  );
};

/** `表三“（一）予以公开”自然人`, `一、总体情况`, `报告信息`; the target itself when the template has no such place. */
export const commentTargetLabel = (template: TReportTemplate, target: string): string => {
  const parsed = parseCommentTarget(target);
  if (!parsed) return target;
  if (parsed.kind === "cell") {
    const cell = template.cellById.get(parsed.id);
    return cell ? cellLabel(cell) : target;
  }
  return hasSection(template, parsed.id) ? stepLabel(template, parsed.id) : target;
};
