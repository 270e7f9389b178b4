import { ACTION_LABELS } from "@/lib/workflow/transition-table";
import type { TWorkflowRequestInput } from "@/lib/workflow/workflow-request";

/**
 * The workflow actions that take one written text: 退回意见, 更正说明, 批注, 接受理由, and the 审核意见 of
 * 审核通过 (asked at every approval; required by the service at a level of a configured chain), and a 回复 to
 * a comment.
 */
export type TTextAction = "return" | "correct" | "comment" | "accept" | "approve" | "reply";

/** What the text of a text action is about. */
export interface TTextActionContext {
  /** Label of the comment target, for the comment dialog's title. */
  targetLabel: string;
  /** `cell:…` or `section:…`: where a comment goes. */
  target: string;
  /** The warning an acceptance is for. */
  warningKey: string;
  /** The comment a reply answers (its id). */
  commentId?: string;
}

/** The text field's accessible name; the comment's when no dialog is open. */
export const textFieldLabel = (action: TTextAction | null): string => {
  if (action === "return") return "退回意见";
  if (action === "approve") return "审核意见";
  if (action === "correct") return "更正说明";
  if (action === "accept") return "接受理由";
  if (action === "reply") return "回复内容";
  return "批注内容";
};

/** The dialog title: the comment's target, or the action's name; empty when no dialog is open. */
export const textActionTitle = (
  action: TTextAction | null,
  context: Pick<TTextActionContext, "targetLabel">,
) => {
  if (action === "comment") return `批注：${context.targetLabel}`;
  if (action === "reply") return `回复批注：${context.targetLabel}`;
  if (action === "accept") return "接受警告";
  return action ? ACTION_LABELS[action] : "";
};

/** The request a text action sends with its text, and what to tell the person when it succeeded. */
export const textActionRequest = (
  action: TTextAction,
  text: string,
  context: Omit<TTextActionContext, "targetLabel">,
): { request: TWorkflowRequestInput; done: string } => {
  switch (action) {
    case "return":
      return { request: { action: "return", comment: text }, done: "已退回" };
    case "correct":
      return { request: { action: "correct", note: text }, done: "已开始更正，发布后作为新版次" };
    case "comment":
      return { request: { action: "comment", target: context.target, body: text }, done: "已添加批注" };
    case "accept":
      return {
        request: { action: "accept-warning", key: context.warningKey, reason: text },
        done: "已接受该警告",
      };
    case "approve":
      return { request: { action: "approve", opinion: text }, done: "已审核通过" };
    case "reply":
      return {
        request: { action: "reply-comment", commentId: context.commentId ?? "", body: text },
        done: "已回复批注",
      };
  }
};
