import { readFileSync } from "node:fs";
import path from "node:path";

import iconv from "iconv-lite";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";

import { buildDocx } from "@/lib/export/docx";
import { buildHtml } from "@/lib/export/html";
import { ZReportDocument, type TReportDocument } from "@/lib/report/schema";
import { FORMATS } from "@/lib/template";

import { importFile } from "./import-report";
import { table4CellIds } from "./labels";
import { applySectionDiff, buildSectionDiff } from "./section-into-draft";
import { formatAccuracy, measureAccuracy } from "./testing/accuracy";
import * as v from "./testing/variants";
import * as t4v from "./testing/variants-table4";

/**
 * The stress set (D61): each example, with every input cell given its own value, published the ways real
 * offices publish — other page chrome, tables broken over pages with the header repeated, Word/WPS HTML, GBK
 * pages, 表四 transposed, text copied from a page or a PDF (labels broken, full-width digits, columns in
 * column order), Word bodies inside layout tables. Every cell must be read exactly or offered/reported, never
 * invented.
 */

const root = path.resolve(import.meta.dirname, "../..");
const example = (name: string): TReportDocument =>
  ZReportDocument.parse(JSON.parse(readFileSync(path.join(root, "docs/examples", `${name}.json`), "utf8")));

const lines: string[] = [];
const utf8 = (text: string) => Buffer.from(text, "utf8");

const docxWith = async (bytes: Uint8Array, change: (xml: string) => string): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(bytes);
  zip.file("word/document.xml", change(await zip.file("word/document.xml")!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
};

for (const name of ["2021-zaozhuang-gaoxin", "2020-shanting", "2023-zhangdian-kaifaqu"]) {
  describe(`variants of ${name} (every cell its own value)`, () => {
    const base = example(name);
    const template = FORMATS.getTemplate(base.formatVersion);
    const report = v.distinctReport(template, base);
    const truth = v.truthOfMade(template, report);
    const html = buildHtml(template, report, { status: "published" });
    const copied = v.htmlToCopiedText(html);
    const t4 = table4CellIds().map((id) => truth.get(id) ?? null);
    const gbk = (page: string) => iconv.encode(page.replace(/<meta charset="utf-8"\s*\/?>/i, ""), "gbk");
    const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
      ["网页", () => utf8(html)],
      ["网页+站点外框", () => utf8(v.wrapHtmlInChrome(html))],
      ["网页 版式表格（标题与正文分格）", () => utf8(v.wrapHtmlInLayoutTable(html))],
      ["网页 表三分页重复表头", () => utf8(v.splitHtmlTable(html, "t3", 8))],
      ["网页 表二分页重复表头", () => utf8(v.splitHtmlTable(html, "t2", 3))],
      ["Word 另存的网页", () => utf8(v.wordStyleHtml(html))],
      ["网页 表四转置", () => utf8(t4v.transposeHtmlTable4(html, t4))],
      ["网页 表四每组一行", () => utf8(t4v.table4ByGroup(html, t4))],
      ["网页 表四首列为“件数”、表头合并", () => utf8(t4v.table4WithLeadLabel(html, t4))],
      [
        "PDF 文字 表四转置",
        () => utf8(v.copiedTextAsPdfLines(v.htmlToCopiedText(t4v.transposeHtmlTable4(html, t4)))),
      ],
      ["GBK 网页（无 charset）", () => gbk(html)],
      [
        "GBK 网页（误标 utf-8）",
        () =>
          gbk(
            html.replace(
              /<head>/,
              '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            ),
          ),
      ],
      ["复制的文字", () => utf8(copied)],
      ["复制的文字 全角数字", () => utf8(v.fullWidthDigits(copied))],
      ["复制的文字 标题写法不同、缺五", () => utf8(v.respellHeadings(copied))],
      ["复制的文字 分页重复表头", () => utf8(v.repeatHeaderInText(copied, 9))],
      ["PDF 文字 标签断行", () => utf8(v.copiedTextAsPdfLines(copied))],
      ["PDF 文字 表三按列", () => utf8(v.table3InColumnOrder(copied))],
      ["PDF 文字 表三按列、每列一行", () => utf8(v.table3InColumnOrder(copied, true))],
      ["PDF 文字 表三先标签后各行数字", () => utf8(v.table3InColumnOrder(copied, true, true))],
      ["Word", () => buildDocx(template, report, { status: "published" })],
      [
        "Word 套在版式表格里",
        async () =>
          docxWith(await buildDocx(template, report, { status: "published" }), v.nestBodyInLayoutTable),
      ],
      [
        "Word 表头单元格内嵌表格（WPS）",
        async () =>
          docxWith(await buildDocx(template, report, { status: "published" }), v.nestTableInHeaderCell),
      ],
      [
        "Word 文本框标题",
        async () => docxWith(await buildDocx(template, report, { status: "published" }), v.titleInTextBox),
      ],
    ];
    /** Laid out so that reading it could only be a guess: every cell of the table reported, none invented. */
    const refused: [string, string, () => Uint8Array][] = [
      ["网页 表四转置且诉讼列在前", "t4", () => utf8(t4v.transposeHtmlTable4(html, t4, true))],
      [
        "PDF 文字 表三按列、总计不符",
        "t3",
        () =>
          utf8(
            v.table3InColumnOrder(
              copied.replace(
                /^(一、本年新收.*\t)(\d+)$/m,
                (_, row: string, n: string) => `${row}${Number(n) + 1}`,
              ),
            ),
          ),
      ],
    ];
    for (const [kind, table, make] of refused) {
      it(`${kind}: not guessed`, async () => {
        const outcome = await importFile(make());
        if (!outcome.ok) throw new Error(outcome.error);
        const accuracy = measureAccuracy(template, outcome.result, truth);
        lines.push(formatAccuracy(`${name} ${kind}`, accuracy));
        expect(accuracy.wrong).toEqual([]);
        const unread = template.cells.filter((cell) => cell.table === table).length;
        expect(accuracy.exact + accuracy.unread).toBe(accuracy.total);
        expect(accuracy.unread).toBeGreaterThanOrEqual(table === "t4" ? unread : 1);
      });
    }
    for (const [kind, make] of cases) {
      it(kind, async () => {
        const outcome = await importFile(await make());
        if (!outcome.ok) throw new Error(outcome.error);
        const accuracy = measureAccuracy(template, outcome.result, truth);
        const doc = outcome.result.document;
        const diffs = (["opening", "s1", "s5", "s6"] as const).filter(
          (key) => (doc.narrative[key] ?? "").trim() !== (report.narrative[key] ?? "").trim(),
        );
        const details = (["agencyName", "issueDate", "issuer", "title"] as const).filter(
          (key) => doc.details[key] !== report.details[key],
        );
        lines.push(
          formatAccuracy(`${name} ${kind}`, accuracy) +
            (accuracy.wrong.length ? ` ${accuracy.wrong.slice(0, 4).join("; ")}` : "") +
            ` 文字不同:${diffs.join(",")} 信息不同:${details.map((k) => `${k}=${doc.details[k]}`).join(",")}`,
        );
        expect(accuracy.wrong).toEqual([]);
        expect(accuracy.exact).toBe(accuracy.total);
        expect(diffs, "narrative").toEqual([]);
        expect(details, "details").toEqual([]);
      });
    }
  });
}

describe("stress accuracy", () => {
  it("prints", () => console.log(lines.join("\n")));
});

describe("locations as the person sees them", () => {
  const base = example("2021-zaozhuang-gaoxin");
  const template = FORMATS.getTemplate(base.formatVersion);
  const html = buildHtml(template, base, { status: "published" });
  it("a page laid out in tables numbers the report's tables, not the layout's", async () => {
    const plain = await importFile(utf8(html));
    const laidOut = await importFile(utf8(v.wrapHtmlInLayoutTable(html)));
    if (!plain.ok || !laidOut.ok) throw new Error("not read");
    const where = (result: typeof plain) => result.result.provenance["t3.new_received.commercial"]?.where;
    expect(where(plain)).toBe("第2个表格第4行");
    expect(where(laidOut)).toBe("第2个表格第4行");
  });
});

describe("text under 二、三、四 (section import into a draft, issue 11 Part B)", () => {
  const base = example("2021-zaozhuang-gaoxin");
  const template = FORMATS.getTemplate(base.formatVersion);
  const report: TReportDocument = {
    ...base,
    narrative: {
      ...base.narrative,
      s2: "（一）主动公开基本情况\n本年度通过门户网站主动公开政府信息 1200 条，其中政策文件 35 件。\n（二）政策解读\n制发政策解读 12 篇，图解 5 篇，均与文件同步发布。",
      s3: "本年度共收到政府信息公开申请，全部按期答复，具体情况见下表。",
      s4: "（一）行政复议\n本年度未发生因政府信息公开引起的行政复议。\n（二）行政诉讼\n本年度未发生因政府信息公开引起的行政诉讼。",
    },
  };
  const html = buildHtml(template, report, { status: "published" });
  const sources: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ["Word", () => buildDocx(template, report, { status: "published" })],
    ["网页", () => utf8(html)],
    ["复制的文字", () => utf8(v.htmlToCopiedText(html))],
    ["PDF 文字（无制表符）", () => utf8(v.copiedTextAsPdfLines(v.htmlToCopiedText(html)))],
  ];
  it("a Word file's 二 goes into an open draft's 二 as the diff's new text, sub-headings kept", async () => {
    const outcome = await importFile(await buildDocx(template, report, { status: "published" }));
    if (!outcome.ok) throw new Error(outcome.error);
    const diff = buildSectionDiff(base, outcome.result.document.narrative, "s2", "s2");
    expect(diff.before).toBe("");
    expect(diff.after).toBe(report.narrative.s2);
    expect(applySectionDiff(base, diff).narrative.s2).toMatch(/^（一）主动公开基本情况\n/);
  });
  for (const [kind, make] of sources) {
    it(`${kind}: each section's text with its sub-headings, nothing of the tables`, async () => {
      const outcome = await importFile(await make());
      if (!outcome.ok) throw new Error(outcome.error);
      const { narrative } = outcome.result.document;
      for (const key of ["s1", "s2", "s3", "s4", "s5", "s6"] as const) {
        expect(narrative[key]?.trim(), key).toBe(report.narrative[key]?.trim());
      }
    });
  }
});
