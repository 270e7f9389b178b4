import { notFound } from "next/navigation";

import { ReportPreview } from "@/components/report-preview";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { buildHtml } from "@/lib/export/html";
import { loadReportFor } from "@/lib/services/report-access";
import { getTemplate } from "@/lib/template";

export const metadata = { title: "预览年报" };
export const dynamic = "force-dynamic";

/** The report exactly as the HTML export publishes it. */
export default async function ReportPreviewPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/reports/${reportId}/preview`);
  const report = await loadReportFor(user, reportId, "view").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const html = buildHtml(getTemplate(report.document.formatVersion), report.document);
  return <ReportPreview reportId={report.id} title={`${report.officeName} ${report.year}年度`} html={html} />;
}
