import type { TErrorBody } from "@/lib/errors";
import type { TSaveConflictBody, TSaveDraftRequest, TSavedDraftBody } from "@/lib/report/save-protocol";
import type { TReportDocument } from "@/lib/report/schema";

import type { TSaveOutcome } from "./save-queue";

type TAnswer = Partial<TSavedDraftBody> & Partial<Pick<TSaveConflictBody, "conflict">> & Partial<TErrorBody>;

/**
 * Sends one draft to `PUT /api/reports/[reportId]` and reads the answer: saved (new version), conflict
 * (409 with the server's version), expired (401: the sign-in ended), unavailable (5xx: retry later), invalid (422,
 * 413: the content was refused — a section over its length — and the next edit is saved again) or refused (any
 * other answer: saving stops), both with the server's message. A network failure rejects; the save queue retries it like `unavailable`.
 */
export const sendDraft = async (
  reportId: string,
  request: TSaveDraftRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<TSaveOutcome<TReportDocument>> => {
  const response = await fetchImpl(`/api/reports/${reportId}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => ({}))) as TAnswer;
  if (response.ok && body.version)
    return { kind: "saved", version: body.version, updatedAt: body.updatedAt ?? null };
  if (response.status === 409 && body.conflict) return { kind: "conflict", server: body.conflict };
  if (response.status === 401) return { kind: "expired" };
  if (response.status >= 500 || response.status === 0) return { kind: "unavailable" };
  if (response.status === 422 || response.status === 413)
    return { kind: "invalid", message: body.error?.message ?? `保存失败（${response.status}）` };
  return { kind: "refused", message: body.error?.message ?? `保存失败（${response.status}）` };
};
