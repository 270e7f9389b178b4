import "server-only";

import { canEditReport } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { findReportByOfficeYear, type TStoredReport } from "@/lib/db/reports";
import type { TCellSource } from "@/lib/import/cell-source";
import type { TReportDocument } from "@/lib/report/schema";

import { loadCellSources } from "./load-cell-sources";

import { loadReportFor } from "./report-access";
import { loadWorkflowView, type TWorkflowView } from "./workflow-view";

export interface TReportEditorData {
  report: TStoredReport;
  /** The office's report of the year before, for comparisons and rules; null when there is none. */
  lastYear: TReportDocument | null;
  /** Whether the user may change it now (lib/auth/permissions.ts `canEditReport`). */
  editable: boolean;
  workflow: TWorkflowView;
  /** Where imported cells came from (lib/import/cell-source.ts); empty when nothing was imported. */
  cellSources: Record<string, TCellSource>;
}

/** The editor page of a report the user may see (else AppError NOT_FOUND): report, last year, review state. */
export const loadReportEditorFor = async (
  user: TSessionUser,
  reportId: string,
): Promise<TReportEditorData> => {
  const report = await loadReportFor(user, reportId, "view");
  const [lastYear, workflow, cellSources] = await Promise.all([
    findReportByOfficeYear(report.officeId, report.year - 1),
    loadWorkflowView(user, report),
    loadCellSources(report),
  ]);
  const editable = canEditReport(user, report);
  return { report, lastYear: lastYear?.document ?? null, editable, workflow, cellSources };
};
