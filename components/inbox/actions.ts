"use server";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { markReadFor, setNotificationEmailFor } from "@/lib/services/inbox";

const signedIn = async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};

/** Marks messages read: a list of ids, or `"all"`. */
export async function markReadAction(ids: string[] | "all"): Promise<TActionResult<number>> {
  return runAction(async () => markReadFor(await signedIn(), ids));
}

/** Sets the address for e-mail copies of messages ("" clears it). */
export async function setNotificationEmailAction(email: string): Promise<TActionResult<string | null>> {
  return runAction(async () => setNotificationEmailFor(await signedIn(), email));
}
