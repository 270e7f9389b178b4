import { AppError } from "@/lib/errors";

/**
 * The header checks of a request that changes data, as pure functions of its headers, so the route handlers
 * (through lib/auth/request-guard.ts) and the custom server's save path (lib/server/fast-save.ts, D68) apply
 * one rule.
 */

/** A request header by lower-case name: `Headers.get` of a Web Request, or a lookup in node's `req.headers`. */
export type THeaderLookup = (name: string) => string | null | undefined;

/** The host of an Origin header; null for `null` (sandboxed frames, file: pages) and malformed values. */
const originHost = (origin: string): string | null => (URL.canParse(origin) ? new URL(origin).host : null);

/**
 * For a method other than GET and HEAD: the request must come from our own pages (an Origin whose host is
 * X-Forwarded-Host, else Host; browsers always send Origin on fetch with a body) — AppError FORBIDDEN (403)
 * otherwise — and carry JSON (a cross-site form cannot) — AppError INVALID (422) otherwise.
 */
export const checkMutationHeaders = (method: string, header: THeaderLookup): void => {
  if (method === "GET" || method === "HEAD") return;
  const origin = header("origin");
  const host = header("x-forwarded-host") ?? header("host");
  if (!origin || !host || originHost(origin) !== host) throw new AppError("FORBIDDEN", "请求来源无效。");
  if (!header("content-type")?.startsWith("application/json"))
    throw new AppError("INVALID", "请求格式应为 JSON。");
};

/**
 * The value of cookie `name` in a Cookie header, read as Next.js' `cookies()` reads it (@edge-runtime/cookies
 * `parseCookie`: pairs split at “;” and spaces, the value URI-decoded, a pair that does not decode skipped,
 * the last of equal names wins); undefined when absent.
 */
export const cookieValue = (cookieHeader: string | null | undefined, name: string): string | undefined => {
  let found: string | undefined;
  for (const pair of cookieHeader?.split(/; */) ?? []) {
    const at = pair.indexOf("=");
    const key = at === -1 ? pair : pair.slice(0, at);
    if (key !== name) continue;
    try {
      found = at === -1 ? "true" : decodeURIComponent(pair.slice(at + 1));
    } catch {
      // not URI-encoded: skipped, as parseCookie does
    }
  }
  return found;
};
