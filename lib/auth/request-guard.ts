import "server-only";

import { cookies } from "next/headers";

import { checkMutationHeaders } from "./request-origin";
import { requireActingUser, SESSION_COOKIE } from "./session-user";

/**
 * For route handlers that change data: the request must come from our own pages (same Origin; browsers
 * always send it on fetch with a body) and carry JSON (a cross-site form cannot) — ./request-origin
 * `checkMutationHeaders` — and a user must be signed in (./session-user `requireActingUser`: 401, or 403
 * while a password a 管理员 set is unchanged). Server actions get the same Origin check from Next.js.
 */
export const requireApiUser = async (request: Request) => {
  checkMutationHeaders(request.method, (name) => request.headers.get(name));
  return requireActingUser((await cookies()).get(SESSION_COOKIE)?.value);
};
