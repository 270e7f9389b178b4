/**
 * The security headers of every response (pages, route handlers, static files, the 404), set by
 * `proxy.ts`. Scripts run only with the per-request nonce ('strict-dynamic' lets Next's nonce'd
 * bootstrap load its chunks); styles allow 'unsafe-inline' because Ant Design and the report preview
 * insert <style> tags and style attributes a nonce cannot cover (docs/decisions.md, D18).
 * Sources: Next.js 16 guide "Content Security Policy" (nonces through proxy.ts); MDN for each header.
 */

export interface TSecurityHeaderOptions {
  /** Fresh for every request: base64 of at least 128 random bits. */
  nonce: string;
  /** The response goes out over HTTPS (directly or through a proxy that says so). */
  https: boolean;
  /** `next dev`: React's dev build needs eval for its error overlay. */
  dev?: boolean;
}

/** A fresh CSP nonce: 16 random bytes in base64 (24 characters). */
export const createNonce = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
};

/**
 * Whether a request reached us over HTTPS: the URL's scheme, or the first value of X-Forwarded-Proto
 * set by a TLS-terminating reverse proxy (a client that forges it gains nothing: browsers ignore HSTS
 * received over plain HTTP).
 */
export const isServedOverHttps = (protocol: string, forwardedProto: string | null): boolean => {
  const forwarded = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : protocol.replace(/:$/, "").toLowerCase() === "https";
};

/** The Content-Security-Policy value for one response. */
export const contentSecurityPolicy = ({ nonce, https, dev = false }: TSecurityHeaderOptions): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over HTTPS: on a plain-HTTP intranet address it would send every sub-request to a port that does not answer.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

/** Every security header of one response, by lower-case name. HSTS only when served over HTTPS. */
export const securityHeaders = (options: TSecurityHeaderOptions): Record<string, string> => ({
  "content-security-policy": contentSecurityPolicy(options),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // Same-origin requests keep their Referer and Origin (the server-action and API origin checks need them).
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  ...(options.https ? { "strict-transport-security": "max-age=31536000" } : {}),
});
