import { describe, expect, it } from "vitest";

import { availableActions, checkActor, findTransition, type TReportStatus } from "./transitions";

describe("review workflow transitions", () => {
  it.each([
    ["submit", "DRAFT", "filler", "SUBMITTED"],
    ["submit", "RETURNED", "filler", "SUBMITTED"],
    ["return", "SUBMITTED", "reviewer", "RETURNED"],
    ["approve", "SUBMITTED", "reviewer", "APPROVED"],
    ["publish", "APPROVED", "reviewer", "PUBLISHED"],
    ["correct", "PUBLISHED", "filler", "DRAFT"],
  ] as const)("%s from %s by a %s leads to %s", (action, from, actor, to) => {
    const result = findTransition(action, from, [actor]);
    expect(result.ok && result.transition.to).toBe(to);
  });

  it.each([
    ["submit", "SUBMITTED", "filler", "WRONG_STATUS", "年报当前为“待审核”，不能提交审核。"],
    ["publish", "SUBMITTED", "reviewer", "WRONG_STATUS", "年报当前为“待审核”，不能发布。"],
    ["approve", "SUBMITTED", "filler", "NOT_ALLOWED", "只有审核人可以审核通过。"],
    ["submit", "DRAFT", "reviewer", "NOT_ALLOWED", "只有本机关的填报人可以提交审核。"],
    ["correct", "APPROVED", "filler", "WRONG_STATUS", "年报当前为“已通过”，不能更正。"],
  ] as const)("refuses %s from %s by a %s with %s", (action, from, actor, code, message) => {
    expect(findTransition(action, from, [actor])).toEqual({ ok: false, code, message });
  });

  it("names the role an action needs, as a code and in Chinese", () => {
    expect(checkActor(["filler"], "filler", "处理批注")).toEqual({ ok: true });
    expect(checkActor(["filler"], "reviewer", "批注")).toEqual({
      ok: false,
      code: "NOT_ALLOWED",
      message: "只有审核人可以批注。",
    });
    expect(checkActor([], "filler", "处理批注")).toMatchObject({
      message: "只有本机关的填报人可以处理批注。",
    });
  });

  it("offers each actor only its own actions", () => {
    const offered = (from: TReportStatus) => [
      availableActions(from, ["filler"]),
      availableActions(from, ["reviewer"]),
    ];
    expect(offered("DRAFT")).toEqual([["submit"], []]);
    // 撤回: the 填报人 may take a submission back (the service refuses once the review has started).
    expect(offered("SUBMITTED")).toEqual([["withdraw"], ["return", "approve"]]);
    expect(offered("APPROVED")).toEqual([[], ["return", "publish"]]);
    expect(offered("PUBLISHED")).toEqual([["correct"], []]);
  });
});
