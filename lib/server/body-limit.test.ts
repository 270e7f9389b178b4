import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_REQUEST_BODY_BYTES, bodyRefusal, refuseOversizedBody } from "./body-limit";

describe("bodyRefusal (issue 14: no 500 for a body over the limit)", () => {
  it("refuses a declared body over 21 MB with 413 and passes one at the limit", () => {
    expect(bodyRefusal("POST", { "content-length": String(MAX_REQUEST_BODY_BYTES + 1) })?.status).toBe(413);
    expect(bodyRefusal("PUT", { "content-length": String(MAX_REQUEST_BODY_BYTES) })).toBeNull();
    expect(bodyRefusal("GET", { "content-length": String(MAX_REQUEST_BODY_BYTES * 2) })).toBeNull();
  });

  it("refuses a server action without a length (chunked), not a route handler's", () => {
    expect(bodyRefusal("POST", { "next-action": "abc", "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(bodyRefusal("POST", { "next-action": "abc", "content-length": "120" })).toBeNull();
    expect(bodyRefusal("PUT", { "transfer-encoding": "chunked" })).toBeNull();
  });

  it("refuses a chunked form body without the next-action header (a form posted without JavaScript)", () => {
    // tester2: `curl -H 'Transfer-Encoding: chunked' -F file=@22MB /reports` was a bare 500 (Failed to parse body as FormData).
    const chunked = { "transfer-encoding": "chunked" };
    expect(
      bodyRefusal("POST", { ...chunked, "content-type": "multipart/form-data; boundary=x" })?.status,
    ).toBe(411);
    expect(
      bodyRefusal("POST", { ...chunked, "content-type": "application/x-www-form-urlencoded" })?.status,
    ).toBe(411);
    expect(
      bodyRefusal("POST", { "content-type": "multipart/form-data; boundary=x", "content-length": "9" }),
    ).toBeNull();
    expect(bodyRefusal("PUT", { ...chunked, "content-type": "application/json" })).toBeNull();
  });
});

describe("refuseOversizedBody on a real server", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (!refuseOversizedBody(req, res)) res.end("handed on");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (headers: Record<string, string>, body = "x") =>
    new Promise<{ status: number; text: string; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method: "POST", path: "/import", headers }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
      });
      req.on("error", reject);
      req.end(body);
    });

  it("answers 413 in Chinese with the security headers, before reading the body", async () => {
    const answer = await send({ "content-length": String(MAX_REQUEST_BODY_BYTES + 10), "next-action": "a" });
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("请求内容过大（上限 21 MB）");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(answer.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
  });

  it("hands a normal request on", async () => {
    expect((await send({ "content-length": "1", "next-action": "a" })).text).toBe("handed on");
  });
});
