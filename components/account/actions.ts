"use server";

import { cookies } from "next/headers";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { findSignedInUser, SESSION_COOKIE } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { changePasswordFor } from "@/lib/services/change-password";

/** Changes the signed-in user's password and signs out their other sessions; `data.message` confirms it. */
export async function changePasswordAction(input: unknown): Promise<TActionResult<{ message: string }>> {
  return runAction(async () => {
    const user = await findSignedInUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
    await changePasswordFor(user, input, (await cookies()).get(SESSION_COOKIE)?.value ?? null);
    return { message: "密码已修改；其他设备上的登录已退出。" };
  });
}
