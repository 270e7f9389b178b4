import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { serveStaticBrotli } from "./static-brotli";

describe("serveStaticBrotli", () => {
  const nextDir = mkdtempSync(path.join(os.tmpdir(), "nbt-brotli-"));
  const script = `console.log(${JSON.stringify("年报".repeat(500))});\n`;
  let server: Server;
  let base = "";
  beforeAll(async () => {
    mkdirSync(path.join(nextDir, "static", "chunks"), { recursive: true });
    writeFileSync(path.join(nextDir, "static", "chunks", "a.js"), script);
    writeFileSync(path.join(nextDir, "secret.js"), "secret");
    server = createServer((req, res) => {
      void serveStaticBrotli(req, res, nextDir).then((served) => {
        if (!served) res.writeHead(299).end("passed on");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (url: string, encoding = "gzip, deflate, br") =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      // node:http, not fetch: fetch would decode the body itself.
      import("node:http").then(({ get: httpGet }) =>
        httpGet(`${base}${url}`, { headers: { "accept-encoding": encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        }).on("error", reject),
      );
    });

  it("sends a built script as Brotli, smaller, with immutable caching and the security headers", async () => {
    const answer = await get("/_next/static/chunks/a.js");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers["cache-control"]).toContain("immutable");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
    expect(answer.body.byteLength).toBeLessThan(Buffer.byteLength(script) / 5);
  });

  it("passes on browsers without br, other paths, missing files and paths out of the folder", async () => {
    expect((await get("/_next/static/chunks/a.js", "gzip")).status).toBe(299);
    expect((await get("/_next/static/chunks/missing.js")).status).toBe(299);
    expect((await get("/_next/static/..%2Fsecret.js")).status).toBe(299);
    expect((await get("/reports")).status).toBe(299);
  });
});
