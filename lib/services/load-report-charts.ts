import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { reportCharts, type TChartData } from "@/lib/charts/report-charts";
import { listLatestPublicDocuments } from "@/lib/db/public-editions";
import { reportTitle } from "@/lib/report/title";

import { loadReportFor } from "./report-access";

/**
 * The 图解 of a report in the app (any status the user may see, a draft too): charts of its current tables,
 * compared with the office's published earlier years. AppError NOT_FOUND as `loadReportFor`.
 */
export const loadReportChartsFor = async (
  user: TSessionUser,
  reportId: string,
): Promise<{ reportId: string; title: string; charts: TChartData[] }> => {
  const report = await loadReportFor(user, reportId, "view");
  const history = (await listLatestPublicDocuments(report.officeId))
    .map((item) => item.document)
    .filter((doc) => doc.year < report.year);
  return {
    reportId: report.id,
    title: reportTitle(report.document),
    charts: reportCharts(report.document, history),
  };
};
