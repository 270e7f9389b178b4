import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { chartsForPrint } from "@/lib/charts/report-charts";
import { listLatestPublicDocuments } from "@/lib/db/public-editions";
import { buildDocx } from "@/lib/export/docx";
import { exportFileName } from "@/lib/export/format";
import { buildHtml } from "@/lib/export/html";
import type { TExportEdition } from "@/lib/export/publishable";
import { reportTitle } from "@/lib/report/title";
import { getTemplate } from "@/lib/template";

import { latestEditionOf } from "./load-published-file";
import { loadReportFor } from "./report-access";

export type TExportFormat = "docx" | "html";

/**
 * The live export of a report the user may see: the .docx or .html of its current document under the official
 * file name. Only a 已发布 report exports without the 草稿 mark (issue 12). `withCharts` adds 附：图解, the charts
 * compared with the office's published earlier years (issue 18). AppError NOT_FOUND as `loadReportFor`.
 * A 已发布 report with a frozen edition has one download path (D60): the answer is `{ publishedEdition }`, the
 * edition in force, whose frozen file the caller serves instead; a 已发布（导入） report has none and is exported.
 */
export const exportReportFor = async (
  user: TSessionUser,
  reportId: string,
  format: TExportFormat,
  withCharts: boolean,
): Promise<{ fileName: string; body: Uint8Array<ArrayBuffer> | string } | { publishedEdition: number }> => {
  const report = await loadReportFor(user, reportId, "view");
  const publishedEdition = report.status === "PUBLISHED" ? await latestEditionOf(report) : undefined;
  if (publishedEdition) return { publishedEdition };
  const template = getTemplate(report.document.formatVersion);
  const history = withCharts
    ? (await listLatestPublicDocuments(report.officeId))
        .map((item) => item.document)
        .filter((doc) => doc.year < report.year)
    : [];
  const edition: TExportEdition = {
    status: report.status === "PUBLISHED" ? "published" : "draft",
    ...(withCharts ? { charts: chartsForPrint(report.document, history) } : {}),
  };
  const body =
    format === "docx"
      ? new Uint8Array(await buildDocx(template, report.document, edition))
      : buildHtml(template, report.document, edition);
  return { fileName: exportFileName(reportTitle(report.document), format), body };
};
