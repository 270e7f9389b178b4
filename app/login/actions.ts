"use server";

import { redirect } from "next/navigation";

import { login, logout } from "@/lib/auth/session";
import { ZLoginForm } from "@/lib/auth/login-form";

export type TLoginState = { message: string } | null;

const safeNext = (next: unknown): string =>
  typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/reports";

export async function loginAction(input: { username: string; password: string; next?: string }): Promise<TLoginState> {
  const parsed = ZLoginForm.safeParse(input);
  if (!parsed.success) return { message: "请输入用户名和密码。" };
  const result = await login(parsed.data.username, parsed.data.password);
  if (!result.ok) return { message: result.message };
  redirect(safeNext(input.next));
}

export async function logoutAction(): Promise<void> {
  await logout();
  redirect("/login");
}
