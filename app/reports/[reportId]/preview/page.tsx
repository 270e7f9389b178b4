import { NavSection } from "@/components/nav-section";
import { ReportPreview } from "@/components/report-preview";
import { buildHtml } from "@/lib/export/html";
import { countBySeverity, evaluateReport } from "@/lib/rules/evaluate";
import { hasImportSource } from "@/lib/services/load-import-source";
import { latestEditionOf } from "@/lib/services/load-published-file";
import { loadReportPage } from "@/lib/services/report-page";
import { reportNavSection } from "@/lib/site/navigation";
import { getTemplate } from "@/lib/template";

export const metadata = { title: "预览年报" };
export const dynamic = "force-dynamic";

/** The report exactly as the HTML export publishes it. */
export default async function ReportPreviewPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const { user, report } = await loadReportPage(reportId, `/reports/${reportId}/preview`);
  const html = buildHtml(getTemplate(report.document.formatVersion), report.document, {
    status: report.status === "PUBLISHED" ? "published" : "draft",
  });
  const errorCount = countBySeverity(evaluateReport(report.document)).error;
  const imported = await hasImportSource(report);
  const publishedEdition = report.status === "PUBLISHED" ? await latestEditionOf(report) : undefined;
  return (
    <>
      <NavSection href={reportNavSection(user, report.officeId)} />
      <ReportPreview
        reportId={report.id}
        title={`${report.officeName} ${report.year}年度`}
        html={html}
        errorCount={errorCount}
        imported={imported}
        publishedEdition={publishedEdition}
      />
    </>
  );
}
