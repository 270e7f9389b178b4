import { describe, expect, it } from "vitest";

import { leavesEditor } from "./use-leave-guard";

describe("leavesEditor", () => {
  it("is true for in-app links", () => {
    expect(leavesEditor("/reports/r1/preview", null)).toBe(true);
    expect(leavesEditor("/", "_self")).toBe(true);
  });

  it("is false for new tabs, anchors on the page and downloads", () => {
    expect(leavesEditor("/reports/r1/history", "_blank")).toBe(false);
    expect(leavesEditor("#s3", null)).toBe(false);
    expect(leavesEditor("/reports/r1/export/docx", null)).toBe(false);
  });
});
