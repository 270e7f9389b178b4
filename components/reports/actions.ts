"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { actionFailure, runAction, type TActionResult } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { restoreDraftFor } from "@/lib/services/deleted-drafts";
import { createReportFor } from "@/lib/services/report-drafts";

const ZCreateReport = z.object({
  officeId: z.uuid({ error: "请选择机关" }),
  year: z.int({ error: "请选择年度" }),
});

/** The report that already exists for the office and year (`createReportFor` refuses with its id). */
const existingReportId = (error: unknown): string | undefined =>
  error instanceof AppError && error.code === "CONFLICT"
    ? (error.details as { id?: string } | undefined)?.id
    : undefined;

/** Creates the office's report for a year and opens it (or opens the one that exists); returns only when it fails. */
export async function createReportAction(input: {
  officeId: string;
  year: number;
}): Promise<TActionResult<never>> {
  let reportId: string;
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
    const { officeId, year } = ZCreateReport.parse(input);
    reportId = (await createReportFor(user, officeId, year)).id;
  } catch (error) {
    const existing = existingReportId(error);
    if (!existing) return actionFailure(error);
    reportId = existing;
  }
  redirect(`/reports/${reportId}`);
}

/** 恢复 of a deleted draft on 我的年报 (lib/services/deleted-drafts.ts); the page reloads its lists after. */
export async function restoreDraftAction(reportId: string): Promise<TActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
    return restoreDraftFor(user, reportId);
  });
}
