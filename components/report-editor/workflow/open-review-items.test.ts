import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import { hasOpenReviewItems, openReviewItems } from "./open-review-items";

const template = getTemplate(2021);
const at = "2027-01-10T02:00:00.000Z";
const comment = (id: string, target: string, more: { resolvedAt?: string; replies?: number } = {}) => ({
  id,
  target,
  body: `批注${id}`,
  authorName: "审核人",
  createdAt: at,
  resolvedAt: more.resolvedAt ?? null,
  resolvedByName: null,
  replies: Array.from({ length: more.replies ?? 0 }, (_, i) => ({
    id: `${id}-${i}`,
    body: "已改",
    authorName: "填报人",
    createdAt: at,
  })),
});
const explanation = (key: string) => ({ key, ruleId: "r", message: `警告${key}`, explanation: `说明${key}` });

describe("openReviewItems", () => {
  it("lists comments neither resolved nor replied to, by their template label", () => {
    const items = openReviewItems(template, {
      comments: [
        comment("a", "cell:t3.granted.natural_person"),
        comment("b", "section:s5", { resolvedAt: at }),
        comment("c", "section:s1", { replies: 1 }),
        comment("d", "section:s5"),
      ],
      explanations: [],
      acceptances: [],
    });
    expect(items.comments).toEqual([
      { id: "a", place: "表三“（一）予以公开”自然人", body: "批注a" },
      { id: "d", place: "五、存在的主要问题及改进情况", body: "批注d" },
    ]);
    expect(items.comments.map((c) => c.place).join("")).not.toMatch(/cell:|section:/);
  });

  it("lists explanations no acceptance of this round covers", () => {
    const items = openReviewItems(template, {
      comments: [],
      explanations: [explanation("k1"), explanation("k2")],
      acceptances: [{ key: "k1", reason: "同意", actor: "审核人", at }],
    });
    expect(items.explanations).toEqual([{ key: "k2", message: "警告k2", explanation: "说明k2" }]);
    expect(hasOpenReviewItems(items)).toBe(true);
  });

  it("has nothing to warn about when every comment and explanation is answered", () => {
    const items = openReviewItems(template, {
      comments: [comment("a", "section:s1", { replies: 2 })],
      explanations: [explanation("k1")],
      acceptances: [{ key: "k1", reason: "同意", actor: "审核人", at }],
    });
    expect(hasOpenReviewItems(items)).toBe(false);
  });
});
