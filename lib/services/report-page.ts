import "server-only";

import { notFound } from "next/navigation";

import { requireUser } from "@/lib/auth/session";
import type { TStoredReport } from "@/lib/db/reports";
import type { TSessionUser } from "@/lib/db/users";
import { AppError } from "@/lib/errors";

import { loadReportFor } from "./report-access";

/** For report pages: the signed-in user (or the login page) and a report they may see (or 404). */
export const loadReportPage = async (reportId: string, returnTo: string): Promise<{ user: TSessionUser; report: TStoredReport }> => {
  const user = await requireUser(returnTo);
  const report = await loadReportFor(user, reportId, "view").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { user, report };
};
