/**
 * The review workflow's table without Zod (lib/workflow/transitions.ts adds the schemas and the checks): the
 * statuses, actions, transitions and their labels, which the editor shows in its first load (docs/decisions.md
 * D40). 草稿 → 待审核 → 已退回 / 已通过 → 已发布, and 更正 after publication.
 */

/** The stored statuses (Prisma enum `ReportStatus`; lib/db checks at compile time that both agree). */
export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"] as const;
export type TReportStatus = (typeof REPORT_STATUSES)[number];

/** Status-changing actions; also the first event actions of `lib/workflow/events.ts`. */
export const WORKFLOW_ACTIONS = ["submit", "return", "approve", "publish", "correct", "withdraw"] as const;
export type TWorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

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
  // 撤回: only before the review has started (no comment or acceptance since the submission), checked by
  // lib/services/workflow.ts against the history.
  { action: "withdraw", from: ["SUBMITTED"], to: "DRAFT", by: "filler", label: "撤回" },
];

/** Button labels of the status-changing actions (the history names events in `lib/workflow/events.ts`). */
export const ACTION_LABELS: Record<TWorkflowAction, string> = Object.fromEntries(
  TRANSITIONS.map((t) => [t.action, t.label]),
) as Record<TWorkflowAction, string>;

export const STATUS_LABELS: Record<TReportStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待审核",
  RETURNED: "已退回",
  APPROVED: "已通过",
  PUBLISHED: "已发布",
};

/** Label of a stored status; unknown values are shown as they are. */
export const statusLabel = (status: string): string => STATUS_LABELS[status as TReportStatus] ?? status;
