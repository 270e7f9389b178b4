import "server-only";

import { canEditReport, canViewReport, EDITABLE_STATUSES, isFillerOf } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { getReport, getReportHead, type TReportHead, type TStoredReport } from "@/lib/db/reports";
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

/**
 * The head of a report the user may edit (its document not read), for the draft save: one query when the user is
 * the office's 填报人 and the report a 草稿 or 已退回 draft that is not deleted. Anything else goes through
 * `loadReportFor(…, "edit")`, which refuses with the same errors as everywhere (NOT_FOUND, READ_ONLY, FORBIDDEN);
 * should the report have become editable meanwhile, its head is answered from that load.
 */
export const loadEditableHeadFor = async (user: TSessionUser, reportId: string): Promise<TReportHead> => {
  const head = await getReportHead(reportId);
  if (head && !head.deleted && isEditableBy(user, head)) return head;
  const report = await loadReportFor(user, reportId, "edit");
  const { id, officeId, year, status, version } = report;
  return {
    id,
    officeId,
    year,
    formatVersion: report.document.formatVersion,
    status,
    version,
    deleted: false,
    rollup: Boolean(report.document.rollup),
  };
};

const isEditableBy = (user: TSessionUser, head: TReportHead): boolean =>
  isFillerOf(user, head.officeId) && (EDITABLE_STATUSES as readonly string[]).includes(head.status);
