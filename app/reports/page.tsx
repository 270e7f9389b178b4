import { ReportList } from "@/components/report-list";
import { requireUser } from "@/lib/auth/session";
import { currentReportYear } from "@/lib/workflow/report-year";
import { listReportsOfOffices } from "@/lib/db/reports";
import { countBySeverity, evaluateReport } from "@/lib/rules/evaluate";

export const metadata = { title: "我的年报" };
export const dynamic = "force-dynamic";

export default async function ReportsPage() {
  const user = await requireUser("/reports");
  const officeIds = [...new Set(user.memberships.map((m) => m.officeId))];
  const reports = await listReportsOfOffices(officeIds);
  const rows = reports.map((report) => ({
    id: report.id,
    officeName: report.officeName,
    year: report.year,
    formatVersion: report.formatVersion,
    status: report.status,
    updatedAt: report.updatedAt.toISOString(),
    counts: countBySeverity(evaluateReport(report.document)),
  }));
  const fillerOffices = user.memberships.filter((m) => m.role === "FILLER").map((m) => ({ id: m.officeId, name: m.officeName }));
  return <ReportList rows={rows} fillerOffices={fillerOffices} defaultYear={currentReportYear()} />;
}
