import { z } from "zod";

import { ZImportRecord } from "./import-event";
import { REPORT_STATUSES, WORKFLOW_ACTIONS, type TReportStatus, type TWorkflowAction } from "./transitions";

/**
 * The history vocabulary: every `ReportEvent.action` that is written, the data (`detail`) each carries and its
 * Chinese name. Writers build a `TReportEvent`; readers turn a stored row back into one with `parseStoredEvent`
 * (rows this module does not know, e.g. from an older version, are kept by their stored name). How the
 * history page reads an event is in ./event-summary.ts.
 * Stored spelling: lower case, words joined by "-" (migration 20261124000000_event_action_names renamed the
 * older "CREATE" and "SAVE").
 */

export const EVENT_ACTIONS = [
  ...WORKFLOW_ACTIONS,
  "create",
  "save",
  "comment",
  "resolve-comment",
  "reply-comment",
  "accept-warning",
  "rollup",
  "delete",
  "restore",
] as const;
export const ZReportEventAction = z.enum(EVENT_ACTIONS);
export type TReportEventAction = z.infer<typeof ZReportEventAction>;

/** What the history page calls each event (“更正” starts a correction; its publication is a new edition). */
export const EVENT_LABELS: Record<TReportEventAction, string> = {
  create: "新建",
  save: "保存",
  submit: "提交审核",
  return: "退回",
  approve: "审核通过",
  publish: "发布",
  correct: "开始更正",
  withdraw: "撤回提交",
  delete: "删除草稿",
  restore: "恢复草稿",
  comment: "批注",
  "resolve-comment": "批注已解决",
  "reply-comment": "回复批注",
  "accept-warning": "接受警告",
  rollup: "汇总",
};

/** A 填报人's written explanation of one warning, kept with the submission it was given for. */
export const ZExplanation = z.object({
  key: z.string(),
  ruleId: z.string(),
  message: z.string(),
  explanation: z.string(),
});
export type TExplanation = z.infer<typeof ZExplanation>;

/** The stored statuses (Prisma enum `ReportStatus`; lib/db checks at compile time that both agree). */
export const ZReportStatus = z.enum(REPORT_STATUSES);
const statusChange = { from: ZReportStatus, to: ZReportStatus };

/** The data stored with each action. */
export const EVENT_DETAIL_SCHEMAS = {
  /** `note`: how it was made when not typed in, e.g. “由导入的文件新建；表三原报告空白的 5 格按 0 计”. */
  create: z.object({ year: z.int(), note: z.string().optional() }),
  /**
   * `version`: the report's version after the save; `import`: what an import into the draft replaced. One row
   * stands for an editing session (D39, lib/db/report-save.ts): `from` is the session's first version and `saves`
   * how many saves it folds in (both absent for a single save). `changed`: the places the session changed (D60,
   * lib/workflow/changed-places.ts; absent on rows written before it).
   */
  save: z.object({
    version: z.int(),
    changed: z.array(z.string()).optional(),
    import: ZImportRecord.optional(),
    from: z.int().optional(),
    saves: z.int().positive().optional(),
  }),
  /** `document`: the submitted report as it was (parsed with lib/report's schema where it is used). */
  submit: z.object({
    ...statusChange,
    explanations: z.array(ZExplanation).default([]),
    document: z.unknown(),
    /** 签批人 named at submission when a 本地要求 asks for a sign-off. */
    signOff: z.string().optional(),
  }),
  return: z.object({ ...statusChange, comment: z.string() }),
  /**
   * `level` (0-based) and `levelName` of the approval chain's level that approved (lib/workflow/approval-chain.ts;
   * absent in rows written before multi-level approval), and its 审核意见. An approval below the last level
   * stays 待审核 → 待审核.
   */
  approve: z.object({
    ...statusChange,
    level: z.int().nonnegative().optional(),
    levelName: z.string().optional(),
    opinion: z.string().optional(),
    /** The 审核意见 as single-level approvals first stored it (read as `opinion`). */
    comment: z.string().optional(),
  }),
  /** `edition`: 1 for the first publication, +1 per correction; `docxSha256` of the frozen .docx. */
  publish: z.object({ ...statusChange, edition: z.int().positive(), docxSha256: z.string() }),
  correct: z.object({ ...statusChange, note: z.string() }),
  /** 撤回: the 填报人 took a submission back before review started. */
  withdraw: z.object(statusChange),
  /** A draft deleted by its 填报人; the row stays (soft delete) so its history is kept. */
  delete: z.object({ year: z.int() }),
  /** A deleted draft taken back by a 填报人 of its office, as it was when deleted (D60). */
  restore: z.object({ year: z.int() }),
  /** `target`: `cell:<cell id>` or `section:<section id>`. */
  comment: z.object({ target: z.string(), body: z.string() }),
  "resolve-comment": z.object({ commentId: z.string() }),
  /** A reply in the thread of comment `commentId` (by the 填报人 or a 审核人). */
  "reply-comment": z.object({ commentId: z.string(), body: z.string() }),
  /** `key`: the warning's key (lib/rules/warning-key). */
  "accept-warning": z.object({ key: z.string(), reason: z.string() }),
  /**
   * 汇总 (lib/services/rollup.ts): `create` / `refresh` with the number of offices summed and the changes
   * a refresh took in; `override` of one cell with the sum it replaced, the new value and the reason.
   */
  rollup: z.discriminatedUnion("kind", [
    z.object({
      kind: z.enum(["create", "refresh"]),
      offices: z.array(z.string()),
      changes: z.int().default(0),
      version: z.int(),
    }),
    z.object({
      kind: z.literal("override"),
      cellId: z.string(),
      label: z.string(),
      sum: z.number().nullable(),
      value: z.number().nullable(),
      reason: z.string(),
      version: z.int(),
    }),
  ]),
} satisfies Record<TReportEventAction, z.ZodType>;

type TDetailSchemas = typeof EVENT_DETAIL_SCHEMAS;
export type TEventDetail<A extends TReportEventAction> = z.output<TDetailSchemas[A]>;

/** One event: its action and that action's data (a union discriminated by `action`). */
export type TReportEvent = {
  [A in TReportEventAction]: { action: A; detail: TEventDetail<A> };
}[TReportEventAction];

// Built from the per-action schemas above; zod cannot infer the union from a mapped array, hence the cast
// (`TReportEvent` is derived from the same schemas, so the two cannot drift apart).
const eventSchemas = EVENT_ACTIONS.map((action) =>
  z.object({ action: z.literal(action), detail: EVENT_DETAIL_SCHEMAS[action] }),
);
export const ZReportEvent = z.discriminatedUnion(
  "action",
  eventSchemas as [(typeof eventSchemas)[number], ...(typeof eventSchemas)[number][]],
) as unknown as z.ZodType<TReportEvent>;

/** A stored event as read back: typed, or — for an action or data this version does not know — its stored name. */
export type TStoredEvent = TReportEvent | { action: "unknown"; stored: string };

/** Reads a stored row (`action` column, `detail` JSON); never throws. */
export const parseStoredEvent = (action: string, detail: unknown): TStoredEvent => {
  const parsed = ZReportEvent.safeParse({ action, detail: detail ?? {} });
  return parsed.success ? parsed.data : { action: "unknown", stored: action };
};

/** The event of an action, checked against its schema before it is written (throws a ZodError if it does not fit). */
export const checkedEvent = (event: TReportEvent): TReportEvent => ZReportEvent.parse(event);

type TTransitionEvent = Extract<TReportEvent, { action: TWorkflowAction }>;
/** Data of a status change that lib/db adds when it writes the change. */
export type TStatusFacts = { from: TReportStatus; to: TReportStatus; edition?: number; docxSha256?: string };
type TWithoutFacts<E> = E extends { action: infer A; detail: infer D }
  ? { action: A; detail: Omit<D, keyof TStatusFacts> }
  : never;
/** A status change as the service asks for it: the action and its own data (“退回” and its comment). */
export type TTransitionEventInput = TWithoutFacts<TTransitionEvent>;

/** The complete event of a status change: the service's part plus the facts known when it is written. */
export const statusChangeEvent = (input: TTransitionEventInput, facts: TStatusFacts): TReportEvent =>
  ZReportEvent.parse({ action: input.action, detail: { ...input.detail, ...facts } });
