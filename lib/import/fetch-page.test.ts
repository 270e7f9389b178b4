import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fetchPublishedPage, isFetchableAddress, timeoutMessage } from "./fetch-page";
import { importFromUrl } from "./import-report";

// Saved pages served from 127.0.0.1 only; the importer must be told that the intranet is allowed to reach them.
const REPORT_PAGE = readFileSync("/work/shared/seeds-extra/02_shuyang-fagaiju_2023.html");

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? "/";
    const hop = /^\/hop\/(\d+)$/.exec(url);
    if (url === "/report.html") return response.end(REPORT_PAGE);
    if (hop) {
      const left = Number(hop[1]);
      response.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : "/report.html" });
      return response.end();
    }
    if (url === "/to-metadata") {
      response.writeHead(302, { location: "file:///etc/passwd" });
      return response.end();
    }
    if (url === "/to-link-local") {
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      return response.end();
    }
    if (url === "/bomb") {
      response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      return response.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
    }
    if (url === "/slow") return; // never answers
    if (url === "/slow-body") {
      response.writeHead(200, { "content-type": "text/html" });
      return void response.write("<html><body>"); // the rest never comes
    }
    if (url === "/big") {
      response.writeHead(200, { "content-type": "text/html", "content-length": String(30 * 1024 * 1024) });
      return void response.write("<html>");
    }
    if (url === "/list.html")
      return response.end(
        `<html><body><ul>${[2023, 2022, 2021]
          .map((y) => `<li><a href="/r/${y}.html">某某局${y}年政府信息公开工作年度报告</a></li>`)
          .join("")}</ul></body></html>`,
      );
    if (url === "/attachment.html")
      return response.end(
        '<html><body><h1>关于发布年度报告的公告</h1><p>详见附件。</p><a href="/files/nb2023.pdf">某某局2023年政府信息公开工作年度报告.pdf</a></body></html>',
      );
    response.writeHead(404);
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const intranet = { allowPrivate: true };

describe("importing from a web address (issue 11)", () => {
  it("refuses addresses inside the server's network unless the operator allows the intranet", async () => {
    for (const address of [
      `${base}/report.html`,
      "http://localhost/x",
      "http://10.1.2.3/x",
      "http://[::1]/x",
      "http://169.254.169.254/latest/meta-data/",
      "http://0.0.0.0/x",
      "http://[::ffff:127.0.0.1]/x",
    ]) {
      const outcome = await importFromUrl(address, { allowPrivate: false });
      expect(outcome, address).toMatchObject({ ok: false });
      expect(!outcome.ok && outcome.error, address).toMatch(/内网或本机地址|不能访问端口/);
    }
    expect(isFetchableAddress("8.8.8.8", false)).toBe(true);
    expect(isFetchableAddress("100.64.0.1", false)).toBe(false);
    expect(isFetchableAddress("224.0.0.1", true)).toBe(false);
  });

  it("refuses other schemes and credentials in the address, in Chinese", async () => {
    for (const [address, message] of [
      ["file:///etc/passwd", /只能导入 http/],
      ["ftp://example.org/a", /只能导入 http/],
      ["http://user:pw@example.org/", /用户名或密码/],
      ["不是网址", /网址格式不正确/],
    ] as const) {
      const outcome = await importFromUrl(address);
      expect(!outcome.ok && outcome.error, address).toMatch(message);
    }
  });

  it("reads a saved report page, following redirects, and names the address in the source", async () => {
    const outcome = await importFromUrl(`${base}/hop/3`, intranet);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.document.year).toBe(2023);
    expect(outcome.result.source.label).toContain(`${base}/report.html`);
  });

  it("stops after five redirects, and checks each redirect's target again", async () => {
    expect(await importFromUrl(`${base}/hop/9`, intranet)).toEqual({
      ok: false,
      error: "该网址跳转超过 5 次，已停止。",
    });
    // Each redirect target passes the same checks as the address typed in.
    await expect(fetchPublishedPage(`${base}/to-metadata`, intranet)).rejects.toThrow(/只能导入 http/);
  });

  // Issue 11 tester §7: the intranet allowed still never reaches the metadata service or link-local addresses.
  it("never follows a redirect to 169.254.169.254, even with the intranet allowed", async () => {
    await expect(fetchPublishedPage(`${base}/to-link-local`, intranet)).rejects.toThrow(/内网或本机地址/);
    for (const address of [
      "169.254.169.254",
      "169.254.1.1",
      "fe80::1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "ff02::1",
      "100.100.100.200",
      "fd00:ec2::254",
      "::ffff:169.254.169.254",
    ])
      expect(isFetchableAddress(address, true), address).toBe(false);
    for (const address of ["10.0.0.5", "192.168.1.2", "127.0.0.1", "fd12::1"])
      expect(isFetchableAddress(address, true), address).toBe(true);
  });

  it("caps the page after decompression, times out, and says 404", async () => {
    await expect(fetchPublishedPage(`${base}/bomb`, { ...intranet, maxBytes: 1024 * 1024 })).rejects.toThrow(
      "该网页超过 1 MB（导入网页的大小上限），未导入。请把报告另存为文件（Word、PDF 或网页）后上传，或粘贴报告正文。",
    );
    await expect(fetchPublishedPage(`${base}/slow`, { ...intranet, timeoutMs: 300 })).rejects.toThrow(
      "访问该网址超过 0.3 秒仍未完成（导入网页的时间上限），已停止。请稍后重试，或把网页另存为文件后上传。",
    );
    await expect(fetchPublishedPage(`${base}/nothing`, intranet)).rejects.toThrow(/不存在（404）/);
  });

  it("says the limit when the page's body stalls or its declared size is over the cap (the default 20 MB)", async () => {
    await expect(fetchPublishedPage(`${base}/slow-body`, { ...intranet, timeoutMs: 300 })).rejects.toThrow(
      timeoutMessage(300),
    );
    await expect(fetchPublishedPage(`${base}/big`, intranet)).rejects.toThrow(
      /该网页超过 20 MB（导入网页的大小上限）/,
    );
    expect(timeoutMessage(20_000)).toMatch(/^访问该网址超过 20 秒仍未完成/);
  });

  it("says when the page is a list of reports, or only links the report as an attachment", async () => {
    const list = await importFromUrl(`${base}/list.html`, intranet);
    expect(!list.ok && list.error).toMatch(/列表页，列出了 3 篇年度报告/);
    const attachment = await importFromUrl(`${base}/attachment.html`, intranet);
    expect(!attachment.ok && attachment.error).toContain(`${base}/files/nb2023.pdf`);
  });
});
