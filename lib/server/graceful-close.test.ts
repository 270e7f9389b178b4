import { once } from "node:events";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { closeGracefully } from "./graceful-close";

/** Sends one request and resolves with status and body, or rejects when the connection is cut. */
const send = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ port, path, host: "127.0.0.1", agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });

describe("closeGracefully (issue 14 item 10)", () => {
  let server: Server | null = null;
  afterEach(() => {
    server?.closeAllConnections();
    server = null;
  });

  it("answers the request in flight, refuses new connections, then resolves drained", async () => {
    const stored: string[] = [];
    server = createServer((req, res) => {
      // A save that takes a while: committed, then answered.
      setTimeout(() => {
        stored.push(req.url ?? "");
        res.end("saved");
      }, 300);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;

    const inFlight = send(port, "/save-1");
    await new Promise((r) => setTimeout(r, 50));
    const closing = closeGracefully(server, 5000);
    await expect(send(port, "/late")).rejects.toThrow();
    await expect(inFlight).resolves.toEqual({ status: 200, body: "saved" });
    await expect(closing).resolves.toEqual({ drained: true });
    expect(stored).toEqual(["/save-1"]);
  });

  it("cuts what is still running after the cap", async () => {
    server = createServer(() => undefined); // never answers
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const hanging = send(port, "/hang");
    await new Promise((r) => setTimeout(r, 50));
    await expect(closeGracefully(server, 200)).resolves.toEqual({ drained: false });
    await expect(hanging).rejects.toThrow();
  });
});
