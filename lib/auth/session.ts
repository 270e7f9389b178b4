import "server-only";

import { randomBytes } from "node:crypto";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { settleLoginSuccess, takeLoginAttempt } from "@/lib/db/login-throttle";
import {
  createSessionRecord,
  deleteSessionRecord,
  findSessionUser,
  findUserForLogin,
  updatePasswordHash,
} from "@/lib/db/users";

import { CLIENT_ADDRESS_HEADER } from "./client-address";
import {
  LOGIN_WINDOW_MINUTES,
  loginSuccessKeys,
  loginThrottleKeys,
  throttledMessage,
} from "./login-throttle";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import { safeNextPath } from "./safe-next-path";
import { actingUserFor, SESSION_COOKIE } from "./session-user";
import type { TSessionUser } from "./types";

/**
 * Sessions stored in the database: a random 256-bit token in an httpOnly cookie, only its SHA-256 in the
 * database. Sessions expire after SESSION_HOURS; logging out deletes the record.
 */

export { MUST_CHANGE_PASSWORD_MESSAGE, SESSION_COOKIE } from "./session-user";
const SESSION_HOURS = Number(process.env.SESSION_HOURS ?? 12);

export type TLoginResult = { ok: true } | { ok: false; message: string };

/** The requesting client's address (./client-address.ts), "unknown" when the server did not give one. */
const requestAddress = async (): Promise<string> =>
  (await headers()).get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || "unknown";

/**
 * Checks a user name and password and, when they match, starts a session (cookie). Each attempt first takes
 * a place in the login throttle (./login-throttle.ts; atomic, shared by every instance), so a refused attempt
 * never reaches the password check. A hash from an earlier scheme (bcrypt) is replaced after a correct
 * password. `address`: for tests; the request's client address otherwise.
 */
export const login = async (username: string, password: string, address?: string): Promise<TLoginResult> => {
  const name = username.trim();
  const ip = address ?? (await requestAddress());
  const decision = await takeLoginAttempt(loginThrottleKeys(name, ip), LOGIN_WINDOW_MINUTES * 60);
  if (!decision.allowed) return { ok: false, message: throttledMessage(decision.retryAfterSeconds) };
  const user = await findUserForLogin(name);
  const { ok, needsRehash } = await verifyPassword(
    password,
    user?.passwordHash ?? (await dummyPasswordHash()),
  );
  if (!user || !ok) return { ok: false, message: "用户名或密码不正确。" };
  if (user.disabledAt) return { ok: false, message: "该账号已停用，请联系管理员。" };
  const settle = loginSuccessKeys(name, ip);
  await settleLoginSuccess(settle.forget, settle.refund);
  if (needsRehash) await updatePasswordHash(user.id, user.passwordHash, await hashPassword(password));
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await createSessionRecord(user.id, token, expiresAt);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.COOKIE_SECURE === "1",
    path: "/",
    expires: expiresAt,
  });
  return { ok: true };
};

export const logout = async (): Promise<void> => {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteSessionRecord(token);
  store.delete(SESSION_COOKIE);
};

/**
 * The signed-in user as the session cookie names them, null when nobody is signed in — whether or not they must
 * still change their password. Only for what a person must reach before changing it: pages (through
 * `requireUser`, which sends them to 修改密码), the layout, 修改密码 itself, sign-in/out and /api/health.
 */
export const findSignedInUser = async (): Promise<TSessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? sessionUserOf(token) : null;
};

/**
 * One session lookup per page render: the root layout (header) and the page both ask for the user, and React's
 * `cache` gives the second the first's answer (issue 17: the editor's time to first byte). Outside a render (server
 * actions, route handlers) `cache` does not memoise, so every action reads the session afresh.
 */
const sessionUserOf = cache((token: string) => findSessionUser(token));

/**
 * For route handlers and server actions (the one place they resolve the session): the signed-in user, null when
 * nobody is signed in. Throws AppError FORBIDDEN (403, `MUST_CHANGE_PASSWORD_MESSAGE`) while the user must still
 * change a password a 管理员 set (D48, D56), so no route or action can act for such an account.
 */
export const getCurrentUser = async (): Promise<TSessionUser | null> =>
  actingUserFor((await cookies()).get(SESSION_COOKIE)?.value);

/**
 * For pages: the signed-in user, or a redirect to the login page that comes back here afterwards. A person whose
 * password was set by a 管理员 goes to 修改密码 first (`/account?next=…`), and then on to `returnTo`.
 */
export const requireUser = async (returnTo: string): Promise<TSessionUser> => {
  const user = await findSignedInUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(safeNextPath(returnTo))}`);
  if (user.mustChangePassword && !returnTo.startsWith("/account"))
    redirect(`/account?next=${encodeURIComponent(safeNextPath(returnTo))}`);
  return user;
};
