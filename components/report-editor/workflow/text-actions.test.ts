import { describe, expect, it } from "vitest";

import { ZWorkflowRequest } from "@/lib/workflow/workflow-request";

import { textActionRequest, textActionTitle, textFieldLabel, type TTextAction } from "./text-actions";

const context = {
  target: "cell:t3.granted.total",
  warningKey: "rule:t3.granted.total",
  commentId: "0b6f5c2e-8a41-4d1e-9c55-3f0a8e2b7d10",
};
const ACTIONS: TTextAction[] = ["return", "correct", "comment", "accept", "approve", "reply"];

describe("text actions", () => {
  it("build requests the workflow route accepts, carrying the text", () => {
    for (const action of ACTIONS) {
      const { request, done } = textActionRequest(action, "请补充说明", context);
      const parsed = ZWorkflowRequest.parse(request);
      expect(Object.values(parsed)).toContain("请补充说明");
      expect(done).toMatch(/^已/);
    }
    expect(textActionRequest("comment", "请核对", context).request).toEqual({
      action: "comment",
      target: "cell:t3.granted.total",
      body: "请核对",
    });
    expect(textActionRequest("accept", "同意", context).request).toEqual({
      action: "accept-warning",
      key: "rule:t3.granted.total",
      reason: "同意",
    });
  });

  it("are titled by action, the comment by its target", () => {
    expect(textActionTitle("comment", { targetLabel: "表三“申请人数”合计" })).toBe(
      "批注：表三“申请人数”合计",
    );
    expect(textActionTitle("reply", { targetLabel: "表三“申请人数”合计" })).toBe(
      "回复批注：表三“申请人数”合计",
    );
    expect(textActionRequest("reply", "已核对", context).request).toEqual({
      action: "reply-comment",
      commentId: context.commentId,
      body: "已核对",
    });
    expect(textActionTitle("accept", { targetLabel: "" })).toBe("接受警告");
    expect(textActionTitle("return", { targetLabel: "" })).toBe("退回");
    expect(textActionTitle("approve", { targetLabel: "" })).toBe("审核通过");
    expect(textActionRequest("approve", "同意发布", context).request).toEqual({
      action: "approve",
      opinion: "同意发布",
    });
    expect(textActionTitle(null, { targetLabel: "" })).toBe("");
  });

  it("name their text field", () => {
    expect(ACTIONS.map(textFieldLabel)).toEqual([
      "退回意见",
      "更正说明",
      "批注内容",
      "接受理由",
      "审核意见",
      "回复内容",
    ]);
    expect(textFieldLabel(null)).toBe("批注内容");
  });
});
