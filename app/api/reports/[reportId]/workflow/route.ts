import { requireApiUser } from "@/lib/auth/request-guard";
import { errorResponse } from "@/lib/errors";
import { runWorkflowAction } from "@/lib/services/workflow";

export const dynamic = "force-dynamic";

/** Workflow and review actions: `{ action: "submit" | "return" | "approve" | "publish" | "correct" | "comment" | … }`. */
export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  try {
    const user = await requireApiUser(request);
    const body: unknown = await request.json().catch(() => null);
    return Response.json(await runWorkflowAction(user, (await params).reportId, body));
  } catch (error) {
    return errorResponse(error);
  }
}
