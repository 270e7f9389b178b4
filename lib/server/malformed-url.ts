import type { IncomingMessage, ServerResponse } from "node:http";

import { securityHeadersFor } from "./node-security-headers";

/**
 * Whether a request's path cannot be percent-decoded (`/api/reports/%E0%A4%A`, `/reports/%ZZ`): Next.js answers such
 * a path with a bare English 500 (issue 14: no 500 on bad input). Only the path is looked at; the query is the
 * page's own to read.
 */
export const hasMalformedPath = (url: string | undefined): boolean => {
  const path = (url ?? "").split("?", 1)[0] ?? "";
  try {
    decodeURI(path);
    return false;
  } catch {
    return true;
  }
};

/**
 * Answers a request whose path cannot be decoded with 400 and a Chinese message (plain text, with the security
 * headers every response carries) and returns true; false when the path is fine. For the custom server
 * (scripts/start.ts), before Next.js sees the request.
 */
export const refuseMalformedUrl = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (!hasMalformedPath(req.url)) return false;
  for (const [name, value] of Object.entries(securityHeadersFor(req))) res.setHeader(name, value);
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.statusCode = 400;
  res.end("请求的地址有误（含无法识别的字符编码），请检查地址后重试。");
  return true;
};
