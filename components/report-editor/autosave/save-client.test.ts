import { describe, expect, it } from "vitest";

import type { TReportDocument } from "@/lib/report/schema";
import { fakeFetch } from "@/lib/testing/fake-fetch";

import { sendDraft } from "./save-client";

const document = { year: 2025 } as unknown as TReportDocument;

describe("sendDraft", () => {
  it("PUTs the draft as JSON and reads the new version", async () => {
    const { calls, fetchImpl } = fakeFetch(200, { version: 4, updatedAt: "2026-03-02T10:00:00.000Z" });
    const outcome = await sendDraft("r1", { baseVersion: 3, document }, fetchImpl);
    expect(outcome).toEqual({ kind: "saved", version: 4, updatedAt: "2026-03-02T10:00:00.000Z" });
    expect(calls[0]?.url).toBe("/api/reports/r1");
    expect(calls[0]?.init.method).toBe("PUT");
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ baseVersion: 3, document });
  });

  it("reads a 409 as a conflict with the server's version", async () => {
    const conflict = { version: 5, updatedAt: "2026-03-02T09:00:00.000Z", document, savedBy: "卫健局填报人" };
    const { fetchImpl } = fakeFetch(409, { error: { code: "CONFLICT", message: "…" }, conflict });
    expect(await sendDraft("r1", { baseVersion: 3, document }, fetchImpl)).toEqual({
      kind: "conflict",
      server: conflict,
    });
  });

  it("reads a 401 as an ended sign-in", async () => {
    const body = { error: { code: "UNAUTHENTICATED", message: "请先登录。" } };
    expect(await sendDraft("r1", { baseVersion: 3, document }, fakeFetch(401, body).fetchImpl)).toEqual({
      kind: "expired",
    });
  });

  it("reads a server error as unavailable (retried later), whatever its body", async () => {
    expect(await sendDraft("r1", { baseVersion: 3, document }, fakeFetch(503, "<html>").fetchImpl)).toEqual({
      kind: "unavailable",
    });
  });

  it("reads any other answer as refused, with the server's message or the status", async () => {
    const refused = fakeFetch(409, {
      error: { code: "READ_ONLY", message: "该年报已提交或已发布，不能再修改。" },
    });
    expect(await sendDraft("r1", { baseVersion: 3, document }, refused.fetchImpl)).toEqual({
      kind: "refused",
      message: "该年报已提交或已发布，不能再修改。",
    });
    expect(await sendDraft("r1", { baseVersion: 3, document }, fakeFetch(403, "").fetchImpl)).toEqual({
      kind: "refused",
      message: "保存失败（403）",
    });
    expect(await sendDraft("r1", { baseVersion: 3, document }, fakeFetch(200, {}).fetchImpl)).toEqual({
      kind: "refused",
      message: "保存失败（200）",
    });
  });

  it("reads 422 and 413 as a refused content the person can mend (tester3)", async () => {
    const tooLong = fakeFetch(422, {
      error: { code: "INVALID", message: "年报数据无效，未保存：正文·五：不能超过 100000 个字符。" },
    });
    expect(await sendDraft("r1", { baseVersion: 3, document }, tooLong.fetchImpl)).toEqual({
      kind: "invalid",
      message: "年报数据无效，未保存：正文·五：不能超过 100000 个字符。",
    });
    expect(await sendDraft("r1", { baseVersion: 3, document }, fakeFetch(413, "").fetchImpl)).toEqual({
      kind: "invalid",
      message: "保存失败（413）",
    });
  });

  it("rejects when the network fails", async () => {
    const fetchImpl = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    await expect(sendDraft("r1", { baseVersion: 3, document }, fetchImpl)).rejects.toThrow("Failed to fetch");
  });
});
