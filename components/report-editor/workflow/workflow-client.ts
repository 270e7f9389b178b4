import type { TActionResult } from "@/lib/actions/result";
import type { TWorkflowRequestInput, TWorkflowResponse } from "@/lib/workflow/workflow-request";

/** At most this many of a refused submission's problems go into the error message. */
const SHOWN_PROBLEMS = 5;

/**
 * Sends one workflow request to `POST /api/reports/[reportId]/workflow`. Throws an Error whose message is
 * the server's (with the first few problems of a refused submission), ready to show to the person. The
 * answer is the action result contract (`TActionResult<TWorkflowResponse>`, lib/actions/result).
 */
export const postWorkflowAction = async (
  reportId: string,
  request: TWorkflowRequestInput,
  fetchImpl: typeof fetch = fetch,
): Promise<TWorkflowResponse> => {
  const response = await fetchImpl(`/api/reports/${reportId}/workflow`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => null)) as TActionResult<TWorkflowResponse> | null;
  if (!response.ok || !body?.ok) {
    const error = body && !body.ok ? body.error : undefined;
    const details = error?.details as { problems?: string[] } | undefined;
    const problems = details?.problems?.slice(0, SHOWN_PROBLEMS).join("；");
    throw new Error([error?.message ?? `操作失败（${response.status}）`, problems].filter(Boolean).join(" "));
  }
  return body.data;
};
