import { ReviewBoard } from "@/components/review-board";
import { requireUser } from "@/lib/auth/session";
import { listOfficeSubtrees } from "@/lib/db/offices";
import { listReportsOfOffices } from "@/lib/db/reports";
import { currentReportYear } from "@/lib/workflow/report-year";
import { countBySeverity, evaluateReport } from "@/lib/rules/evaluate";
import { reportDeadline } from "@/lib/workflow/deadlines";

export const metadata = { title: "审核台" };
export const dynamic = "force-dynamic";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requireUser("/review");
  const year = Number((await searchParams).year) || currentReportYear();
  const roots = user.memberships.filter((m) => m.role === "REVIEWER").map((m) => m.officeId);
  const offices = roots.length ? await listOfficeSubtrees(roots) : [];
  const reports = await listReportsOfOffices(offices.map((o) => o.id));
  const rows = offices.map((office) => {
    const report = reports.find((r) => r.officeId === office.id && r.year === year);
    return {
      officeId: office.id,
      officeName: office.name,
      reportId: report?.id ?? null,
      status: report?.status ?? null,
      counts: report ? countBySeverity(evaluateReport(report.document)) : null,
      updatedAt: report?.updatedAt.toISOString() ?? null,
      deadline: reportDeadline(year, office.parentId === null),
    };
  });
  return <ReviewBoard year={year} rows={rows} isReviewer={roots.length > 0} />;
}
