/**
 * The expected failure and its codes, without Zod: modules the browser loads (lib/text/clean.ts, used while
 * typing and pasting) throw it too, and the editor's first load stays free of Zod (D40). lib/errors.ts builds the
 * code schema, the HTTP statuses and the mapping to what the user sees on top of this.
 */

/** Codes of expected failures; `INTERNAL` stands for every unexpected one. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID",
  "CONFLICT",
  "READ_ONLY",
  "TOO_LARGE",
  "UNAVAILABLE",
  "INTERNAL",
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];
/** The codes an `AppError` may carry (an unexpected failure is never thrown on purpose). */
export type TAppErrorCode = Exclude<TErrorCode, "INTERNAL">;

/** An expected failure: a code and a Chinese message for the user, and what else the caller should show. */
export class AppError extends Error {
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}
