import type { IncomingMessage, ServerResponse } from "node:http";

import { checkMutationHeaders, cookieValue, type THeaderLookup } from "@/lib/auth/request-origin";
import { requireActingUser, SESSION_COOKIE } from "@/lib/auth/session-user";
import { BODY_LIMITS, readJsonStream } from "@/lib/http/read-json";
import { answerDraftSave } from "@/lib/services/save-draft-request";
import { securityHeadersFor } from "./node-security-headers";

/**
 * Autosave outside Next's request pipeline (issue 17, D68): the custom server (scripts/start.ts) answers
 * `PUT /api/reports/<id>` here with node's req/res, through the same pieces as the route handler
 * app/api/reports/[reportId]/route.ts (header checks, session, body reading, `answerDraftSave`), and gives the
 * answer the security headers proxy.ts gives route handlers. Everything else goes on to Next.
 */

/** The save route's path; the id is one path segment (no trailing slash: Next redirects that one). */
const SAVE_PATH = /^\/api\/reports\/([^/]+)$/;

/** The report id of a save request, null for anything else (another method or path, an undecodable id). */
export const saveTarget = (method: string | undefined, url: string | undefined): string | null => {
  if (method !== "PUT" || !url) return null;
  const query = url.indexOf("?");
  const match = SAVE_PATH.exec(query === -1 ? url : url.slice(0, query));
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
};

/** node's header values as `Headers.get` gives them (repeated values joined by “, ”). */
const headerLookup =
  (req: IncomingMessage): THeaderLookup =>
  (name) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };

/**
 * Answers the request when it is a save (`true`), else leaves it alone (`false`). The JSON answer is that of
 * `answerDraftSave` (200, 409, 401, 403, 404, 413, 422 …) with the security headers of lib/site/security-headers
 * (HSTS only over HTTPS, as proxy.ts decides it). A body left unread (refused before or during reading) closes
 * the connection after the answer, so no more of it is read.
 */
export const serveDraftSave = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
  const reportId = saveTarget(req.method, req.url);
  if (reportId === null) return false;
  const header = headerLookup(req);
  const { status, body } = await answerDraftSave(reportId, {
    user: async () => {
      checkMutationHeaders(req.method ?? "", header);
      return requireActingUser(cookieValue(header("cookie"), SESSION_COOKIE));
    },
    body: () => readJsonStream(req, header("content-length"), BODY_LIMITS.draft),
  });
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeadersFor(req),
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
    ...(req.complete ? {} : { connection: "close" }),
  });
  res.end(json);
  return true;
};
