"use server";

import { cookies } from "next/headers";

import { ZChangePassword } from "@/lib/admin/schemas";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { getCurrentUser, SESSION_COOKIE } from "@/lib/auth/session";
import { getPasswordHash, updatePassword } from "@/lib/db/admin";
import { hashToken } from "@/lib/db/users";

export async function changePasswordAction(input: unknown): Promise<{ ok: boolean; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "登录已过期，请重新登录。" };
  const parsed = ZChangePassword.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "参数无效" };
  const hash = await getPasswordHash(user.id);
  if (!hash || !(await verifyPassword(parsed.data.current, hash))) return { ok: false, message: "当前密码不正确。" };
  const problem = passwordProblem(parsed.data.next, user.username);
  if (problem) return { ok: false, message: problem };
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  await updatePassword(user.id, await hashPassword(parsed.data.next), token ? hashToken(token) : null);
  return { ok: true, message: "密码已修改；其他设备上的登录已退出。" };
}
