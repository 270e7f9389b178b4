"use server";

import { z } from "zod";

import { runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { makeRollupFor } from "@/lib/services/rollup";
import { overrideRollupCellFor } from "@/lib/services/rollup-override";

const requireSignedIn = async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};

const ZMakeRollup = z.object({
  officeId: z.string().max(100),
  year: z.int({ error: "请选择年度" }),
  officeIds: z.array(z.string().max(100)).max(10_000).optional(),
  baseVersion: z.int().optional(),
});

/** 生成汇总 / 刷新 (lib/services/rollup.ts `makeRollupFor`). */
export async function makeRollupAction(
  input: z.input<typeof ZMakeRollup>,
): Promise<TActionResult<{ reportId: string; version: number }>> {
  return runAction(async () => makeRollupFor(await requireSignedIn(), ZMakeRollup.parse(input)));
}

const ZOverride = z.object({
  officeId: z.string().max(100),
  year: z.int(),
  cellId: z.string().max(100),
  value: z.number().nullable(),
  reason: z.string().max(2000, { error: "理由不能超过 2000 个字符" }),
  baseVersion: z.int(),
});

/** 调整 one summed cell with a written reason (`overrideRollupCellFor`). */
export async function overrideRollupCellAction(
  input: z.input<typeof ZOverride>,
): Promise<TActionResult<{ version: number }>> {
  return runAction(async () => overrideRollupCellFor(await requireSignedIn(), ZOverride.parse(input)));
}
