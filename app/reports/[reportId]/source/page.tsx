import { ImportSourceView } from "@/components/reports/import-source-view";
import { requireUser } from "@/lib/auth/session";
import { loadImportSourceFor } from "@/lib/services/load-import-source";
import { orNotFound } from "@/lib/services/report-page";

export const metadata = { title: "导入原件" };
export const dynamic = "force-dynamic";

/** The original an imported report was read from, and where each table value came from (issue 11). */
export default async function ImportSourcePage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/reports/${reportId}/source`);
  return <ImportSourceView page={await orNotFound(loadImportSourceFor(user, reportId))} />;
}
