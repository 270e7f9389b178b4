import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { PUT as saveRoute } from "@/app/api/reports/[reportId]/route";
import { MUST_CHANGE_PASSWORD_MESSAGE } from "@/lib/auth/session-user";
import type { TDatabase } from "@/lib/db/client";
import { getReport } from "@/lib/db/reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { BODY_LIMITS } from "@/lib/http/read-json";
import {
  actAs,
  createPersonWithSession,
  seedTestWorld,
  type TTestWorld,
} from "@/lib/testing/request-context";

import { saveTarget, serveDraftSave } from "./fast-save";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

interface TAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    ok?: false;
    error?: { code: string; message: string };
    version?: number;
    conflict?: { version: number };
  };
}

describe("saveTarget", () => {
  it("takes PUT /api/reports/<id> (query ignored, id decoded) and nothing else", () => {
    expect(saveTarget("PUT", "/api/reports/abc?x=1")).toBe("abc");
    expect(saveTarget("PUT", "/api/reports/a%20b")).toBe("a b");
    expect(saveTarget("GET", "/api/reports/abc")).toBeNull();
    expect(saveTarget("PUT", "/api/reports/abc/")).toBeNull();
    expect(saveTarget("PUT", "/api/reports/abc/workflow")).toBeNull();
    expect(saveTarget("PUT", "/api/reports/%E0%A4%A")).toBeNull();
  });
});

/**
 * Issue 17 (D68): the custom server's save path on a real HTTP server and database, and the same answers as
 * the route handler it stands in for.
 */
describe.each(testDatabaseTargets())("save path of the custom server on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let world: TTestWorld;
  let server: Server;
  let origin: string;
  let strangerToken: string;

  /**
   * One request to the save path: `body` sent as is with its Content-Length (`headers` may declare another),
   * or in 64 KiB chunks without one (`chunked`).
   */
  const send = (
    path: string,
    body: string,
    {
      token,
      headers = {},
      chunked = false,
    }: { token?: string; headers?: Record<string, string>; chunked?: boolean } = {},
  ): Promise<TAnswer> =>
    new Promise((resolve, reject) => {
      const req = httpRequest(`${origin}${path}`, {
        method: "PUT",
        headers: {
          origin,
          "content-type": "application/json",
          ...(chunked
            ? { "transfer-encoding": "chunked" }
            : { "content-length": String(Buffer.byteLength(body)) }),
          ...(token ? { cookie: `theme=dark; nbt_session=${encodeURIComponent(token)}` } : {}),
          ...headers,
        },
      });
      // Past the limit the server answers and closes while the body is still going out: the answer counts.
      let answered = false;
      req.on("error", (error) => {
        if (!answered) reject(error);
      });
      req.on("response", (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as TAnswer["body"],
          }),
        );
      });
      if (!chunked) return void req.end(body);
      const bytes = Buffer.from(body);
      const write = (offset: number): void => {
        if (offset >= bytes.length || req.destroyed) return void req.end();
        req.write(bytes.subarray(offset, offset + 65536), () => write(offset + 65536));
      };
      write(0);
    });
  const savePath = () => `/api/reports/${world.reportId}`;
  const current = async () => {
    const report = await getReport(world.reportId);
    return { version: report!.version, document: report!.document };
  };
  const saveBody = async (baseVersion?: number) => {
    const { version, document } = await current();
    return JSON.stringify({ baseVersion: baseVersion ?? version, document });
  };

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    world = await seedTestWorld(db);
    strangerToken = (await createPersonWithSession(db, "linqu", world.otherOfficeId, "FILLER")).token;
    server = createServer((req, res) => {
      void serveDraftSave(req, res).then((served) => {
        if (!served) res.writeHead(418).end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await close();
  });

  it("saves a draft: 200 with the next version, the security headers (no HSTS over HTTP), stored", async () => {
    const before = await current();
    const answer = await send(savePath(), await saveBody(), { token: world.users.filler.token });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ version: before.version + 1, removed: 0 });
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']{24}' 'strict-dynamic'/,
    );
    expect(answer.headers["strict-transport-security"]).toBeUndefined();
    expect((await current()).version).toBe(before.version + 1);
  });

  it("gives HSTS behind a TLS proxy (X-Forwarded-Proto: https), as proxy.ts does", async () => {
    const answer = await send(savePath(), await saveBody(), {
      token: world.users.filler.token,
      headers: { "x-forwarded-proto": "https" },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000");
  });

  it("answers a save based on an older version with 409 and the current version, storing nothing", async () => {
    const { version } = await current();
    const answer = await send(savePath(), await saveBody(version - 1), { token: world.users.filler.token });
    expect(answer.status).toBe(409);
    expect(answer.body.error?.code).toBe("CONFLICT");
    expect(answer.body.conflict?.version).toBe(version);
    expect((await current()).version).toBe(version);
  });

  it("answers 401 without a session and 403 for a foreign Origin", async () => {
    const body = await saveBody();
    expect((await send(savePath(), body)).body.error?.code).toBe("UNAUTHENTICATED");
    const foreign = await send(savePath(), body, {
      token: world.users.filler.token,
      headers: { origin: "http://evil.example" },
    });
    expect([foreign.status, foreign.body.error?.code]).toEqual([403, "FORBIDDEN"]);
  });

  it("answers 403 while the user must still change a password a 管理员 set", async () => {
    await db.prisma.user.update({ where: { id: world.users.filler.id }, data: { mustChangePassword: true } });
    try {
      const answer = await send(savePath(), await saveBody(), { token: world.users.filler.token });
      expect([answer.status, answer.body.error?.message]).toEqual([403, MUST_CHANGE_PASSWORD_MESSAGE]);
    } finally {
      await db.prisma.user.update({
        where: { id: world.users.filler.id },
        data: { mustChangePassword: false },
      });
    }
  });

  it("answers 413 above the 4 MiB limit: declared, and counted while a chunked body arrives", async () => {
    const declared = await send(savePath(), "", {
      token: world.users.filler.token,
      headers: { "content-length": String(BODY_LIMITS.draft + 1) },
    });
    expect([declared.status, declared.body.error?.code]).toEqual([413, "TOO_LARGE"]);
    const huge = JSON.stringify({ baseVersion: 1, filler: "文".repeat(BODY_LIMITS.draft / 3 + 10) });
    const chunked = await send(savePath(), huge, {
      token: world.users.filler.token,
      chunked: true,
    });
    expect([chunked.status, chunked.body.error?.code]).toEqual([413, "TOO_LARGE"]);
  });

  it("answers 422 for a body that is not JSON, and 404 for another office's report", async () => {
    const bad = await send(savePath(), "{not json", { token: world.users.filler.token });
    expect([bad.status, bad.body.error?.message]).toEqual([422, "请求内容不是有效的 JSON。"]);
    const foreign = await send(savePath(), await saveBody(), { token: strangerToken });
    expect([foreign.status, foreign.body.error?.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("answers refusals exactly as the route handler does (status and body)", async () => {
    const body = await saveBody();
    const cases: { token?: string; body: string; headers?: Record<string, string> }[] = [
      { body },
      { token: world.users.filler.token, body, headers: { origin: "http://evil.example" } },
      { token: world.users.filler.token, body, headers: { "content-type": "text/plain" } },
      { token: world.users.filler.token, body: "{not json" },
      { token: world.users.filler.token, body: JSON.stringify({ baseVersion: "x" }) },
      { token: strangerToken, body },
    ];
    for (const sent of cases) {
      const fast = await send(savePath(), sent.body, sent);
      actAs(sent.token ?? null);
      const headers = {
        origin,
        host: new URL(origin).host,
        "content-type": "application/json",
        ...sent.headers,
      };
      const request = new Request(`${origin}${savePath()}`, { method: "PUT", headers, body: sent.body });
      const reference = await saveRoute(request, { params: Promise.resolve({ reportId: world.reportId }) });
      expect([fast.status, fast.body]).toEqual([reference.status, await reference.json()]);
    }
  });
});
