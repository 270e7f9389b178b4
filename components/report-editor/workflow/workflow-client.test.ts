import { describe, expect, it } from "vitest";

import { fakeFetch } from "@/lib/testing/fake-fetch";

import { postWorkflowAction } from "./workflow-client";

describe("postWorkflowAction", () => {
  it("POSTs the request as JSON and returns the new status", async () => {
    const { calls, fetchImpl } = fakeFetch(200, { ok: true, data: { status: "APPROVED" } });
    expect(await postWorkflowAction("r1", { action: "approve" }, fetchImpl)).toEqual({ status: "APPROVED" });
    expect(calls[0]?.url).toBe("/api/reports/r1/workflow");
    expect(calls[0]?.init.method).toBe("POST");
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ action: "approve" });
  });

  it("throws the server's message with the first five problems of a refused submission", async () => {
    const problems = ["问题1", "问题2", "问题3", "问题4", "问题5", "问题6"];
    const { fetchImpl } = fakeFetch(422, {
      ok: false,
      error: { code: "INVALID", message: "年报还有 6 个错误，改正后才能提交。", details: { problems } },
    });
    await expect(postWorkflowAction("r1", { action: "submit" }, fetchImpl)).rejects.toThrow(
      "年报还有 6 个错误，改正后才能提交。 问题1；问题2；问题3；问题4；问题5",
    );
  });

  it("throws the status when the answer has no message", async () => {
    await expect(
      postWorkflowAction("r1", { action: "publish" }, fakeFetch(502, "").fetchImpl),
    ).rejects.toThrow("操作失败（502）");
  });
});
