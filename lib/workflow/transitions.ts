/**
 * The review workflow as a table: 草稿 → 待审核 → 已退回 / 已通过 → 已发布, and 更正 after publication.
 * Every status change goes through `findTransition`; nothing else writes a status.
 */

export type TReportStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED";
export type TWorkflowAction = "submit" | "return" | "approve" | "publish" | "correct";
/** Who acts: the office's own 填报人, or a 审核人 of the office or an office above it. */
export type TActorKind = "filler" | "reviewer";

export interface TTransition {
  action: TWorkflowAction;
  from: readonly TReportStatus[];
  to: TReportStatus;
  by: TActorKind;
  label: string;
}

export const TRANSITIONS: readonly TTransition[] = [
  { action: "submit", from: ["DRAFT", "RETURNED"], to: "SUBMITTED", by: "filler", label: "提交审核" },
  { action: "return", from: ["SUBMITTED", "APPROVED"], to: "RETURNED", by: "reviewer", label: "退回" },
  { action: "approve", from: ["SUBMITTED"], to: "APPROVED", by: "reviewer", label: "审核通过" },
  { action: "publish", from: ["APPROVED"], to: "PUBLISHED", by: "reviewer", label: "发布" },
  { action: "correct", from: ["PUBLISHED"], to: "DRAFT", by: "filler", label: "更正" },
];

export const ACTION_LABELS: Record<TWorkflowAction, string> = Object.fromEntries(TRANSITIONS.map((t) => [t.action, t.label])) as Record<
  TWorkflowAction,
  string
>;

export const STATUS_LABELS: Record<TReportStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待审核",
  RETURNED: "已退回",
  APPROVED: "已通过",
  PUBLISHED: "已发布",
};

export type TTransitionCheck = { ok: true; transition: TTransition } | { ok: false; reason: string };

export const findTransition = (action: TWorkflowAction, from: TReportStatus, actor: readonly TActorKind[]): TTransitionCheck => {
  const transition = TRANSITIONS.find((t) => t.action === action);
  if (!transition) return { ok: false, reason: "未知操作" };
  if (!actor.includes(transition.by)) {
    return { ok: false, reason: transition.by === "filler" ? `只有本机关的填报人可以${transition.label}。` : `只有审核人可以${transition.label}。` };
  }
  if (!transition.from.includes(from)) {
    return { ok: false, reason: `年报当前为“${STATUS_LABELS[from]}”，不能${transition.label}。` };
  }
  return { ok: true, transition };
};

/** Actions this actor may take on a report in this status, for the buttons shown. */
export const availableActions = (from: TReportStatus, actor: readonly TActorKind[]): TWorkflowAction[] =>
  TRANSITIONS.filter((t) => actor.includes(t.by) && t.from.includes(from)).map((t) => t.action);
