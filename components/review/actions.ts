"use server";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { sendRemindersFor, type TSendRemindersResult } from "@/lib/services/send-reminders";

/** 催报 for the chosen offices (`{ year, officeIds, note? }`); checked and recorded by `sendRemindersFor`. */
export async function sendRemindersAction(input: {
  year: number;
  officeIds: string[];
  note?: string;
}): Promise<TActionResult<TSendRemindersResult>> {
  return runAction(async () => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
    return sendRemindersFor(user, input);
  });
}
