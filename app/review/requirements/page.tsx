import { YearNotice } from "@/components/review/year-notice";
import { RequirementsForm } from "@/components/supervision/requirements-form";
import { requireUser } from "@/lib/auth/session";
import { loadRequirementsPageFor } from "@/lib/services/local-requirements";
import { formatVersionForYear, getTemplate } from "@/lib/template";
import { pageYearOf } from "@/lib/workflow/report-year";

export const metadata = { title: "本地要求" };
export const dynamic = "force-dynamic";

export default async function RequirementsPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  const user = await requireUser("/review/requirements");
  const { year, notice } = pageYearOf((await searchParams).year);
  const sections = getTemplate(formatVersionForYear(year))
    .sections.filter((s) => s.kind === "narrative")
    .map((s) => ({ id: s.id, heading: s.heading }));
  return (
    <>
      <YearNotice notice={notice} />
      <RequirementsForm page={await loadRequirementsPageFor(user, year)} sections={sections} />
    </>
  );
}
