import type { TFinding } from "@/lib/rules/evaluate";
import { parseCommentTarget } from "@/lib/template/comment-target";

/** What a table cell shows about itself: findings that name it and open review comments on it. */
export interface TCellMarks {
  severity: "error" | "warning" | "info";
  /** Every finding message naming the cell, one per line. */
  messages: string;
  /** Only “not filled in yet”: shown quietly, not as a red error. */
  blankOnly: boolean;
  /** Open review comments on the cell, one per line. */
  comment?: string;
  /** The cell has comments but no findings. */
  commentOnly?: boolean;
}

/** The fields of a review comment the marks read (`target` is `cell:<cellId>` or `section:<id>`). */
export interface TMarkedComment {
  target: string;
  body: string;
  authorName: string;
  resolvedAt: string | null;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Marks per cell id: the worst severity of the findings naming the cell with all their messages (in
 * finding order), and the open comments on the cell (in comment order). A cell with comments only keeps
 * severity `info` and `commentOnly`; resolved and section comments are left out.
 */
export const computeCellMarks = (
  findings: readonly TFinding[],
  comments: readonly TMarkedComment[],
): Map<string, TCellMarks> => {
  const marks = new Map<string, TCellMarks>();
  for (const comment of comments) {
    const target = parseCommentTarget(comment.target);
    if (comment.resolvedAt || target?.kind !== "cell") continue;
    const id = target.id;
    const text = `批注（${comment.authorName}）：${comment.body}`;
    const current = marks.get(id);
    if (current) current.comment = current.comment ? `${current.comment}\n${text}` : text;
    else
      marks.set(id, { severity: "info", messages: "", blankOnly: false, comment: text, commentOnly: true });
  }
  for (const finding of findings) {
    for (const id of finding.cells) {
      const current = marks.get(id);
      if (!current)
        marks.set(id, {
          severity: finding.severity,
          messages: finding.message,
          blankOnly: finding.problem === "blank",
        });
      else if (current.commentOnly) {
        Object.assign(current, {
          severity: finding.severity,
          messages: finding.message,
          blankOnly: finding.problem === "blank",
          commentOnly: false,
        });
      } else {
        current.blankOnly = current.blankOnly && finding.problem === "blank";
        current.messages = `${current.messages}\n${finding.message}`;
        if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[current.severity])
          current.severity = finding.severity;
      }
    }
  }
  return marks;
};
