import { redirect } from "next/navigation";

import { RegionChartsView } from "@/components/review/region-charts-view";
import { YearNotice } from "@/components/review/year-notice";
import { isReviewer, rollupOfficesOf } from "@/lib/auth/office-scopes";
import { requireUser } from "@/lib/auth/session";
import { loadRegionChartsFor } from "@/lib/services/load-region-charts";
import { orNotFoundEvenIfForbidden } from "@/lib/services/report-page";
import { pageYearOf } from "@/lib/workflow/report-year";

export const metadata = { title: "图解（审核台）" };
export const dynamic = "force-dynamic";

/**
 * 图解 of a region for its 审核人 (`?office=&year=&scope=approved`): somebody who reviews nothing is sent to the
 * 审核台 (which says so); another office's 图解 is not revealed (the 404 page), as for the 汇总.
 */
export default async function RegionChartsPage({
  searchParams,
}: {
  searchParams: Promise<{ office?: string; year?: string; scope?: string }>;
}) {
  const query = await searchParams;
  const user = await requireUser("/review/tujie");
  if (!isReviewer(user)) redirect("/review");
  const { year, notice } = pageYearOf(query.year);
  const officeId = query.office ?? rollupOfficesOf(user)[0]?.id ?? "";
  const view = await orNotFoundEvenIfForbidden(
    loadRegionChartsFor(user, officeId, year, { includeSubmitted: query.scope !== "approved" }),
  );
  return (
    <>
      <YearNotice notice={notice} />
      <RegionChartsView view={view} />
    </>
  );
}
