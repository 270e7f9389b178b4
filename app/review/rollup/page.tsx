import { YearNotice } from "@/components/review/year-notice";
import { RollupView } from "@/components/rollup/rollup-view";
import { requireUser } from "@/lib/auth/session";
import { rollupOfficesOf } from "@/lib/auth/office-scopes";
import { loadRollupFor } from "@/lib/services/rollup";
import { orNotFoundEvenIfForbidden } from "@/lib/services/report-page";
import { pageYearOf } from "@/lib/workflow/report-year";

export const metadata = { title: "汇总" };
export const dynamic = "force-dynamic";

export default async function RollupPage({
  searchParams,
}: {
  searchParams: Promise<{ office?: string; year?: string }>;
}) {
  const query = await searchParams;
  const user = await requireUser("/review/rollup");
  const { year, notice } = pageYearOf(query.year);
  const officeId = query.office ?? rollupOfficesOf(user)[0]?.id ?? "";
  // Another office's roll-up is not revealed: a stranger sees the 404 page.
  const view = await orNotFoundEvenIfForbidden(loadRollupFor(user, officeId, year));
  return (
    <>
      <YearNotice notice={notice} />
      <RollupView view={view} />
    </>
  );
}
