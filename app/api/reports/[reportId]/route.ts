import { requireApiUser } from "@/lib/auth/request-guard";
import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/read-json";
import { loadReportFor } from "@/lib/services/report-access";
import { answerDraftSave } from "@/lib/services/save-draft-request";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ reportId: string }> };

export async function GET(request: Request, { params }: TContext) {
  try {
    const user = await requireApiUser(request);
    const report = await loadReportFor(user, (await params).reportId, "view");
    return Response.json({
      version: report.version,
      status: report.status,
      updatedAt: report.updatedAt,
      document: report.document,
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Saves a draft: `{ baseVersion, document }` → `{ version, updatedAt, removed }`, or 409 with the current version;
 * 413 above `BODY_LIMITS.draft` (lib/services/save-draft-request `answerDraftSave`). `npm start` answers this
 * request in its own server with the same pieces (lib/server/fast-save.ts, D68); this handler serves `next dev`
 * and is the reference.
 */
export async function PUT(request: Request, { params }: TContext) {
  const { status, body } = await answerDraftSave((await params).reportId, {
    user: () => requireApiUser(request),
    body: () => readJsonBody(request, BODY_LIMITS.draft),
  });
  return Response.json(body, { status });
}
