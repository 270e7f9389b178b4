/** A start-up failure of the data layer, with a message meant for the operator (in Chinese). */
export class DatabaseStartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseStartupError";
  }
}
