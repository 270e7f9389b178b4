/**
 * Next.js calls `register` once when a server instance starts (before it answers requests). Work that would
 * otherwise make the first user wait is done here: the password strength estimator's dictionaries.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmPasswordChecks } = await import("./lib/auth/password");
  warmPasswordChecks();
}
