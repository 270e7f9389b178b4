import { requireApiUser } from "@/lib/auth/request-guard";
import { errorResponse } from "@/lib/errors";
import { attachmentHeaders } from "@/lib/export/content-types";
import { readJsonBody } from "@/lib/http/read-json";
import { downloadReportsZipFor } from "@/lib/services/download-reports";

export const dynamic = "force-dynamic";

/**
 * 审核台 批量下载: `POST { year, officeIds }` (JSON) → a zip of the chosen offices' approved and published
 * reports (lib/services/download-reports.ts); failures as `{ ok: false, error }` with the code's status.
 */
export async function POST(request: Request) {
  try {
    const user = await requireApiUser(request);
    const { body } = await readJsonBody(request, 64 * 1024);
    const zip = await downloadReportsZipFor(user, body);
    return new Response(new Uint8Array(zip.bytes), {
      headers: { ...attachmentHeaders("zip", zip.fileName), "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
