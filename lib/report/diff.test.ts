import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import { diffReports, isEmptyDiff } from "./diff";
import { asEdited, loadExample, withCells } from "./testing/fixtures";

describe("diffReports", () => {
  const base = asEdited(loadExample("zhangdian2023"));

  it("finds nothing between equal reports", () => {
    expect(isEmptyDiff(diffReports(getTemplate(2021), base, structuredClone(base)))).toBe(true);
  });

  it("names changed cells, sections and details", () => {
    const changed = withCells(base, { "t3.granted.natural_person": 2, "t3.partial.research": null });
    changed.narrative.s5 = "新的问题描述";
    changed.details.contact = { ...changed.details.contact, phone: "0533-1234567" };
    const diff = diffReports(getTemplate(2021), base, changed);
    expect(diff.cells).toEqual([
      { id: "t3.granted.natural_person", label: "表三“（一）予以公开”自然人", before: "0", after: "2" },
      { id: "t3.partial.research", label: "表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”科研机构", before: "0", after: "（空）" },
    ]);
    expect(diff.narrative.map((n) => n.label)).toEqual(["五、存在的主要问题及改进情况"]);
    expect(diff.details).toEqual([{ field: "电话", before: "0533—2867267", after: "0533-1234567" }]);
  });
});
