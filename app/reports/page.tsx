import AntdLayout from "@/components/antd-layout";
import { ReportList } from "@/components/reports/report-list";
import { requireUser } from "@/lib/auth/session";
import { listDeletedDraftsFor } from "@/lib/services/deleted-drafts";
import { listReportsFor } from "@/lib/services/list-reports";
import { fillerOfficesWithAliasesFor } from "@/lib/services/office-aliases";
import { creatableReportYears, currentReportYear } from "@/lib/workflow/report-year";

export const metadata = { title: "我的年报" };
export const dynamic = "force-dynamic";

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requireUser("/reports");
  const [rows, deletedDrafts] = await Promise.all([listReportsFor(user), listDeletedDraftsFor(user)]);
  // `?year=` (a 催报 to an office that has not started leads here) chooses the year to create.
  const asked = Number((await searchParams).year);
  const creatableYears = creatableReportYears();
  const defaultYear =
    Number.isInteger(asked) && asked >= creatableYears.first && asked <= creatableYears.last
      ? asked
      : currentReportYear();
  return (
    <AntdLayout>
      <ReportList
        rows={rows}
        fillerOffices={await fillerOfficesWithAliasesFor(user)}
        defaultYear={defaultYear}
        creatableYears={creatableYears}
        deletedDrafts={deletedDrafts}
      />
    </AntdLayout>
  );
}
