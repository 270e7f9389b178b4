import { z } from "zod";

/**
 * Multi-level approval (issue 16): an office's reports pass through a chain of review levels, e.g.
 * 科室审核 → 分管领导 → 政府办. Each level is done by a 审核人 of one office (the report's own office or one
 * above it); `officeId: null` is the default level of today's single-step review, done by a 审核人 of the
 * office or of any office above. The chain is fixed on the report when it is submitted (a change of the
 * office's chain applies from the next submission); `Report.approvalStep` counts the levels approved in the
 * current round. The status stays 待审核 until the last level approves (→ 已通过); publishing needs 已通过.
 */

export const MAX_APPROVAL_LEVELS = 6;

/** The longest name of an approval level, in characters. */
export const LEVEL_NAME_MAX = 20;

export const ZApprovalLevel = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "请填写审核级别的名称" })
    .max(LEVEL_NAME_MAX, { error: `审核级别的名称不能超过 ${LEVEL_NAME_MAX} 个字` }),
  /** The office whose 审核人 act at this level; null: any 审核人 of the report's office or above. */
  officeId: z.uuid({ error: "审核机关无效" }).nullable(),
});
export type TApprovalLevel = z.infer<typeof ZApprovalLevel>;

export const ZApprovalChain = z
  .array(ZApprovalLevel)
  .min(1, { error: "审核流程至少要有一级" })
  .max(MAX_APPROVAL_LEVELS, { error: `审核流程最多 ${MAX_APPROVAL_LEVELS} 级` })
  .refine((levels) => new Set(levels.map((l) => l.name)).size === levels.length, {
    error: "各级审核的名称不能重复",
  });
export type TApprovalChain = z.infer<typeof ZApprovalChain>;

/** Today's behaviour: one level, any 审核人 of the office or above. */
export const DEFAULT_APPROVAL_CHAIN: TApprovalChain = [{ name: "审核", officeId: null }];

/** A stored chain (Office.approvalChain / Report.approvalChain), or the default when absent or unreadable. */
export const readApprovalChain = (stored: unknown): TApprovalChain => {
  const parsed = ZApprovalChain.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_APPROVAL_CHAIN;
};

/** Whether a chain is the default single level (then 审核通过 needs no written 审核意见, as before). */
export const isDefaultChain = (chain: TApprovalChain): boolean =>
  chain.length === 1 && chain[0]!.officeId === null;

/**
 * The level to approve next after `step` approved levels, and whether it is the last; null when every level
 * has approved (or the step is out of range).
 */
export const currentLevel = (
  chain: TApprovalChain,
  step: number,
): { index: number; level: TApprovalLevel; isLast: boolean } | null => {
  const level = chain[step];
  return level ? { index: step, level, isLast: step === chain.length - 1 } : null;
};

/**
 * Checks a chain for an office: every level's office must be the office itself or one above it
 * (`allowedOfficeIds`), so nobody outside the line of supervision approves. Returns the Chinese problems.
 */
export const chainProblems = (chain: TApprovalChain, allowedOfficeIds: readonly string[]): string[] =>
  chain.flatMap((level, i) =>
    level.officeId !== null && !allowedOfficeIds.includes(level.officeId)
      ? [`第 ${i + 1} 级“${level.name}”的审核机关须是本机关或其上级机关。`]
      : [],
  );

/** One level's decision in the current round, for the report's chain display. */
export interface TLevelDecision {
  name: string;
  officeName: string;
  state: "approved" | "current" | "waiting";
  /** Set when approved. */
  actor?: string;
  /** ISO 8601. */
  at?: string;
  opinion?: string;
}
