/** A start-up failure of the data layer, with a message meant for the operator (in Chinese). */
export class DatabaseStartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseStartupError";
  }
}

/**
 * The code of a Prisma known request error (P2002 unique constraint, P2003 foreign key, P2025 record not
 * found …), or null for any other error. Lets lib/db turn a refused write into an answer instead of a 500.
 */
export const prismaErrorCode = (error: unknown): string | null =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? /^P\d{4}$/.test(error.code)
      ? error.code
      : null
    : null;
