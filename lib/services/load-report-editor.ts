import "server-only";

import { canEditReport } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { findReportByOfficeYear, type TStoredReport } from "@/lib/db/reports";
import type { TReportDocument } from "@/lib/report/schema";

import { loadReportFor } from "./report-access";
import { loadWorkflowView, type TWorkflowView } from "./workflow-view";

export interface TReportEditorData {
  report: TStoredReport;
  /** The office's report of the year before, for comparisons and rules; null when there is none. */
  lastYear: TReportDocument | null;
  /** Whether the user may change it now (lib/auth/permissions.ts `canEditReport`). */
  editable: boolean;
  workflow: TWorkflowView;
}

/** The editor page of a report the user may see (else AppError NOT_FOUND): report, last year, review state. */
export const loadReportEditorFor = async (
  user: TSessionUser,
  reportId: string,
): Promise<TReportEditorData> => {
  const report = await loadReportFor(user, reportId, "view");
  const [lastYear, workflow] = await Promise.all([
    findReportByOfficeYear(report.officeId, report.year - 1),
    loadWorkflowView(user, report),
  ]);
  return { report, lastYear: lastYear?.document ?? null, editable: canEditReport(user, report), workflow };
};
