import "server-only";

import { findSessionUser } from "@/lib/db/users";
import { AppError } from "@/lib/errors";

import type { TSessionUser } from "./types";

/**
 * The one resolution of a session token to the user who may act (route handlers, server actions and the
 * custom server's save path, D68). Where the token comes from (Next's `cookies()`, a Cookie header) is the
 * caller's part.
 */

/** The session cookie's name (./session.ts sets it at sign-in). */
export const SESSION_COOKIE = "nbt_session";

/** The refusal of every route handler and server action while a password a 管理员 set is unchanged (D56). */
export const MUST_CHANGE_PASSWORD_MESSAGE = "请先修改管理员设置的初始密码，再进行其他操作。";

/**
 * The user of a live session `token` (lib/db/users `findSessionUser`: not expired, account not disabled), null
 * when there is no token or no such session. Throws AppError FORBIDDEN (403, `MUST_CHANGE_PASSWORD_MESSAGE`)
 * while the user must still change a password a 管理员 set (D48, D56), so nothing can act for such an account.
 */
export const actingUserFor = async (token: string | undefined): Promise<TSessionUser | null> => {
  const user = token ? await findSessionUser(token) : null;
  if (user?.mustChangePassword) throw new AppError("FORBIDDEN", MUST_CHANGE_PASSWORD_MESSAGE);
  return user;
};

/** `actingUserFor`, for what needs a signed-in user: AppError UNAUTHENTICATED (401) when there is none. */
export const requireActingUser = async (token: string | undefined): Promise<TSessionUser> => {
  const user = await actingUserFor(token);
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};
