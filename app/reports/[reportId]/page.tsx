import { ReportEditor } from "@/components/report-editor/report-editor";
import { canEditReport } from "@/lib/auth/permissions";
import { findReportByOfficeYear } from "@/lib/db/reports";
import { loadReportPage } from "@/lib/services/report-page";
import { loadWorkflowView } from "@/lib/services/workflow-view";

export const metadata = { title: "编辑年报" };
export const dynamic = "force-dynamic";

export default async function ReportEditorPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const { user, report } = await loadReportPage(reportId, `/reports/${reportId}`);
  const [lastYear, workflow] = await Promise.all([
    findReportByOfficeYear(report.officeId, report.year - 1),
    loadWorkflowView(user, report),
  ]);
  return (
    <ReportEditor
      key={`${report.id}:${report.status}`}
      reportId={report.id}
      officeName={report.officeName}
      status={report.status}
      version={report.version}
      updatedAt={report.updatedAt.toISOString()}
      document={report.document}
      lastYear={lastYear?.document ?? null}
      editable={canEditReport(user, report)}
      workflow={workflow}
    />
  );
}
