import "server-only";

import { AppError } from "@/lib/errors";

import { getCurrentUser } from "./session";

/** The host of an Origin header; null for `null` (sandboxed frames, file: pages) and malformed values. */
const originHost = (origin: string): string | null => (URL.canParse(origin) ? new URL(origin).host : null);

/**
 * For route handlers that change data: the request must come from our own pages (same Origin; browsers
 * always send it on fetch with a body) and carry JSON (a cross-site form cannot), and a user must be
 * signed in. Server actions get the same Origin check from Next.js.
 */
export const requireApiUser = async (request: Request) => {
  if (request.method !== "GET" && request.method !== "HEAD") {
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!origin || !host || originHost(origin) !== host) throw new AppError("FORBIDDEN", "请求来源无效。");
    if (!request.headers.get("content-type")?.startsWith("application/json"))
      throw new AppError("INVALID", "请求格式应为 JSON。");
  }
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "登录已过期，请重新登录。");
  return user;
};
