"use server";

import { revalidatePath } from "next/cache";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { saveApprovalChainFor } from "@/lib/services/approval-chains";
import { saveRequirementsFor } from "@/lib/services/local-requirements";

/** Actions of the supervising office's pages; each confirms success with a Chinese message. */
type TResult = TActionResult<{ message: string }>;

const signedIn = async (): Promise<TSessionUser> => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};

/** Sets an office's approval chain (`chain: null`: back to the default single level). */
export async function saveApprovalChainAction(officeId: string, chain: unknown): Promise<TResult> {
  return runAction(async () => {
    await saveApprovalChainFor(await signedIn(), officeId, { chain });
    revalidatePath("/review/approval");
    return { message: chain === null ? "已恢复默认的一级审核。" : "审核流程已保存，自下次提交起适用。" };
  });
}

/** Saves the 本地要求 an office sets for the offices below it for a year (all or nothing). */
export async function saveRequirementsAction(
  officeId: string,
  year: number,
  data: unknown,
): Promise<TResult> {
  return runAction(async () => {
    await saveRequirementsFor(await signedIn(), officeId, year, data);
    revalidatePath("/review/requirements");
    return { message: `${year}年度本地要求已保存。` };
  });
}
