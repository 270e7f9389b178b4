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
 * Checks a chain for an office (Chinese problems, empty when it may be saved):
 * - every level's office is the office itself or one above it (`allowedOfficeIds`, the office first, then
 *   its ancestors nearest first), so nobody outside the line of supervision approves;
 * - the chain goes up, never back down: a level's office is not below an earlier level's (政府办 → 科室 would
 *   send an approved report back to the department, a cycle in the line of supervision);
 * - when `reviewersOf` is given (active 审核人 ids per office id): each level can be approved by someone — its
 *   office has a 审核人 (a default level: the office or one above it has one), and an office holding k
 *   levels has at least k 审核人, since one person approves at most one level per round (lib/services/
 *   workflow-steps.ts). Otherwise a submitted report would wait at that level with nobody able to approve it.
 * `nameOf` names offices in the messages.
 */
export const chainProblems = (
  chain: TApprovalChain,
  allowedOfficeIds: readonly string[],
  reviewersOf?: ReadonlyMap<string, readonly string[]>,
  nameOf: (officeId: string) => string = (id) => id,
): string[] => {
  const problems: string[] = [];
  const levelName = (i: number) => `第 ${i + 1} 级“${chain[i]!.name}”`;
  chain.forEach((level, i) => {
    if (level.officeId === null) return;
    const height = allowedOfficeIds.indexOf(level.officeId);
    if (height === -1) {
      problems.push(`${levelName(i)}的审核机关须是本机关或其上级机关。`);
      return;
    }
    const higher = chain.findIndex(
      (earlier, j) =>
        j < i && earlier.officeId !== null && allowedOfficeIds.indexOf(earlier.officeId) > height,
    );
    if (higher !== -1)
      problems.push(
        `${levelName(i)}的审核机关${nameOf(level.officeId)}是${levelName(higher)}的审核机关` +
          `${nameOf(chain[higher]!.officeId!)}的下级：审核须逐级向上，不能回到下级机关。`,
      );
  });
  if (!reviewersOf) return problems;
  const levelsOf = new Map<string, number[]>();
  chain.forEach((level, i) => {
    if (level.officeId !== null) levelsOf.set(level.officeId, [...(levelsOf.get(level.officeId) ?? []), i]);
  });
  for (const [officeId, levels] of levelsOf) {
    const count = reviewersOf.get(officeId)?.length ?? 0;
    if (count === 0)
      problems.push(
        `${levels.map(levelName).join("、")}：${nameOf(officeId)}还没有审核人，无人能通过；请先在“管理”中为其添加审核人。`,
      );
    else if (count < levels.length)
      problems.push(
        `${nameOf(officeId)}承担${levels.map(levelName).join("、")}共 ${levels.length} 级审核，同一人在一轮中只能通过一级，` +
          `须至少 ${levels.length} 位审核人，现有 ${count} 位。`,
      );
  }
  const anyReviewer = allowedOfficeIds.some((id) => (reviewersOf.get(id)?.length ?? 0) > 0);
  chain.forEach((level, i) => {
    if (level.officeId === null && !anyReviewer)
      problems.push(`${levelName(i)}：本机关及其上级机关都还没有审核人，无人能通过。`);
  });
  return problems;
};

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
