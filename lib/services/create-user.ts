import "server-only";

import { ZCreateUser } from "@/lib/admin/schemas";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import type { TSessionUser } from "@/lib/auth/types";
import { createUser, usernameExists } from "@/lib/db/admin";
import { AppError } from "@/lib/errors";

import { requireAdministeredOfficeIds } from "./administered-offices";
import { parseInput } from "./parse-input";

/**
 * A new user without roles (the 管理员 assigns them next). `input`: ZCreateUser (`{ username,
 * displayName, password }`). Refuses (AppError) a non-管理员, invalid input, a weak initial password
 * (lib/auth/password.ts) and a username already used.
 */
export const createUserFor = async (
  user: TSessionUser,
  input: unknown,
): Promise<{ id: string; displayName: string }> => {
  await requireAdministeredOfficeIds(user, "只有管理员可以管理用户。");
  const { username, displayName, password } = parseInput(ZCreateUser, input);
  const problem = passwordProblem(password, username, displayName);
  if (problem) throw new AppError("INVALID", problem);
  if (await usernameExists(username)) throw new AppError("CONFLICT", `用户名“${username}”已被使用。`);
  const id = await createUser({ username, displayName, passwordHash: await hashPassword(password) });
  if (!id) throw new AppError("CONFLICT", `用户名“${username}”已被使用。`);
  return { id, displayName };
};
