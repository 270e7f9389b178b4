import { AliasEditor } from "@/components/import-batch/alias-editor";
import { BatchImport } from "@/components/import-batch/batch-import";
import { requireUser } from "@/lib/auth/session";
import { loadBatchImportFor } from "@/lib/services/import-batch";
import { orNotFoundEvenIfForbidden } from "@/lib/services/report-page";

export const metadata = { title: "批量导入" };
export const dynamic = "force-dynamic";

export default async function BatchImportPage() {
  const user = await requireUser("/review/import");
  // Only a 审核人 has offices to import for; everybody else sees the 404 page.
  const context = await orNotFoundEvenIfForbidden(loadBatchImportFor(user));
  return (
    <>
      <BatchImport context={context} />
      <div style={{ marginTop: 24 }}>
        <AliasEditor offices={context.offices} />
      </div>
    </>
  );
}
