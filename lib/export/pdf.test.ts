import { describe, expect, it } from "vitest";

import { loadExample } from "@/lib/report/testing/fixtures";
import { getTemplate } from "@/lib/template";

import { buildHtml } from "./html";
import { pdfRendererAvailable, renderHtmlToPdf } from "./pdf";

const pdfText = async (pdf: Buffer): Promise<{ pages: number; text: string }> => {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(proxy, { mergePages: true });
  return { pages: totalPages, text };
};

// Printing needs the machine's Chromium (CI installs it, as for Playwright); without one there is nothing to run.
describe.skipIf(!pdfRendererAvailable())("PDF printed from the published HTML (issue 18)", () => {
  it("prints the whole report on A4 pages, title and tables included, even when the page names an unreachable resource", async () => {
    const report = loadExample("zhangdian2023");
    const html = buildHtml(getTemplate(report.formatVersion), report, { status: "published" }).replace(
      "</head>",
      '<link rel="stylesheet" href="http://127.0.0.1:9/blocked.css"></head>',
    );
    const pdf = await renderHtmlToPdf(html);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(5);
    // NFKC: the CJK font's cmap maps some characters to their Kangxi radical twins (⼯ U+2F2F for 工).
    const compact = text.normalize("NFKC").replace(/\s+/g, "");
    expect(compact).toContain("2023年政府信息公开工作年度报告");
    expect(compact).toContain("四、政府信息公开行政复议、行政诉讼情况");
  }, 90_000);
});

describe.skipIf(!pdfRendererAvailable())("a draft printed to PDF", () => {
  it("keeps the title whole and marks every page 草稿 in the top margin", async () => {
    const report = loadExample("zhangdian2023");
    const html = buildHtml(getTemplate(report.formatVersion), report, { status: "draft" });
    const { extractText, getDocumentProxy } = await import("unpdf");
    const proxy = await getDocumentProxy(new Uint8Array(await renderHtmlToPdf(html)));
    const { totalPages, text } = await extractText(proxy, { mergePages: false });
    const pages = text.map((page) => page.normalize("NFKC").replace(/\s+/g, ""));
    expect(totalPages).toBeGreaterThanOrEqual(5);
    expect(pages[0]).toContain("山东张店经济开发区管理委员会2023年政府信息公开工作年度报告");
    for (const page of pages)
      expect(page).toContain("草稿：本报告尚未发布，不得作为正式文本".normalize("NFKC"));
  }, 90_000);
});
