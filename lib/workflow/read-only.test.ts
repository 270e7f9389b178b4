import { describe, expect, it } from "vitest";

import { readOnlyNotice } from "./read-only";

const notice = (status: string, viewer: "filler" | "reviewer" | "other") =>
  readOnlyNotice({ status, viewer, officeName: "示范区教育局" });

describe("readOnlyNotice", () => {
  it("tells the filler why the status stops them, and what comes next", () => {
    expect(notice("SUBMITTED", "filler")).toContain("已提交审核");
    expect(notice("APPROVED", "filler")).toContain("联系审核人退回");
    expect(notice("PUBLISHED", "filler")).toContain("更正");
  });

  it("tells a reviewer that fillers write and what the review can do now", () => {
    expect(notice("SUBMITTED", "reviewer")).toMatch(/审核人身份.*示范区教育局的填报人.*批注、退回或审核通过/);
    expect(notice("DRAFT", "reviewer")).toContain("“草稿”");
  });

  it("tells anyone else who may edit, and when", () => {
    expect(notice("DRAFT", "other")).toBe(
      "您可以查看这份年报；只有示范区教育局的填报人可以修改，且只能在“草稿”或“已退回”时修改。",
    );
  });
});
