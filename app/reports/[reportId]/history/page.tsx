import { ReportHistory } from "@/components/report-history";
import { findLastSubmission, listReportEvents } from "@/lib/db/workflow";
import { diffReports } from "@/lib/report/diff";
import { loadReportPage } from "@/lib/services/report-page";
import { getTemplate } from "@/lib/template";

export const metadata = { title: "历史记录" };
export const dynamic = "force-dynamic";

export default async function ReportHistoryPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const { report } = await loadReportPage(reportId, `/reports/${reportId}/history`);
  const [events, submission] = await Promise.all([listReportEvents(report.id), findLastSubmission(report.id)]);
  const template = getTemplate(report.document.formatVersion);
  const diff = submission?.document ? diffReports(template, submission.document, report.document) : null;
  return (
    <ReportHistory
      reportId={report.id}
      title={`${report.officeName} ${report.year}年度`}
      events={events.map((e) => ({ id: e.id, action: e.action, actor: e.actor, at: e.createdAt.toISOString(), detail: summarize(e.detail) }))}
      submittedAt={submission?.at.toISOString() ?? null}
      diff={diff}
    />
  );
}

/** The part of an event's detail a person reads (never the whole document snapshot). */
const summarize = (detail: Record<string, unknown> | null): string => {
  if (!detail) return "";
  const parts: string[] = [];
  if (detail.from && detail.to) parts.push(`${detail.from} → ${detail.to}`);
  for (const key of ["comment", "note", "body", "reason", "target"] as const) if (detail[key]) parts.push(String(detail[key]));
  if (typeof detail.version === "number") parts.push(`第 ${detail.version} 版`);
  if (typeof detail.edition === "number") parts.push(`发布第 ${detail.edition} 版`);
  if (Array.isArray(detail.explanations) && detail.explanations.length) parts.push(`警告说明 ${detail.explanations.length} 条`);
  return parts.join("；");
};
