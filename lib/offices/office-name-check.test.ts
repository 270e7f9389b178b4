import { describe, expect, it } from "vitest";

import { officeNameWarning } from "./office-name-check";

const HEALTH = { id: "h", name: "示范区卫生健康局", aliases: ["区卫计局"] };

describe("officeNameWarning", () => {
  it("is silent when the printed name is the office's, an alias, a short form or lacks the place prefix", () => {
    expect(officeNameWarning({ agencyName: "示范区卫生健康局" }, HEALTH)).toBeNull();
    expect(officeNameWarning({ agencyName: "区卫计局" }, HEALTH)).toBeNull();
    expect(officeNameWarning({ agencyName: "示范区卫健局" }, HEALTH)).toBeNull();
    expect(officeNameWarning({ issuer: "区卫生健康局" }, HEALTH)).toBeNull();
    expect(officeNameWarning({}, HEALTH)).toBeNull();
  });

  it("warns (naming both) when another office's report is imported, and asks to check a near name", () => {
    expect(officeNameWarning({ agencyName: "示范区教育局" }, HEALTH)).toBe(
      "报告中印的机关名称 “示范区教育局” 与所选机关“示范区卫生健康局”不一致：请确认这是本机关的报告。如确为本机关（例如机关更名），仍可继续导入。",
    );
    expect(officeNameWarning({ agencyName: "示范区卫生健康委员会" }, HEALTH)).toMatch(
      /只是相近（相似度 \d+%）/,
    );
  });
});
