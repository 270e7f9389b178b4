import "server-only";

import { ZChangePassword } from "@/lib/admin/schemas";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import type { TSessionUser } from "@/lib/auth/types";
import { getPasswordHash, updatePassword } from "@/lib/db/admin";
import { hashToken } from "@/lib/db/users";
import { AppError } from "@/lib/errors";

import { parseInput } from "./parse-input";

/**
 * The user's new password. `input`: ZChangePassword (`{ current, next, confirm }`); `sessionToken`: the
 * cookie of the session to keep (every other session of the user ends). Refuses (AppError INVALID) invalid
 * input, a wrong current password and a weak new one (lib/auth/password.ts).
 */
export const changePasswordFor = async (
  user: TSessionUser,
  input: unknown,
  sessionToken: string | null,
): Promise<void> => {
  const { current, next } = parseInput(ZChangePassword, input);
  const hash = await getPasswordHash(user.id);
  if (!hash || !(await verifyPassword(current, hash)).ok) throw new AppError("INVALID", "当前密码不正确。");
  const problem = passwordProblem(next, user.username, user.displayName);
  if (problem) throw new AppError("INVALID", problem);
  await updatePassword(user.id, await hashPassword(next), sessionToken ? hashToken(sessionToken) : null);
};
