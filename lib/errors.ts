import { z } from "zod";

/**
 * Expected failures carry a code and a Chinese message for the user; anything else is unexpected, logged, and
 * shown as a generic message. `toErrorInfo` is the one mapping from a thrown error to what the user sees,
 * used by server actions (`lib/actions/result.ts`) and route handlers (`errorResponse`) alike.
 */

import { AppError, ERROR_CODES, type TAppErrorCode, type TErrorCode } from "./app-error";

export { AppError, type TAppErrorCode, type TErrorCode };

/** Codes of expected failures (./app-error.ts); `INTERNAL` stands for every unexpected one. */
export const ZErrorCode = z.enum(ERROR_CODES);

/** The HTTP status of each code, for route handlers. */
export const HTTP_STATUS: Record<TErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  READ_ONLY: 409,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const GENERIC_ERROR_MESSAGE = "服务器内部错误，请稍后重试。";
export const DATABASE_UNAVAILABLE_MESSAGE = "数据库暂时无法连接，请稍后重试；如持续出现，请联系系统管理员。";

/**
 * Codes of a database that cannot be reached (not of a bad query): Prisma's P1001 (unreachable), P1002
 * (timed out), P1008 (operation timed out), P1017 (server closed the connection), P2024 (pool timed out);
 * Node's connection errors; PostgreSQL's 57P01–57P03 (shutting down, cannot connect now).
 */
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
]);

/** Whether the error (or one of its causes) says the database cannot be reached, or could not be opened. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (current.name === "DatabaseStartupError") return true;
    current = current.cause;
  }
  return false;
};
const INVALID_INPUT_MESSAGE = "参数无效";

/** The body of every error a route handler answers with (a failed server action's shape); `details` depends on the error (e.g. `problems`). */
export interface TErrorBody {
  ok: false;
  error: TErrorInfo;
}

/** What the user is told about a failure: `details` only for an AppError that has them (e.g. the problems found). */
export interface TErrorInfo {
  code: TErrorCode;
  message: string;
  details?: unknown;
}

/**
 * Maps any thrown value: an AppError keeps its code, message and details; a ZodError (input that failed its
 * schema) is `INVALID` with the first issue's message; anything else is logged here and becomes `UNAVAILABLE` (503) when the database cannot be reached, else `INTERNAL`
 * with a generic message, so no internal detail reaches the browser.
 */
export const toErrorInfo = (error: unknown): TErrorInfo => {
  if (error instanceof AppError) {
    return error.details === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof z.core.$ZodError) {
    return { code: "INVALID", message: error.issues[0]?.message ?? INVALID_INPUT_MESSAGE };
  }
  console.error(error);
  if (isDatabaseUnavailable(error)) return { code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE };
  return { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE };
};

/** A JSON answer of a route: its HTTP status and the body to send. */
export interface TJsonAnswer {
  status: number;
  body: object;
}

/**
 * The answer to any error: `{ ok: false, error: { code, message, details? } }` (the shape of a failed server
 * action, `TErrorBody`) with the code's HTTP status; `extra` adds fields beside it (a save conflict's current
 * version). For route handlers (`errorResponse`) and the custom server's save path (lib/server/fast-save.ts).
 */
export const errorAnswer = (error: unknown, extra: Record<string, unknown> = {}): TJsonAnswer => {
  const info = toErrorInfo(error);
  return { status: HTTP_STATUS[info.code], body: { ...extra, ok: false, error: info } };
};

/** Route-handler response for any error: `errorAnswer` as a `Response`. */
export const errorResponse = (error: unknown, extra: Record<string, unknown> = {}): Response => {
  const { status, body } = errorAnswer(error, extra);
  return Response.json(body, { status });
};
