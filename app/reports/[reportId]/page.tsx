import { NavSection } from "@/components/nav-section";
import { ReportEditor } from "@/components/report-editor/report-editor";
import { isReviewer } from "@/lib/auth/office-scopes";
import { isFillerOf } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { loadReportEditorFor } from "@/lib/services/load-report-editor";
import { orNotFound } from "@/lib/services/report-page";
import { reportNavSection } from "@/lib/site/navigation";

export const metadata = { title: "编辑年报" };
export const dynamic = "force-dynamic";

export default async function ReportEditorPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/reports/${reportId}`);
  const { report, lastYear, editable, workflow, cellSources } = await orNotFound(
    loadReportEditorFor(user, reportId),
  );
  return (
    <>
      <NavSection href={reportNavSection(user, report.officeId)} />
      <ReportEditor
        key={`${report.id}:${report.status}`}
        reportId={report.id}
        officeName={report.officeName}
        status={report.status}
        version={report.version}
        updatedAt={report.updatedAt.toISOString()}
        document={report.document}
        lastYear={lastYear}
        editable={editable}
        viewer={isFillerOf(user, report.officeId) ? "filler" : isReviewer(user) ? "reviewer" : "other"}
        workflow={workflow}
        cellSources={cellSources}
      />
    </>
  );
}
