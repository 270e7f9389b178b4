import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";

import type { TReportDocument } from "@/lib/report/schema";
import { loadExample } from "@/lib/report/testing/fixtures";
import { getTemplate } from "@/lib/template";

import { buildDocx } from "./docx";
import { buildHtml } from "./html";

/**
 * Issue 14 item 7: text stored before the entry cleaning existed (or reaching an exporter any other way)
 * may hold characters XML 1.0 forbids; the exports filter them as a last guard.
 */

// XML 1.0 §2.2 Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// HTML §13.2.5: control characters other than ASCII whitespace, and noncharacters, are parse errors.
const HTML_BAD = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/u;

const BAD = "\u0000\u0001\u000B\uFFFE\uFFFF\uD800\u007F\u0085";

const dirty = (): TReportDocument => {
  const report = loadExample("zhangdian2023");
  return {
    ...report,
    details: { ...report.details, agencyName: `山东张店${BAD}经济开发区管理委员会`, issuer: `落款${BAD}` },
    narrative: { ...report.narrative, s1: `主动公开${BAD}情况。\n第二段\uFFFF。` },
    remarks: { t3: `说明${BAD}` },
  };
};

describe("exports keep only legal characters", () => {
  it("writes a .docx whose every XML part is well-formed and holds only XML 1.0 characters", async () => {
    const report = dirty();
    const zip = await JSZip.loadAsync(
      await buildDocx(getTemplate(report.formatVersion), report, { status: "draft" }),
    );
    const parts = Object.keys(zip.files).filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
    expect(parts).toContain("word/document.xml");
    for (const name of parts) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      expect(XML_ILLEGAL.test(xml), name).toBe(false);
      expect(XMLValidator.validate(xml), name).toBe(true);
    }
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(new XMLParser().parse(document)).toBeTruthy();
    expect(document).toContain("主动公开情况。");
    expect(document).toContain("山东张店经济开发区管理委员会");
  });

  it("writes HTML without raw control characters or noncharacters", () => {
    const report = dirty();
    const html = buildHtml(getTemplate(report.formatVersion), report, { status: "draft" });
    expect(HTML_BAD.test(html)).toBe(false);
    expect(XML_ILLEGAL.test(html)).toBe(false);
    expect(html).toContain("主动公开情况。");
    expect(html).toContain("第二段。");
  });
});
