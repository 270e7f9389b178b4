import "server-only";

import { memberOfficeIds } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listReportsOfOffices } from "@/lib/db/reports";
import type { TReportListRow } from "@/lib/report/list-row";
import { countBySeverity, evaluateReport } from "@/lib/rules/evaluate";
import { progressSummary } from "@/lib/rules/progress";

/**
 * 我的年报: the reports of every office where the user has a role (lib/auth/office-scopes.ts), newest year
 * first, then by office name; each with its current rule findings counted.
 */
export const listReportsFor = async (user: TSessionUser): Promise<TReportListRow[]> => {
  const reports = await listReportsOfOffices(memberOfficeIds(user));
  return reports.map((report) => {
    const findings = evaluateReport(report.document);
    return {
      id: report.id,
      officeName: report.officeName,
      year: report.year,
      formatVersion: report.formatVersion,
      status: report.status,
      ...(report.status === "PUBLISHED" && report.document.source?.kind === "import"
        ? { imported: true }
        : {}),
      updatedAt: report.updatedAt.toISOString(),
      counts: countBySeverity(findings),
      progress: progressSummary(report.document, findings),
    };
  });
};
