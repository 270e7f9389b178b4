import { describe, expect, it } from "vitest";

import { asEdited, loadExample, withCells, withPrinted } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { buildDocx } from "./docx";
import { buildHtml, DRAFT_BANNER } from "./html";
import { buildPublishable, type TExportEdition } from "./publishable";
import { formattingOf, paragraphsOf, readDocx, tablesOf, textOf } from "./testing/docx-reader";

/** Issue 12, exports: an imported report exports as published; drafts are marked on every page. */

const docxOf = async (report: TReportDocument, status: TExportEdition["status"]) =>
  readDocx(await buildDocx(getTemplate(report.formatVersion), report, { status }));
const htmlOf = (report: TReportDocument, status: TExportEdition["status"]) =>
  buildHtml(getTemplate(report.formatVersion), report, { status });

/** 张店经开区 2023 as imported (no 落款 in the original), with （一）予以公开 自然人 and its printed total blank. */
const importedWithBlanks = (): TReportDocument =>
  withPrinted(withCells(loadExample("zhangdian2023"), { "t3.granted.natural_person": null }), {
    "t3.granted.total": null,
  });

describe("Input 9: an imported report exports as published", () => {
  it("prints blank cells blank and ends without a 落款 in the .docx", async () => {
    const report = importedWithBlanks();
    const { document, headers } = await docxOf(report, "published");
    const t3 = tablesOf(document)[1];
    // Row 5 of 表三 is （一）予以公开: 自然人 … 总计.
    const granted = t3?.rows[5]?.slice(-7).map((cell) => cell.text);
    expect(granted).toEqual(["", "0", "0", "0", "0", "0", ""]);
    const texts = paragraphsOf(document)
      .map((p) => p.text)
      .filter(Boolean);
    expect(texts.at(-1)).toBe(report.narrative.s6?.split("\n").at(-1)?.trim());
    // The agency's name appears only in the title (its first line), never as a generated 落款.
    expect(texts.slice(2)).not.toContain("山东张店经济开发区管理委员会");
    expect(headers.map(textOf).join("")).not.toContain("草稿");
  });

  it("prints blank cells blank and ends without a 落款 in the .html", () => {
    const html = htmlOf(importedWithBlanks(), "published");
    expect(html).not.toContain('class="signature"');
    expect(html).toMatch(/<th scope="row" colspan="2">（一）予以公开<\/th>\n?<td><\/td>/);
    expect(html).not.toContain(DRAFT_BANNER);
  });

  it("generates no opening where the original had none, and never prints the transcriber's note", () => {
    const report = loadExample("zhangdian2023");
    delete report.narrative.opening;
    const model = buildPublishable(getTemplate(report.formatVersion), report, { status: "published" });
    expect(model.blocks[0]).toEqual({ kind: "heading1", text: "一、总体情况" });
    const all = JSON.stringify(model);
    expect(report.source?.note).toBeTruthy();
    expect(all).not.toContain(report.source?.note ?? "?");
    // The app's own report gets the standard opening and 落款.
    const edited = buildPublishable(getTemplate(report.formatVersion), asEdited(report), {
      status: "published",
    });
    expect(edited.blocks[0]?.kind).toBe("paragraph");
    expect(edited.signature?.issuer).toBe("山东张店经济开发区管理委员会");
  });

  it("prints the 表下说明 (remarks) once as 注：, the field of its own", () => {
    const report = {
      ...loadExample("zhangdian2023"),
      remarks: { t4: "注：行政复议、行政诉讼数量含上年度结转数量。" },
    };
    const model = buildPublishable(getTemplate(report.formatVersion), report, { status: "published" });
    expect(model.blocks.filter((b) => b.kind === "note")).toEqual([
      { kind: "note", text: "注：行政复议、行政诉讼数量含上年度结转数量。" },
    ]);
  });
});

describe("drafts are marked", () => {
  it("the same report as a draft of the app shows 草稿 in the header of every page (.docx)", async () => {
    const report = asEdited(importedWithBlanks());
    const { document, headers, settings } = await docxOf(report, "draft");
    // Odd and even pages each have a header; no different first page, so every page carries one.
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(document).toMatch(/<w:headerReference w:type="even"/);
    expect(document).not.toContain("<w:titlePg");
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    expect(headers).toHaveLength(2);
    for (const header of headers) expect(textOf(header)).toContain("草稿");
    // An edited draft prints blanks as 0 and signs with the agency.
    expect(tablesOf(document)[1]?.rows[5]?.slice(-7)[0]?.text).toBe("0");
    expect(paragraphsOf(document).at(-1)?.text).toBe("山东张店经济开发区管理委员会");
  });

  it("a draft .html carries the banner; a published edition never does", () => {
    const report = asEdited(loadExample("zhangdian2023"));
    expect(htmlOf(report, "draft")).toContain(`<p class="draft-banner" role="note">${DRAFT_BANNER}</p>`);
    expect(htmlOf(report, "published")).not.toContain('draft-banner" role');
  });
});

describe("layout faults seen on real reports", () => {
  it("keeps each 表二 band row with its rows and each spanned group's rows together (.docx)", async () => {
    const report = loadExample("zhangdian2023");
    const model = buildPublishable(getTemplate(report.formatVersion), report, { status: "published" });
    const tables = model.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
    const [t2, t3] = tables;
    // 表二 (2021): band, header, 规章, 规范性文件 | band, header, 行政许可 | band, header, 处罚, 强制 | band, header, 收费.
    expect(t2?.keepWithNext).toEqual([
      true,
      true,
      true,
      false,
      true,
      true,
      false,
      true,
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
    // 表三: （三）不予公开's eight rows are one group; the 22-row 三、本年度办理结果 span is too long to keep.
    const denyStart =
      t3?.bodyRows.findIndex((row) => row.some((cell) => cell.text === "（三）不予公开")) ?? -1;
    expect(t3?.keepWithNext.slice(denyStart, denyStart + 8)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    // In the .docx a row is kept with the next when its cells' paragraphs are “keep with next” (their style or their
    // own setting): header rows and the rows the printed table keeps, no other.
    const { document, styles } = await docxOf(report, "published");
    const format = formattingOf(styles);
    const printed = [t2, t3].map((table) => [
      ...(table?.headerRows.map(() => true) ?? []),
      ...(table?.keepWithNext ?? []),
    ]);
    tablesOf(document)
      .slice(0, 2)
      .forEach((table, index) => {
        const kept = [...table.xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => {
          const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
            .map(([cell]) => cell)
            .filter((cell) => !cell.includes('<w:vMerge w:val="continue"/>'));
          const keepNext = new Set(cells.map((cell) => format(cell).paragraph.keepNext ?? "false"));
          expect(keepNext.size, `表${index + 2} 一行的单元格`).toBe(1);
          return keepNext.has("true");
        });
        expect(kept).toEqual(printed[index]);
      });
  });

  it("marks kept rows so print does not break after them, in one tbody so rowspans stay intact (.html)", () => {
    const html = htmlOf(loadExample("zhangdian2023"), "published");
    expect(html).toContain("tr.keep-next { break-after: avoid;");
    // 表二 (2021) keeps 10 of its 14 rows with the next; 表三's four spanned groups keep 7 + 2 + 4 + 2.
    expect(html.match(/<tr class="keep-next">/g)).toHaveLength(10 + 15);
    expect(html.match(/<tbody>/g)).toHaveLength(3);
    expect(html).toContain('table.t3 th[scope="col"] { min-width: 3em; }');
  });
});
