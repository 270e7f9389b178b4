import type { TActionResult } from "@/lib/actions/result";
import { requireApiUser } from "@/lib/auth/request-guard";
import { errorResponse } from "@/lib/errors";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/read-json";
import { runWorkflowAction } from "@/lib/services/workflow";
import type { TWorkflowResponse } from "@/lib/workflow/workflow-request";

export const dynamic = "force-dynamic";

/**
 * Workflow and review actions: `{ action: "submit" | "return" | "approve" | "publish" | "correct" | "comment" | … }`
 * → `TActionResult<{ status }>` (lib/actions/result), the failure with its code's HTTP status; texts are
 * cleaned (lib/text/clean) and a body above `BODY_LIMITS.workflow` is refused with 413.
 */
export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const user = await requireApiUser(request);
    const { body } = await readJsonBody(request, BODY_LIMITS.workflow);
    const data = await runWorkflowAction(user, (await params).reportId, body);
    return Response.json({ ok: true, data } satisfies TActionResult<TWorkflowResponse>);
  } catch (error) {
    return errorResponse(error);
  }
}
