import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";

import { loadExample } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { exportFileName } from "./format";
import { buildHtml } from "./html";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "no-inline-style": "off" },
});

const htmlOf = (report: TReportDocument, status: "draft" | "published" = "published") =>
  buildHtml(getTemplate(report.formatVersion), report, { status });

/** Table rows as [text, rowspan, colspan] per cell, read back from the markup. */
const tableGrid = (html: string, index: number) => {
  const table = [...html.matchAll(/<table[\s\S]*?<\/table>/g)][index]?.[0] ?? "";
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<(th|td)([^>]*)>([^<]*)<\/\1>/g)].map((cell) => [
      cell[3],
      Number(/rowspan="(\d+)"/.exec(cell[2] ?? "")?.[1] ?? 1),
      Number(/colspan="(\d+)"/.exec(cell[2] ?? "")?.[1] ?? 1),
    ]),
  );
};

describe("HTML export", () => {
  it.each(["zhangdian2023", "gaoxin2021", "shanting2020"] as const)("%s is valid HTML", async (name) => {
    const result = await validator.validateString(htmlOf(loadExample(name)));
    expect(
      result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} @${m.line}`)),
    ).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is one self-contained zh-CN page: no scripts, no external resources", () => {
    const html = htmlOf(loadExample("zhangdian2023"));
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).toContain("@media print");
    expect(html).toContain('name="viewport"');
  });

  it("marks up the tables with the template's header cells, scopes and spans", () => {
    const html = htmlOf(loadExample("zhangdian2023"));
    const t3 = tableGrid(html, 1);
    expect(t3[0]).toEqual([
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3],
      ["申请人情况", 1, 7],
    ]);
    expect(t3[5]?.slice(0, 2)).toEqual([
      ["三、本年度办理结果", 22, 1],
      ["（一）予以公开", 1, 2],
    ]);
    expect(t3[3]).toEqual([
      ["一、本年新收政府信息公开申请数量", 1, 3],
      ...["0", "1", "0", "0", "0", "0", "1"].map((n) => [n, 1, 1]),
    ]);
    expect(html).toContain('<th scope="row" colspan="3">四、结转下年度继续办理</th>');
    const t4 = tableGrid(html, 2);
    expect(t4[0]).toEqual([
      ["行政复议", 1, 5],
      ["行政诉讼", 1, 10],
    ]);
    expect(t4[3]).toHaveLength(15);
    expect(html.match(/<thead>/g)).toHaveLength(2);
  });

  it("prints the official headings, not the report's variants", () => {
    const html = htmlOf(loadExample("shanting2020"));
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(getTemplate(2019).sections.map((s) => s.heading));
    expect(html).toContain(
      "<h1><span>枣庄市山亭区人民政府</span><span>2020年信息公开工作年度报告</span></h1>",
    );
  });

  it("escapes user text everywhere", async () => {
    const report = loadExample("zhangdian2023");
    report.details.agencyName = `<img src=x onerror=alert(1)>&"机关'`;
    report.details.title = undefined;
    report.narrative.s5 = `<script>alert("x")</script> & 'quotes' ${"长".repeat(5000)}`;
    report.remarks = { t4: "</table><script>" };
    const html = htmlOf(report);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
    expect((await validator.validateString(html)).valid).toBe(true);
  });
});

describe("exportFileName", () => {
  it("uses the title and removes characters file systems refuse", () => {
    expect(exportFileName("山东张店经济开发区管理委员会2023年政府信息公开工作年度报告", "docx")).toBe(
      "山东张店经济开发区管理委员会2023年政府信息公开工作年度报告.docx",
    );
    expect(exportFileName('A/B:C*?"<>|机关2023年政府信息公开工作年度报告', "html")).toBe(
      "ABC机关2023年政府信息公开工作年度报告.html",
    );
  });
});
