"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { createReportFor } from "@/lib/services/report-drafts";

const ZCreateReport = z.object({ officeId: z.uuid({ error: "请选择机关" }), year: z.int({ error: "请选择年度" }) });

export async function createReportAction(input: { officeId: string; year: number }): Promise<{ message: string }> {
  const user = await getCurrentUser();
  if (!user) return { message: "登录已过期，请重新登录。" };
  const parsed = ZCreateReport.safeParse(input);
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "参数无效" };
  let id: string;
  try {
    ({ id } = await createReportFor(user, parsed.data.officeId, parsed.data.year));
  } catch (error) {
    if (error instanceof AppError) {
      const existing = (error.details as { id?: string } | undefined)?.id;
      if (existing) redirect(`/reports/${existing}`);
      return { message: error.message };
    }
    throw error;
  }
  redirect(`/reports/${id}`);
}
