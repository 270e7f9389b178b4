import "server-only";

import { notFound } from "next/navigation";

import { requireUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/types";
import type { TStoredReport } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";

import { loadReportFor } from "./report-access";

/** For report pages: what a service loaded, or the 404 page when it answered NOT_FOUND (other errors pass). */
export const orNotFound = <T>(loading: Promise<T>): Promise<T> =>
  loading.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });

/**
 * For pages that do not reveal what a user may not see (another office's 汇总 or 图解, the 批量导入): NOT_FOUND
 * and FORBIDDEN are both the 404 page (other errors pass).
 */
export const orNotFoundEvenIfForbidden = <T>(loading: Promise<T>): Promise<T> =>
  loading.catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });

/** For report pages: the signed-in user (or the login page) and a report they may see (or 404). */
export const loadReportPage = async (
  reportId: string,
  returnTo: string,
): Promise<{ user: TSessionUser; report: TStoredReport }> => {
  const user = await requireUser(returnTo);
  const report = await orNotFound(loadReportFor(user, reportId, "view"));
  return { user, report };
};
