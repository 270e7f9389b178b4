import { describe, expect, it } from "vitest";

import { createEmptyReport } from "@/lib/report/new-report";
import { resolveLinkedText } from "@/lib/report/linked-values";
import { resolveValues } from "@/lib/report/values";
import { getTemplate } from "@/lib/template";

import { applyLinkFix, insertParagraph, linkOffers } from "./link-offers";

const template = getTemplate(2021);
const report = () => {
  const doc = createEmptyReport("测试机关", 2025);
  for (const cell of template.cells) if (!cell.sumOf) doc.cells[cell.id] = 0;
  doc.cells["t3.new_received.natural_person"] = 9;
  return doc;
};

describe("link offers", () => {
  it("offers a typed number in a recognised claim, and linking makes it follow the table", () => {
    const doc = report();
    const values = resolveValues(template, doc);
    const text = "全年共收到政府信息公开申请 9 件，其中自然人申请9件。";
    const offers = linkOffers(text, "s1", values);
    expect(offers).toHaveLength(1);
    const [offer] = offers;
    expect(offer).toMatchObject({ typed: 9, tableValue: 9, sourceId: "t3.new_received.total" });
    const linked = applyLinkFix(text, offer!, values);
    expect(linked).toBe("全年共收到政府信息公开申请 {{值:t3.new_received.total|9}} 件，其中自然人申请9件。");
    // Linked numbers are no longer offered.
    expect(linkOffers(linked ?? "", "s1", values)).toEqual([]);
    doc.cells["t3.new_received.natural_person"] = 12;
    expect(resolveLinkedText(linked ?? "", resolveValues(template, doc))).toBe(
      "全年共收到政府信息公开申请 12 件，其中自然人申请9件。",
    );
  });

  it("a mismatched number is offered too, and an edited text is not touched", () => {
    const values = resolveValues(template, report());
    const [offer] = linkOffers("收到申请75件。", "s3", values);
    expect(offer).toMatchObject({ typed: 75, tableValue: 9 });
    expect(applyLinkFix("收到申请75件。", offer!, values)).toBe("收到申请{{值:t3.new_received.total|9}}件。");
    expect(applyLinkFix("收到申请76件。", offer!, values)).toBeNull();
  });

  it("links the reading the typed number agrees with, and numbers written in Chinese numerals", () => {
    const doc = report();
    doc.cells["t3.carried_over.natural_person"] = 1;
    const values = resolveValues(template, doc);
    // 收到申请 10 件 = 本年新收 9 + 上年结转 1: linked to that sum, not to 新收 alone.
    expect(linkOffers("共收到申请10件。", "s3", values)[0]).toMatchObject({
      sourceId: "sum.t3.received_all",
    });
    const [offer] = linkOffers("共收到政府信息公开申请九件。", "s3", values);
    expect(offer).toMatchObject({ typed: 9, sourceId: "t3.new_received.total", numberText: "九" });
    expect(applyLinkFix("共收到政府信息公开申请九件。", offer!, values)).toBe(
      "共收到政府信息公开申请{{值:t3.new_received.total|9}}件。",
    );
  });

  it("inserts a paragraph on its own line", () => {
    expect(insertParagraph("甲。乙。", 2, "丙")).toEqual({ text: "甲。\n丙\n乙。", caret: 4 });
    expect(insertParagraph("", 0, "丙")).toEqual({ text: "丙", caret: 1 });
    expect(insertParagraph("甲\n", 2, "丙")).toEqual({ text: "甲\n丙", caret: 3 });
  });
});
