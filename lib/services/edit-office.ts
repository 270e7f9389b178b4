import "server-only";

import { ZEditOffice } from "@/lib/admin/schemas";
import type { TSessionUser } from "@/lib/auth/types";
import { updateOffice } from "@/lib/db/admin";
import { listOffices } from "@/lib/db/offices";
import { AppError } from "@/lib/errors";
import { moveOfficeProblem } from "@/lib/offices/move-office";

import { requireAdministeredOfficeIds } from "./administered-offices";
import { parseInput } from "./parse-input";

/**
 * 编辑 of an office on 管理: a new full name and/or parent. `input`: ZEditOffice (`{ officeId, name, parentId }`).
 * Refuses (AppError, Chinese) a non-管理员, an office or parent outside the user's offices, a name another office
 * has, and a move under the office itself or one of its descendants (moveOfficeProblem). Returns the new name.
 */
export const editOfficeFor = async (user: TSessionUser, input: unknown): Promise<{ name: string }> => {
  const managed = await requireAdministeredOfficeIds(user, "只有管理员可以管理机关。");
  const { officeId, name, parentId } = parseInput(ZEditOffice, input);
  if (!managed.has(officeId)) throw new AppError("FORBIDDEN", "只能编辑您管理的机关。");
  const offices = await listOffices();
  const office = offices.find((o) => o.id === officeId);
  if (!office) throw new AppError("NOT_FOUND", "机关不存在，请刷新页面。");
  if (parentId !== office.parentId) {
    if (parentId === null) throw new AppError("INVALID", "请选择上级机关。");
    if (!managed.has(parentId)) throw new AppError("FORBIDDEN", "只能把机关移到您管理的机关之下。");
    const problem = moveOfficeProblem(offices, officeId, parentId);
    if (problem) throw new AppError("INVALID", problem);
  }
  if (offices.some((o) => o.id !== officeId && o.name === name))
    throw new AppError("CONFLICT", `机关“${name}”已存在。`);
  if ((await updateOffice(officeId, { name, parentId })) === "exists")
    throw new AppError("CONFLICT", `机关“${name}”已存在。`);
  return { name };
};
