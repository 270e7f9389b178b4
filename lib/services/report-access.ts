import "server-only";

import { canEditReport, canViewReport, isFillerOf } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { getReport, type TStoredReport } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";

/**
 * Loads a report for a user, or fails the way a stranger should see it: a report of an office the user
 * has no role in is "not found" (its existence is not revealed); one the user may see but not change is
 * read-only.
 */
export const loadReportFor = async (
  user: TSessionUser,
  reportId: string,
  need: "view" | "edit",
): Promise<TStoredReport> => {
  const report = await getReport(reportId);
  if (!report || !canViewReport(user, report))
    throw new AppError("NOT_FOUND", "年报不存在，或您没有查看权限。");
  if (need === "edit" && !canEditReport(user, report)) {
    throw isFillerOf(user, report.officeId)
      ? new AppError("READ_ONLY", "该年报已提交或已发布，不能再修改。")
      : new AppError("FORBIDDEN", "只有本机关的填报人可以修改该年报。");
  }
  return report;
};
