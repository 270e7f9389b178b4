import { YearNotice } from "@/components/review/year-notice";
import { OnTimeReport } from "@/components/supervision/on-time-report";
import { requireUser } from "@/lib/auth/session";
import { loadOnTimeReportFor } from "@/lib/services/load-on-time-report";
import { orNotFound } from "@/lib/services/report-page";
import { pageYearOf } from "@/lib/workflow/report-year";

export const metadata = { title: "按时公布情况" };
export const dynamic = "force-dynamic";

export default async function OnTimePage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; region?: string }>;
}) {
  const user = await requireUser("/review/on-time");
  const params = await searchParams;
  const { year, notice } = pageYearOf(params.year);
  const page = await orNotFound(loadOnTimeReportFor(user, year, params.region || null));
  return (
    <>
      <YearNotice notice={notice} />
      <OnTimeReport page={page} />
    </>
  );
}
