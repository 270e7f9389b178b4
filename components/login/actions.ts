"use server";

import { redirect } from "next/navigation";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { findSignedInUser, login, logout } from "@/lib/auth/session";
import { ZLoginForm } from "@/lib/auth/login-form";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { AppError } from "@/lib/errors";
import { landingPathFor } from "@/lib/site/navigation";

/**
 * Signs in and redirects to `next` (a path of this site) or the user's landing page (`landingPathFor`), by way of
 * 修改密码 when the password must be changed first; returns only when it fails.
 */
export async function loginAction(input: {
  username: string;
  password: string;
  next?: string;
}): Promise<TActionResult<never>> {
  return runAction(async () => {
    const parsed = ZLoginForm.safeParse(input);
    if (!parsed.success) throw new AppError("INVALID", "请输入用户名和密码。");
    const result = await login(parsed.data.username, parsed.data.password);
    if (!result.ok) throw new AppError("UNAUTHENTICATED", result.message);
    // The session cookie set above is readable in the same action: land where this user's role works. A
    // password set by a 管理员 is changed first: straight to 修改密码 (no page of the app shown empty on the way).
    const user = await findSignedInUser();
    const destination = input.next ? safeNextPath(input.next, "/reports") : landingPathFor(user);
    if (user?.mustChangePassword) redirect(`/account?next=${encodeURIComponent(destination)}`);
    redirect(destination);
  });
}

/** A form action (the header's 退出 button): ends the session and goes to the login page. */
export async function logoutAction(): Promise<void> {
  await logout();
  redirect("/login");
}
