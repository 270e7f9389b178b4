import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { AppError, errorAnswer, type TJsonAnswer } from "@/lib/errors";
import {
  SAVE_CONFLICT_MESSAGE,
  type TSaveConflictBody,
  type TSavedDraftBody,
} from "@/lib/report/save-protocol";

import { saveDraftFor } from "./report-drafts";

/**
 * How one request supplies what a save needs: the acting user (header checks and session, throwing AppError)
 * and the cleaned JSON body (lib/http/read-json: `{ body, removed }`, throwing TOO_LARGE / INVALID).
 */
export interface TSaveRequestSteps {
  user(): Promise<TSessionUser>;
  body(): Promise<{ body: unknown; removed: number }>;
}

/**
 * The answer to a save of draft `reportId` (`PUT /api/reports/<id>` with `{ baseVersion, document }`), for the
 * Next route handler and the custom server's save path alike (D68): 200 `{ version, updatedAt, removed }`
 * (`TSavedDraftBody`; `removed`: characters the cleaning of lib/text/clean took out), 409 with the current
 * version (`TSaveConflictBody`), or any error as `errorAnswer` shapes it (401, 403, 404, 409 READ_ONLY, 413,
 * 422, 500, 503). The user is checked before the body is read. Never throws.
 */
export const answerDraftSave = async (reportId: string, steps: TSaveRequestSteps): Promise<TJsonAnswer> => {
  try {
    const user = await steps.user();
    const { body, removed } = await steps.body();
    const result = await saveDraftFor(user, reportId, body);
    if (!result.ok) {
      const conflict = { ...result.conflict, updatedAt: result.conflict.updatedAt.toISOString() };
      return errorAnswer(new AppError("CONFLICT", SAVE_CONFLICT_MESSAGE), {
        conflict,
      } satisfies Pick<TSaveConflictBody, "conflict">);
    }
    const saved: TSavedDraftBody = {
      version: result.version,
      updatedAt: result.updatedAt.toISOString(),
      removed,
    };
    return { status: 200, body: saved };
  } catch (error) {
    return errorAnswer(error);
  }
};
