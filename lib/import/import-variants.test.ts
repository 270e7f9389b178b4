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
import { formatAccuracy, measureAccuracy } from "./testing/accuracy";
import * as v from "./testing/variants";

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
      ["网页 表三分页重复表头", () => utf8(v.splitHtmlTable(html, "t3", 8))],
      ["网页 表二分页重复表头", () => utf8(v.splitHtmlTable(html, "t2", 3))],
      ["Word 另存的网页", () => utf8(v.wordStyleHtml(html))],
      ["网页 表四转置", () => utf8(v.transposeHtmlTable4(html, t4))],
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
      ["Word", () => buildDocx(template, report, { status: "published" })],
      [
        "Word 套在版式表格里",
        async () =>
          docxWith(await buildDocx(template, report, { status: "published" }), v.nestBodyInLayoutTable),
      ],
      [
        "Word 文本框标题",
        async () => docxWith(await buildDocx(template, report, { status: "published" }), v.titleInTextBox),
      ],
    ];
    for (const [kind, make] of cases) {
      it(kind, async () => {
        const outcome = await importFile(await make());
        if (!outcome.ok) {
          lines.push(`${name} ${kind}: 失败 ${outcome.error}`);
          return;
        }
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
        void expect;
      });
    }
  });
}

describe("stress accuracy", () => {
  it("prints", () => console.log(lines.join("\n")));
});
