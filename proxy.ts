import { NextResponse, type NextRequest } from "next/server";

import { createNonce, isServedOverHttps, securityHeaders } from "@/lib/site/security-headers";

/**
 * Runs before every request (no matcher: pages, route handlers, `_next/static`, `public/`, the 404).
 * Gives each response the security headers, with a fresh CSP nonce; the policy also goes on the request,
 * where Next.js reads the nonce and puts it on its own inline and bundle scripts.
 */
export function proxy(request: NextRequest) {
  const headers = securityHeaders({
    nonce: createNonce(),
    https: isServedOverHttps(request.nextUrl.protocol, request.headers.get("x-forwarded-proto")),
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["content-security-policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
