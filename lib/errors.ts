/** Expected failures with a Chinese message for the user; mapped to HTTP status once, at the boundary. */
export type TAppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "READ_ONLY";

export const APP_ERROR_STATUS: Record<TAppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  READ_ONLY: 409,
};

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

/** Route-handler response for any error: an AppError's message, or a generic one (the cause is logged). */
export const errorResponse = (error: unknown): Response => {
  if (error instanceof AppError) {
    return Response.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: APP_ERROR_STATUS[error.code] });
  }
  console.error(error);
  return Response.json({ error: { code: "INTERNAL", message: "服务器内部错误，请稍后重试。" } }, { status: 500 });
};
