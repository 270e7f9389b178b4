import { requireApiUser } from "@/lib/auth/request-guard";
import { errorResponse } from "@/lib/errors";
import { loadReportFor } from "@/lib/services/report-access";
import { saveDraftFor } from "@/lib/services/report-drafts";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ reportId: string }> };

export async function GET(request: Request, { params }: TContext) {
  try {
    const user = await requireApiUser(request);
    const report = await loadReportFor(user, (await params).reportId, "view");
    return Response.json({ version: report.version, status: report.status, updatedAt: report.updatedAt, document: report.document });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Saves a draft: `{ baseVersion, document }` → `{ version, updatedAt }`, or 409 with the current version. */
export async function PUT(request: Request, { params }: TContext) {
  try {
    const user = await requireApiUser(request);
    const body: unknown = await request.json().catch(() => null);
    const result = await saveDraftFor(user, (await params).reportId, body);
    if (!result.ok) {
      return Response.json(
        { error: { code: "CONFLICT", message: "该年报已在其他地方被修改。" }, conflict: result.conflict },
        { status: 409 },
      );
    }
    return Response.json({ version: result.version, updatedAt: result.updatedAt });
  } catch (error) {
    return errorResponse(error);
  }
}
