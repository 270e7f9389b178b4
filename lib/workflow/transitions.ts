import {
  STATUS_LABELS,
  TRANSITIONS,
  type TActorKind,
  type TReportStatus,
  type TTransition,
  type TWorkflowAction,
} from "./transition-table";

/**
 * The review workflow as a table: 草稿 → 待审核 → 已退回 / 已通过 → 已发布, and 更正 after publication.
 * Every status change goes through `findTransition`; nothing else writes a status. Free of Zod: the editor's first
 * load uses it (D40); the statuses' schema is in lib/workflow/events.ts.
 */

export * from "./transition-table";

/**
 * Why the workflow refuses: `NOT_ALLOWED` (the user lacks the role for the action), `WRONG_STATUS` (the
 * report's status does not allow it), `UNKNOWN_ACTION` (no such transition). Callers branch on the code;
 * the message is for the person.
 */
export type TWorkflowErrorCode = "NOT_ALLOWED" | "WRONG_STATUS" | "UNKNOWN_ACTION";
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
