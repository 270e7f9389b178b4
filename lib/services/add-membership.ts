import "server-only";

import { ZMembership } from "@/lib/admin/schemas";
import type { TSessionUser } from "@/lib/auth/types";
import { addMembership } from "@/lib/db/admin";
import { AppError } from "@/lib/errors";

import { requireAdministeredOfficeIds } from "./administered-offices";
import { parseInput } from "./parse-input";

/**
 * Gives a user a role in an office the 管理员 administers. `input`: ZMembership (`{ userId, officeId,
 * role }`). Refuses (AppError) a non-管理员, invalid input, an office outside the user's offices, an unknown
 * user or office (NOT_FOUND) and a role the user already has there (CONFLICT).
 */
export const addMembershipFor = async (user: TSessionUser, input: unknown): Promise<void> => {
  const managed = await requireAdministeredOfficeIds(user, "只有管理员可以分配角色。");
  const { userId, officeId, role } = parseInput(ZMembership, input);
  if (!managed.has(officeId)) throw new AppError("FORBIDDEN", "只能在您管理的机关中分配角色。");
  const result = await addMembership(userId, officeId, role);
  if (result === "exists") throw new AppError("CONFLICT", "该用户在该机关已有此角色。");
  if (result === "no-user") throw new AppError("NOT_FOUND", "用户不存在，请刷新页面后重新选择。");
  if (result === "no-office") throw new AppError("NOT_FOUND", "机关不存在，请刷新页面后重新选择。");
};
