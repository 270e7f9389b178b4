import "server-only";

import { canConfigureApprovalChain } from "@/lib/auth/permissions";
import { ancestorIdsIn } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import {
  listActiveReviewers,
  listOfficeApprovalChains,
  listOffices,
  setOfficeApprovalChain,
} from "@/lib/db/offices";
import { AppError } from "@/lib/errors";
import { formatSchemaIssues } from "@/lib/report/schema";
import {
  chainProblems,
  DEFAULT_APPROVAL_CHAIN,
  ZApprovalChain,
  type TApprovalChain,
} from "@/lib/workflow/approval-chain";

/** One office whose approval chain the user may set. */
export interface TApprovalChainRow {
  officeId: string;
  officeName: string;
  /** The chain in force (the default single level when none is configured). */
  chain: TApprovalChain;
  configured: boolean;
  /** Offices that may approve a level: the office itself, then those above it, nearest first. */
  candidates: { id: string; name: string }[];
}

/**
 * The 审核流程 page: every office whose chain the user may set (lib/auth/permissions.ts
 * `canConfigureApprovalChain`: 管理员 of it or above, 审核人 above it), by name.
 */
export const loadApprovalChainsFor = async (user: TSessionUser): Promise<TApprovalChainRow[]> => {
  const [offices, chains] = await Promise.all([listOffices(), listOfficeApprovalChains()]);
  const names = new Map(offices.map((o) => [o.id, o.name]));
  return offices.flatMap((office) => {
    const ancestorIds = ancestorIdsIn(office.id, offices);
    if (!canConfigureApprovalChain(user, { id: office.id, ancestorIds })) return [];
    const configured = chains.get(office.id);
    return [
      {
        officeId: office.id,
        officeName: office.name,
        chain: configured ?? DEFAULT_APPROVAL_CHAIN,
        configured: configured !== undefined,
        candidates: [office.id, ...ancestorIds].map((id) => ({ id, name: names.get(id) ?? id })),
      },
    ];
  });
};

/**
 * Sets an office's approval chain (`chain: null` restores the default single level). Applies to the next
 * submission; a report under review keeps the chain it was submitted with. Refuses (AppError) an office the
 * user cannot configure (NOT_FOUND when it is not theirs to see), a chain that does not fit the schema, has a
 * level approved by an office outside the office's line of supervision, goes back down, or has a level that
 * nobody could approve today (no active 审核人, or fewer than the levels the office holds) — INVALID, with
 * `details.problems` (lib/workflow/approval-chain.ts `chainProblems`).
 */
export const saveApprovalChainFor = async (
  user: TSessionUser,
  officeId: string,
  body: unknown,
): Promise<void> => {
  const offices = await listOffices();
  const office = offices.find((o) => o.id === officeId);
  const ancestorIds = office ? ancestorIdsIn(office.id, offices) : [];
  if (!office || !canConfigureApprovalChain(user, { id: officeId, ancestorIds }))
    throw new AppError("NOT_FOUND", "机关不存在，或您不能设置它的审核流程。");
  const chain = (body as { chain?: unknown } | null)?.chain;
  if (chain === null) {
    await setOfficeApprovalChain(officeId, null);
    return;
  }
  const parsed = ZApprovalChain.safeParse(chain);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message);
    throw new AppError("INVALID", `审核流程未保存：${problems[0] ?? "内容无效"}`, {
      problems: formatSchemaIssues(parsed.error),
    });
  }
  const line = [officeId, ...ancestorIds];
  const names = new Map(offices.map((o) => [o.id, o.name]));
  const problems = chainProblems(
    parsed.data,
    line,
    await listActiveReviewers(line),
    (id) => names.get(id) ?? id,
  );
  if (problems.length) throw new AppError("INVALID", `审核流程未保存：${problems[0]}`, { problems });
  if (!(await setOfficeApprovalChain(officeId, parsed.data))) throw new AppError("NOT_FOUND", "机关不存在。");
};
