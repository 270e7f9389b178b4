import { unstable_rethrow } from "next/navigation";

import { toErrorInfo, type TErrorInfo } from "@/lib/errors";

/**
 * The one result of every server action: `{ ok: true, data }`, or `{ ok: false, error: { code, message } }`
 * with the code of `lib/errors` and a Chinese message the form shows as it is. Route handlers answer
 * failures with the same `{ ok: false, error }` body (`errorResponse`).
 */
export type TActionFailure = { ok: false; error: TErrorInfo };
export type TActionResult<T> = { ok: true; data: T } | TActionFailure;

/** The failure for a thrown value (mapped by `toErrorInfo`); Next.js' own signals (redirect, notFound) pass through. */
export const actionFailure = (error: unknown): TActionFailure => {
  unstable_rethrow(error);
  return { ok: false, error: toErrorInfo(error) };
};

/**
 * Runs an action's body: its value becomes `data`; an AppError or ZodError it throws becomes the failure the
 * user reads, any other error is logged and replaced by a generic message. `redirect()` inside still redirects.
 */
export const runAction = async <T>(body: () => Promise<T>): Promise<TActionResult<T>> => {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    return actionFailure(error);
  }
};
