import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { findMembership, removeMembership } from "@/lib/db/admin";
import { AppError } from "@/lib/errors";

import { requireAdministeredOfficeIds } from "./administered-offices";

/**
 * Takes a role away, in an office the 管理员 administers. `membershipId`: the role's id from the 管理 page.
 * Refuses (AppError) a non-管理员, and a role that does not exist or is outside the user's offices (the
 * same answer for both).
 */
export const removeMembershipFor = async (user: TSessionUser, membershipId: unknown): Promise<void> => {
  const managed = await requireAdministeredOfficeIds(user, "只有管理员可以移除角色。");
  const membership =
    typeof membershipId === "string" ? await findMembership(membershipId).catch(() => null) : null;
  if (!membership || !managed.has(membership.officeId))
    throw new AppError("NOT_FOUND", "角色不存在，或不在您管理的机关中。");
  if (!(await removeMembership(membership.id))) throw new AppError("NOT_FOUND", "角色已被移除。");
};
