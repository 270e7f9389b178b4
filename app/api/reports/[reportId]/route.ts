import { requireApiUser } from "@/lib/auth/request-guard";
import { AppError, errorResponse } from "@/lib/errors";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/read-json";
import {
  SAVE_CONFLICT_MESSAGE,
  type TSaveConflictBody,
  type TSavedDraftBody,
} from "@/lib/report/save-protocol";
import { loadReportFor } from "@/lib/services/report-access";
import { saveDraftFor } from "@/lib/services/report-drafts";

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
 * Saves a draft: `{ baseVersion, document }` → `{ version, updatedAt, removed }` (`removed`: characters the
 * cleaning of lib/text/clean took out), or 409 with the current version; 413 above `BODY_LIMITS.draft`.
 */
export async function PUT(request: Request, { params }: TContext) {
  try {
    const user = await requireApiUser(request);
    const { body, removed } = await readJsonBody(request, BODY_LIMITS.draft);
    const result = await saveDraftFor(user, (await params).reportId, body);
    if (!result.ok) {
      const conflict = { ...result.conflict, updatedAt: result.conflict.updatedAt.toISOString() };
      return errorResponse(new AppError("CONFLICT", SAVE_CONFLICT_MESSAGE), {
        conflict,
      } satisfies Pick<TSaveConflictBody, "conflict">);
    }
    return Response.json({
      version: result.version,
      updatedAt: result.updatedAt.toISOString(),
      removed,
    } satisfies TSavedDraftBody);
  } catch (error) {
    return errorResponse(error);
  }
}
