import "server-only";

import { ZCreateOffice } from "@/lib/admin/schemas";
import type { TSessionUser } from "@/lib/auth/types";
import { createOffice, officeNameExists } from "@/lib/db/admin";
import { AppError } from "@/lib/errors";

import { requireAdministeredOfficeIds } from "./administered-offices";
import { parseInput } from "./parse-input";

/**
 * A new office below one the user administers. `input`: ZCreateOffice (`{ name, parentId }`). Refuses
 * (AppError) a non-管理员, invalid input, a parent outside the user's offices and a name already used.
 */
export const createOfficeFor = async (user: TSessionUser, input: unknown): Promise<{ name: string }> => {
  const managed = await requireAdministeredOfficeIds(user, "只有管理员可以管理机关。");
  const { name, parentId } = parseInput(ZCreateOffice, input);
  if (!managed.has(parentId)) throw new AppError("FORBIDDEN", "只能在您管理的机关下新增机关。");
  if (await officeNameExists(name)) throw new AppError("CONFLICT", `机关“${name}”已存在。`);
  const result = await createOffice(name, parentId);
  if (result === "exists") throw new AppError("CONFLICT", `机关“${name}”已存在。`);
  if (result === "no-parent") throw new AppError("NOT_FOUND", "上级机关不存在，请刷新页面后重新选择。");
  return { name };
};
