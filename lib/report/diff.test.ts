import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import { diffBySection, diffReports, isEmptyDiff } from "./diff";
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
      {
        id: "t3.partial.research",
        label: "表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”科研机构",
        before: "0",
        after: "（空）",
      },
    ]);
    expect(diff.narrative.map((n) => n.label)).toEqual(["五、存在的主要问题及改进情况"]);
    expect(diff.details).toEqual([{ field: "电话", before: "0533—2867267", after: "0533-1234567" }]);
  });
});

describe("diffBySection", () => {
  const base = asEdited(loadExample("zhangdian2023"));
  const template = getTemplate(2021);

  it("groups changes by section and puts each comment beside the change that answers it", () => {
    const changed = withCells(base, { "t3.granted.natural_person": 2, "t2.licensing.decisions": 9 });
    changed.narrative.s5 = "新的问题描述";
    changed.details.contact = { ...changed.details.contact, phone: "0533-1234567" };
    const comments = [
      {
        target: "cell:t3.granted.natural_person",
        body: "应为 2 件",
        authorName: "审核人",
        resolvedAt: null,
        replies: [{ body: "已改为 2 件", authorName: "填报人" }],
      },
      { target: "section:s5", body: "请写改进措施", authorName: "审核人", resolvedAt: "2026-01-02" },
      { target: "cell:t3.partial.research", body: "请核对", authorName: "审核人", resolvedAt: null },
    ];
    const sections = diffBySection(template, diffReports(template, base, changed), comments);
    expect(sections.map((s) => s.step)).toEqual(["details", "s2", "s3", "s5"]);
    const s3 = sections.find((s) => s.step === "s3");
    expect(s3?.label).toBe("三、收到和处理政府信息公开申请情况");
    expect(s3?.changes).toEqual([
      {
        key: "c:t3.granted.natural_person",
        what: "表三“（一）予以公开”自然人",
        before: "0",
        after: "2",
        comments: [
          {
            body: "应为 2 件",
            authorName: "审核人",
            resolved: false,
            replies: [{ body: "已改为 2 件", authorName: "填报人" }],
          },
        ],
      },
    ]);
    expect(s3?.unanswered).toEqual([
      {
        body: "请核对",
        authorName: "审核人",
        resolved: false,
        replies: [],
        what: "表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”科研机构",
      },
    ]);
    const s5 = sections.find((s) => s.step === "s5");
    expect(s5?.changes.map((c) => c.what)).toEqual(["五、存在的主要问题及改进情况"]);
    expect(s5?.sectionComments).toEqual([
      { body: "请写改进措施", authorName: "审核人", resolved: true, replies: [] },
    ]);
    expect(sections[0]?.changes.map((c) => c.what)).toEqual(["电话"]);
  });

  it("is empty when nothing changed and nothing was commented", () => {
    expect(diffBySection(template, diffReports(template, base, structuredClone(base)), [])).toEqual([]);
  });
});
