import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

import { securityHeadersFor } from "./node-security-headers";

/**
 * The largest request body the app takes, in bytes: the 20 MB upload of 导入 (lib/import/detect.ts MAX_FILE_BYTES)
 * plus the form's overhead — the same "21mb" as next.config.js `serverActions.bodySizeLimit` and
 * `proxyClientMaxBodySize` (Next.js reads "mb" as 1024 × 1024 bytes).
 */
export const MAX_REQUEST_BODY_BYTES = 21 * 1024 * 1024;

/**
 * Whether the custom server (scripts/start.ts) must refuse a request before Next.js reads its body, and with what
 * (issue 14: no 500 on bad input — Next.js would read either up to its limit and answer with a bare 500):
 * - a declared Content-Length over `MAX_REQUEST_BODY_BYTES`: 413;
 * - no length (chunked) on a server action — a `next-action` header, or a form body (multipart or urlencoded),
 *   which Next.js also reads as one: 411. Browsers always declare the length of a server action's body, so no
 *   page of ours is refused. Route handlers count chunked bodies themselves (lib/http/read-json.ts).
 * Null: hand the request on.
 */
export const bodyRefusal = (
  method: string | undefined,
  headers: IncomingHttpHeaders,
): { status: 411 | 413; message: string } | null => {
  if (method === "GET" || method === "HEAD") return null;
  const declared = headers["content-length"];
  if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > MAX_REQUEST_BODY_BYTES)
    return { status: 413, message: "请求内容过大（上限 21 MB），未处理。导入的文件不能超过 20 MB。" };
  // A form's body (multipart or urlencoded) posted to a page is a server action too (Next.js reads `$ACTION_ID_…`
  // from it when the page is used without JavaScript), with or without the `next-action` header.
  const form = /^\s*(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(
    headers["content-type"] ?? "",
  );
  if (declared === undefined && (headers["next-action"] !== undefined || form))
    return { status: 411, message: "请求缺少内容长度（Content-Length），未处理。" };
  return null;
};

/**
 * Answers the request with `bodyRefusal`'s status and Chinese message (plain text, with the security headers every
 * response carries) and returns true; false when the request may go on. The unread body is not drained: the
 * connection closes after the answer.
 */
export const refuseOversizedBody = (req: IncomingMessage, res: ServerResponse): boolean => {
  const refusal = bodyRefusal(req.method, req.headers);
  if (!refusal) return false;
  for (const [name, value] of Object.entries(securityHeadersFor(req))) res.setHeader(name, value);
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.setHeader("connection", "close");
  res.statusCode = refusal.status;
  res.end(refusal.message);
  return true;
};
