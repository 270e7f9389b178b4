import { describe, expect, it } from "vitest";

import { buildHtml } from "@/lib/export/html";
import { buildPublishable } from "@/lib/export/publishable";
import { evaluateReport } from "@/lib/rules/evaluate";
import { getTemplate } from "@/lib/template";

import {
  linkIssues,
  linkMarker,
  linkRegistry,
  parseLinkMarkers,
  readLink,
  refreshLinkedNarrative,
  resolveLinkedText,
} from "./linked-values";
import { createEmptyReport } from "./new-report";
import { reportDraftSchema, ZReportDocument, type TReportDocument } from "./schema";
import { resolveValues } from "./values";

const template = getTemplate(2021);

const filled = (): TReportDocument => {
  const doc = createEmptyReport("测试机关", 2025);
  for (const cell of template.cells) if (!cell.sumOf) doc.cells[cell.id] = 0;
  doc.cells["t3.new_received.natural_person"] = 70;
  doc.cells["t3.new_received.commercial"] = 5;
  doc.cells["t3.granted.natural_person"] = 60;
  doc.cells["t3.partial.commercial"] = 5;
  doc.cells["t3.unable_not_held.natural_person"] = 10;
  doc.narrative.s1 = "（二）依申请公开\n全年收到政府信息公开申请{{值:t3.new_received.total|74}}件。";
  doc.narrative.s3 = "予以公开和部分公开共{{值:sum.t3.granted_partial|}}件。";
  doc.narrative.s5 = "问题。";
  doc.narrative.s6 = "本年度未收取信息处理费。";
  return doc;
};

describe("linked values (关联数值)", () => {
  it("parses markers and leaves plain text, braces and look-alikes alone", () => {
    const text = "收到{{值:t3.new_received.total|75}}件，{{其他}}、{{值:坏的|1}}、{值:t3.x|2}";
    expect(parseLinkMarkers(text)).toEqual([
      { start: 2, end: 32, sourceId: "t3.new_received.total", printed: "75" },
    ]);
    expect(parseLinkMarkers("普通文字 75 件")).toEqual([]);
  });

  it("resolves to the table's current number; the registry names cells and derived totals", () => {
    const doc = filled();
    const values = resolveValues(template, doc);
    expect(resolveLinkedText(doc.narrative.s1 ?? "", values)).toBe(
      "（二）依申请公开\n全年收到政府信息公开申请75件。",
    );
    expect(resolveLinkedText(doc.narrative.s3 ?? "", values)).toBe("予以公开和部分公开共65件。");
    const registry = linkRegistry(template);
    expect(registry.byId.get("sum.t4.litigation")?.cells).toEqual([
      "t4.litigation_direct.total",
      "t4.litigation_after_review.total",
    ]);
    expect(registry.byId.get("sum.t3.deny")?.cells).toHaveLength(8);
    expect(registry.byId.get("sum.t2.valid")).toBeDefined();
    // 〔2019〕60号 has no 现行有效件数: the derived total does not exist there.
    expect(linkRegistry(getTemplate(2019)).byId.has("sum.t2.valid")).toBe(false);
    expect(readLink(values, "t3.made_up.total")).toEqual({ kind: "missing" });
  });

  it("round-trips through the draft schema (save) and JSON unchanged, and refresh brings LAST up to date", () => {
    const doc = filled();
    const saved = reportDraftSchema(template).parse(JSON.parse(JSON.stringify(doc)));
    expect(saved.narrative).toEqual(doc.narrative);
    const refreshed = refreshLinkedNarrative(saved.narrative, resolveValues(template, saved));
    expect(refreshed.s1).toContain(linkMarker("t3.new_received.total", "75"));
    expect(refreshed.s3).toBe("予以公开和部分公开共{{值:sum.t3.granted_partial|65}}件。");
    expect(refreshLinkedNarrative(refreshed, resolveValues(template, saved))).toBe(refreshed);
    expect(ZReportDocument.parse({ ...saved, narrative: refreshed }).narrative).toEqual(refreshed);
  });

  it("exports print the current numbers and never a marker", () => {
    const doc = filled();
    doc.cells["t3.new_received.natural_person"] = 71;
    const blocks = buildPublishable(template, doc, { status: "draft" }).blocks;
    const texts = blocks.flatMap((block) => ("text" in block ? [block.text] : []));
    expect(texts).toContain("全年收到政府信息公开申请76件。");
    expect(texts).toContain("予以公开和部分公开共65件。");
    const html = buildHtml(template, doc, { status: "draft" });
    expect(html).toContain("全年收到政府信息公开申请76件。");
    expect(html).not.toContain("{{值:");
  });

  it("the checker reads linked values as numbers: no X-01, and L-01 for a missing or blank source", () => {
    const doc = filled();
    expect(evaluateReport(doc).filter((f) => f.ruleId === "X-01" || f.ruleId === "L-01")).toEqual([]);

    const broken = filled();
    broken.narrative.s5 = "问题{{值:t3.gone.total|9}}件；{{值:t4.review.total|2}}件。";
    delete broken.cells["t4.review.maintained"];
    const values = resolveValues(template, broken);
    expect(linkIssues(broken.narrative, values).map((i) => i.state.kind)).toEqual(["missing", "blank"]);
    const l01 = evaluateReport(broken).filter((f) => f.ruleId === "L-01");
    expect(l01.map((f) => [f.severity, f.message])).toEqual([
      [
        "error",
        "“五、存在的主要问题及改进情况”的关联数值“t3.gone.total”（上次显示为 9）在国办公开办函〔2021〕30号格式的表格中不存在，请删除或重新插入",
      ],
      ["error", "“五、存在的主要问题及改进情况”的关联数值引用的表四“行政复议”总计尚未填写（上次显示为 2）"],
    ]);
    // Resolved text keeps the last number rather than printing nothing.
    expect(resolveLinkedText(broken.narrative.s5 ?? "", values)).toBe("问题9件；2件。");
  });

  it("X-01 on a typed number offers to replace it with the linked value", () => {
    const doc = filled();
    doc.narrative.s1 = "全年收到政府信息公开申请 74 件，其中自然人70件。";
    const x01 = evaluateReport(doc).filter((f) => f.ruleId === "X-01");
    expect(x01).toHaveLength(1);
    expect(x01[0]?.fix).toEqual({
      kind: "link",
      key: "s1",
      // The words as the checker reads them (normalised: no spaces); the fix finds them in the text as written.
      match: "收到政府信息公开申请74件",
      numberAt: 10,
      numberText: "74",
      sourceId: "t3.new_received.total",
    });
  });
});
