import { z } from "zod";

/**
 * The review workflow as a table: 草稿 → 待审核 → 已退回 / 已通过 → 已发布, and 更正 after publication.
 * Every status change goes through `findTransition`; nothing else writes a status.
 */

/** The stored statuses (Prisma enum `ReportStatus`; lib/db checks at compile time that both agree). */
export const ZReportStatus = z.enum(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"]);
export type TReportStatus = z.infer<typeof ZReportStatus>;

/** Status-changing actions; also the first event actions of `lib/workflow/events.ts`. */
export const WORKFLOW_ACTIONS = ["submit", "return", "approve", "publish", "correct", "withdraw"] as const;
export const ZWorkflowAction = z.enum(WORKFLOW_ACTIONS);
export type TWorkflowAction = z.infer<typeof ZWorkflowAction>;

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

/**
 * Why the workflow refuses: `NOT_ALLOWED` (the user lacks the role for the action), `WRONG_STATUS` (the
 * report's status does not allow it), `UNKNOWN_ACTION` (no such transition). Callers branch on the code;
 * the message is for the person.
 */
export const ZWorkflowErrorCode = z.enum(["NOT_ALLOWED", "WRONG_STATUS", "UNKNOWN_ACTION"]);
export type TWorkflowErrorCode = z.infer<typeof ZWorkflowErrorCode>;
export type TWorkflowRefusal = { ok: false; code: TWorkflowErrorCode; message: string };

export type TTransitionCheck = { ok: true; transition: TTransition } | TWorkflowRefusal;

/**
 * Whether an actor of these kinds may do something reserved to `by`; `what` is the verb in the message
 * (“只有审核人可以批注。”).
 */
export const checkActor = (
  actor: readonly TActorKind[],
  by: TActorKind,
  what: string,
): { ok: true } | TWorkflowRefusal => {
  if (actor.includes(by)) return { ok: true };
  const who = by === "filler" ? "本机关的填报人" : "审核人";
  return { ok: false, code: "NOT_ALLOWED", message: `只有${who}可以${what}。` };
};

/** The transition for an action from a status by an actor, or why it is refused (role first, then status). */
export const findTransition = (
  action: TWorkflowAction,
  from: TReportStatus,
  actor: readonly TActorKind[],
): TTransitionCheck => {
  const transition = TRANSITIONS.find((t) => t.action === action);
  if (!transition) return { ok: false, code: "UNKNOWN_ACTION", message: "未知操作" };
  const allowed = checkActor(actor, transition.by, transition.label);
  if (!allowed.ok) return allowed;
  if (!transition.from.includes(from)) {
    return {
      ok: false,
      code: "WRONG_STATUS",
      message: `年报当前为“${STATUS_LABELS[from]}”，不能${transition.label}。`,
    };
  }
  return { ok: true, transition };
};

/** Actions this actor may take on a report in this status, for the buttons shown. */
export const availableActions = (from: TReportStatus, actor: readonly TActorKind[]): TWorkflowAction[] =>
  TRANSITIONS.filter((t) => actor.includes(t.by) && t.from.includes(from)).map((t) => t.action);
