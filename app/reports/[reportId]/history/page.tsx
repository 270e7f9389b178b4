import { NavSection } from "@/components/nav-section";
import { ReportHistory } from "@/components/report-history";
import { canEditReport } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { loadReportHistoryFor } from "@/lib/services/load-report-history";
import { orNotFound } from "@/lib/services/report-page";
import { reportNavSection } from "@/lib/site/navigation";
import { getTemplate } from "@/lib/template";
import { eventLabel, summarizeEvent } from "@/lib/workflow/event-summary";

export const metadata = { title: "历史记录" };
export const dynamic = "force-dynamic";

export default async function ReportHistoryPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/reports/${reportId}/history`);
  const { report, events, commentTargets, baseline, sections } = await orNotFound(
    loadReportHistoryFor(user, reportId),
  );
  const template = getTemplate(report.document.formatVersion);
  // 撤销导入 on an import into the draft (not on an undo), while the user may still edit it.
  const undoable = (e: (typeof events)[number]) =>
    canEditReport(user, report) &&
    e.event.action === "save" &&
    Boolean(e.event.detail.import && !e.event.detail.import.undoOf);
  return (
    <>
      <NavSection href={reportNavSection(user, report.officeId)} />
      <ReportHistory
        reportId={report.id}
        title={`${report.officeName} ${report.year}年度`}
        events={events.map((e) => ({
          id: e.id,
          actor: e.actor,
          at: e.createdAt.toISOString(),
          ...(e.lastAt ? { until: e.lastAt.toISOString() } : {}),
          label: eventLabel(e.event),
          summary: summarizeEvent(e.event, template, commentTargets),
          ...(undoable(e) ? { undo: { version: report.version } } : {}),
        }))}
        baseline={
          baseline && {
            submittedAt: baseline.submittedAt.toISOString(),
            reviewed: baseline.reviewed && { ...baseline.reviewed, at: baseline.reviewed.at.toISOString() },
          }
        }
        sections={sections}
      />
    </>
  );
}
