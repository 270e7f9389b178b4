import "server-only";

import { z } from "zod";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import type { TSessionUser } from "@/lib/auth/types";
import { ZCreateUser } from "@/lib/admin/schemas";
import { findAccount, renameAccount, resetAccountPassword, setAccountDisabled } from "@/lib/db/accounts";
import { AppError } from "@/lib/errors";

import { requireAdministeredOfficeIds } from "./administered-offices";
import { parseInput } from "./parse-input";
import { refuseLastAwaitedReviewer } from "./remove-membership";

const ZAccountState = z.object({ userId: z.uuid({ error: "请选择用户" }), disabled: z.boolean() });
const ZRenameUser = z.object({
  userId: z.uuid({ error: "请选择用户" }),
  displayName: ZCreateUser.shape.displayName,
});
const ZResetPassword = z.object({
  userId: z.uuid({ error: "请选择用户" }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `临时密码至少 ${MIN_PASSWORD_LENGTH} 位` })
    .max(MAX_PASSWORD_LENGTH, { error: `密码最多 ${MAX_PASSWORD_LENGTH} 位` }),
});

/**
 * The account `userId` when the 管理员 may manage it: it has a role in an office they administer, or no role
 * at all (as the 管理 page lists users). Refuses (AppError) a non-管理员, an unknown or foreign account (one
 * answer for both) and the 管理员's own account (`self`: what they may not do to it; null when they may).
 */
const manageableAccount = async (user: TSessionUser, userId: string, self: string | null) => {
  const managed = await requireAdministeredOfficeIds(user, "只有管理员可以管理用户。");
  const account = await findAccount(userId);
  const inScope =
    account && (account.memberships.length === 0 || account.memberships.some((m) => managed.has(m.officeId)));
  if (!account || !inScope) throw new AppError("NOT_FOUND", "用户不存在，或不在您管理的机关中。");
  if (account.id === user.id && self !== null) throw new AppError("INVALID", self);
  return account;
};

/**
 * 停用 / 启用 an account. `input`: `{ userId, disabled }`. A disabled account cannot sign in and its sessions
 * end at once. Refuses (CONFLICT) to 停用 the last active 审核人 of an office a report under review waits for.
 * Returns the account's name for the confirmation.
 */
export const setAccountDisabledFor = async (user: TSessionUser, input: unknown): Promise<string> => {
  const { userId, disabled } = parseInput(ZAccountState, input);
  const account = await manageableAccount(user, userId, "不能停用自己的账号。");
  // 停用 the last 审核人 a report waits for would leave it stuck like removing the role (D63).
  if (disabled)
    for (const membership of account.memberships)
      if (membership.role === "REVIEWER")
        await refuseLastAwaitedReviewer({ officeId: membership.officeId, userId: account.id }, "停用");
  await setAccountDisabled(account.id, disabled);
  return account.displayName;
};

/**
 * 重置密码: the 管理员 sets a temporary password (`input`: `{ userId, password }`, held to the password rules of
 * lib/auth/password.ts); the person must change it at the next sign-in, and every session of theirs ends.
 */
export const resetPasswordFor = async (user: TSessionUser, input: unknown): Promise<string> => {
  const { userId, password } = parseInput(ZResetPassword, input);
  const account = await manageableAccount(user, userId, "自己的密码请在“修改密码”中修改。");
  const problem = passwordProblem(password, account.username, account.displayName);
  if (problem) throw new AppError("INVALID", problem);
  await resetAccountPassword(account.id, await hashPassword(password));
  return account.displayName;
};

/**
 * 修改姓名 (D60): a 管理员 gives an account in their offices a new 姓名 (`input`: `{ userId, displayName }`, 2–50
 * characters, trimmed) — their own included. History rows and comments keep the name they were written with.
 * Returns the new name.
 */
export const renameUserFor = async (user: TSessionUser, input: unknown): Promise<string> => {
  const { userId, displayName } = parseInput(ZRenameUser, input);
  const account = await manageableAccount(user, userId, null);
  await renameAccount(account.id, displayName);
  return displayName;
};
