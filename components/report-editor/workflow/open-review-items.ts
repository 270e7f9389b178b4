import type { TWorkflowView } from "@/lib/services/workflow-view";
import type { TReportTemplate } from "@/lib/template";
import { commentTargetLabel } from "@/lib/template/comment-target";

/** What the 审核通过 dialog warns about (D60): review work still open on the report. */
export interface TOpenReviewItems {
  /** 批注 neither marked 已解决 nor answered by any reply: where (template label) and what was asked. */
  comments: { id: string; place: string; body: string }[];
  /** The 填报人's explanations of warnings that no 审核人 has accepted in this round. */
  explanations: { key: string; message: string; explanation: string }[];
}

/**
 * The open comments and unaccepted explanations of a report, for the warning of the 审核通过 dialog. A comment
 * counts as answered once it has a reply (the 填报人 replied, the change may be in the diff) or is resolved; an
 * explanation once accepted (`acceptances` are this round's, lib/services/workflow-view). The warning never
 * blocks: the 审核人 may approve after reading it (D60).
 */
export const openReviewItems = (
  template: TReportTemplate,
  view: Pick<TWorkflowView, "comments" | "explanations" | "acceptances">,
): TOpenReviewItems => {
  const accepted = new Set(view.acceptances.map((a) => a.key));
  return {
    comments: view.comments
      .filter((c) => !c.resolvedAt && c.replies.length === 0)
      .map((c) => ({ id: c.id, place: commentTargetLabel(template, c.target), body: c.body })),
    explanations: view.explanations
      .filter((e) => !accepted.has(e.key))
      .map((e) => ({ key: e.key, message: e.message, explanation: e.explanation })),
  };
};

/** Whether the dialog has anything to warn about. */
export const hasOpenReviewItems = (items: TOpenReviewItems): boolean =>
  items.comments.length + items.explanations.length > 0;
