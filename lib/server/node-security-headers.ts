import type { IncomingMessage } from "node:http";

import { createNonce, isServedOverHttps, securityHeaders } from "@/lib/site/security-headers";

/**
 * The security headers for an answer the custom server (scripts/start.ts) gives itself, without Next.js and
 * proxy.ts: the same `securityHeaders` with a fresh nonce, HTTPS decided as proxy.ts decides it (a TLS socket, or
 * X-Forwarded-Proto from the TLS proxy). Used by the Brotli statics, the body-size refusals and the save path.
 */
export const securityHeadersFor = (req: IncomingMessage): Record<string, string> => {
  const tls = "encrypted" in req.socket && req.socket.encrypted === true;
  return securityHeaders({
    nonce: createNonce(),
    https: isServedOverHttps(tls ? "https:" : "http:", req.headers["x-forwarded-proto"]?.toString() ?? null),
  });
};
