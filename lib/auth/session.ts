import "server-only";

import { randomBytes } from "node:crypto";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import {
  clearLoginFailures,
  countRecentLoginFailures,
  createSessionRecord,
  deleteSessionRecord,
  findSessionUser,
  findUserForLogin,
  recordLoginFailure,
  type TSessionUser,
} from "@/lib/db/users";

import { DUMMY_HASH, verifyPassword } from "./password";

/**
 * Sessions stored in the database: a random 256-bit token in an httpOnly cookie, only its SHA-256 in the
 * database. Sessions expire after SESSION_HOURS; logging out deletes the record.
 */

export const SESSION_COOKIE = "nbt_session";
const SESSION_HOURS = Number(process.env.SESSION_HOURS ?? 12);
export const MAX_LOGIN_FAILURES = 5;
export const LOGIN_LOCK_MINUTES = 15;

export type TLoginResult = { ok: true } | { ok: false; message: string };

export const login = async (username: string, password: string): Promise<TLoginResult> => {
  const name = username.trim();
  const since = new Date(Date.now() - LOGIN_LOCK_MINUTES * 60_000);
  if ((await countRecentLoginFailures(name, since)) >= MAX_LOGIN_FAILURES) {
    return { ok: false, message: `登录失败次数过多，请 ${LOGIN_LOCK_MINUTES} 分钟后再试。` };
  }
  const user = await findUserForLogin(name);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) {
    await recordLoginFailure(name);
    return { ok: false, message: "用户名或密码不正确。" };
  }
  await clearLoginFailures(name);
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

export const getCurrentUser = async (): Promise<TSessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findSessionUser(token) : null;
};

/** For pages: the signed-in user, or a redirect to the login page that comes back here afterwards. */
export const requireUser = async (returnTo: string): Promise<TSessionUser> => {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
};
