import { describe, expect, it } from "vitest";

import { availableActions, findTransition, type TReportStatus } from "./transitions";

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
    ["submit", "SUBMITTED", "filler", "年报当前为“待审核”，不能提交审核。"],
    ["publish", "SUBMITTED", "reviewer", "年报当前为“待审核”，不能发布。"],
    ["approve", "SUBMITTED", "filler", "只有审核人可以审核通过。"],
    ["submit", "DRAFT", "reviewer", "只有本机关的填报人可以提交审核。"],
    ["correct", "APPROVED", "filler", "年报当前为“已通过”，不能更正。"],
  ] as const)("refuses %s from %s by a %s", (action, from, actor, reason) => {
    expect(findTransition(action, from, [actor])).toEqual({ ok: false, reason });
  });

  it("offers each actor only its own actions", () => {
    const offered = (from: TReportStatus) => [availableActions(from, ["filler"]), availableActions(from, ["reviewer"])];
    expect(offered("DRAFT")).toEqual([["submit"], []]);
    expect(offered("SUBMITTED")).toEqual([[], ["return", "approve"]]);
    expect(offered("APPROVED")).toEqual([[], ["return", "publish"]]);
    expect(offered("PUBLISHED")).toEqual([["correct"], []]);
  });
});
