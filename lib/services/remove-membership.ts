import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { findMembership, removeMembership } from "@/lib/db/admin";
import { listActiveReviewers, listReportsAwaitingOffice } from "@/lib/db/offices";
import { AppError } from "@/lib/errors";

import { requireAdministeredOfficeIds } from "./administered-offices";

/**
 * Takes a role away, in an office the 管理员 administers. `membershipId`: the role's id from the 管理 page.
 * Refuses (AppError) a non-管理员, and a role that does not exist or is outside the user's offices (the
 * same answer for both). Refuses (INVALID) the 管理员 role of the user themself. Refuses (CONFLICT) taking away the last active 审核人 of an office that a report
 * under review still waits for at a level of its approval chain: nobody could approve that level any more,
 * and the 填报人 cannot withdraw a report whose review has begun.
 */
export const removeMembershipFor = async (user: TSessionUser, membershipId: unknown): Promise<void> => {
  const managed = await requireAdministeredOfficeIds(user, "只有管理员可以移除角色。");
  const membership =
    typeof membershipId === "string" ? await findMembership(membershipId).catch(() => null) : null;
  if (!membership || !managed.has(membership.officeId))
    throw new AppError("NOT_FOUND", "角色不存在，或不在您管理的机关中。");
  // The 管理员's own role: with it gone nobody may be left to open 管理 (the demo's only 管理员 locked everyone
  // out in one click; tester2), as 停用 of one's own account is refused (manage-account.ts).
  if (membership.role === "ADMIN" && membership.userId === user.id)
    throw new AppError(
      "INVALID",
      "不能移除自己的管理员角色（移除后您将无法进入“管理”）。请由另一位管理员移除。",
    );
  if (membership.role === "REVIEWER") await refuseLastAwaitedReviewer(membership, "移除");
  if (!(await removeMembership(membership.id))) throw new AppError("NOT_FOUND", "角色已被移除。");
};

/**
 * Refuses (CONFLICT) taking the 审核人 `membership.userId` away from `membership.officeId` — `verb` 移除 (the role)
 * or 停用 (the account) — when no other active 审核人 of that office is left and a report under review waits for
 * the office at a level of its approval chain (D63).
 */
export const refuseLastAwaitedReviewer = async (
  membership: { officeId: string; userId: string },
  verb: "移除" | "停用",
): Promise<void> => {
  const others = ((await listActiveReviewers([membership.officeId])).get(membership.officeId) ?? []).filter(
    (id) => id !== membership.userId,
  );
  if (others.length > 0) return;
  const awaiting = await listReportsAwaitingOffice(membership.officeId);
  if (awaiting.length === 0) return;
  const shown = awaiting.slice(0, 5).map((r) => `${r.officeName} ${r.year} 年度`);
  throw new AppError(
    "CONFLICT",
    `这是本机关唯一的审核人，还有 ${awaiting.length} 份待审核的年报（${shown.join("、")}${awaiting.length > 5 ? "等" : ""}）` +
      `等待本机关这一级审核；${verb}后无人能通过。请先添加另一位审核人，或由审核人退回这些年报后再${verb}。`,
  );
};
