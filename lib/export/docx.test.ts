import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

import { asEdited, loadExample, withCells } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import { getTemplate, type TTableDef } from "@/lib/template";

import { BODY_LINE, buildDocx, FONTS, PAGE, SIZES } from "./docx";
import type { TExportEdition } from "./publishable";
import { formattingOf, paragraphsOf, readDocx, tablesOf, textOf } from "./testing/docx-reader";

const exportOf = async (report: TReportDocument, status: TExportEdition["status"] = "published") =>
  readDocx(await buildDocx(getTemplate(report.formatVersion), report, { status }));

/** The template's grid as text and spans, with value cells as the numbers the report should print. */
const expectedGrid = (table: TTableDef, report: TReportDocument) => {
  const template = getTemplate(report.formatVersion);
  const values = resolveValues(template, report);
  return table.rows.map((row) =>
    row.cells.map((cell) =>
      cell.type === "label"
        ? { text: cell.text, colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1 }
        : { text: String(values.effective(cell.cellId) ?? 0), colSpan: cell.colSpan ?? 1, rowSpan: 1 },
    ),
  );
};

/**
 * The font, Latin font and size of each run of a paragraph as Word shows them: the document defaults, the paragraph
 * style and the run's own properties together (formatting may live in any of them).
 */
const runPropsOf = (format: ReturnType<typeof formattingOf>, paragraphXml: string) =>
  format(paragraphXml).runs.map(({ run }) => ({
    font: run["rFonts@w:eastAsia"],
    latin: run["rFonts@w:ascii"],
    size: Number(run.sz),
  }));

describe("Word export of 张店经开区 2023", () => {
  const report = loadExample("zhangdian2023");

  it("sets up A4 with the GB/T 9704 margins", async () => {
    const { document } = await exportOf(report);
    expect(document).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? "";
    expect(margins).toContain('w:top="2098"');
    expect(margins).toContain('w:bottom="1984"');
    expect(margins).toContain('w:left="1587"');
    expect(margins).toContain('w:right="1474"');
  });

  it("numbers pages “— 1 —” in 4号宋体, odd pages right and even pages left", async () => {
    const { document, settings, footers } = await exportOf(report);
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    expect(document).toMatch(/<w:footerReference w:type="default"/);
    expect(document).toMatch(/<w:footerReference w:type="even"/);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain("PAGE");
      expect(textOf(footer)).toBe("—  —");
      expect(footer).toContain(`<w:sz w:val="${SIZES.pageNumber}"/>`);
      expect(footer).toContain('w:eastAsia="宋体"');
    }
    const alignments = footers.map((footer) => /<w:jc w:val="(\w+)"/.exec(footer)?.[1]).sort();
    expect(alignments).toEqual(["left", "right"]);
  });

  it("sets the title in 2号方正小标宋简体, broken into balanced lines", async () => {
    const { document, styles } = await exportOf(report);
    const format = formattingOf(styles);
    const paragraphs = paragraphsOf(document);
    expect(paragraphs.slice(0, 2).map((p) => p.text)).toEqual([
      "山东张店经济开发区管理委员会",
      "2023年政府信息公开工作年度报告",
    ]);
    for (const title of paragraphs.slice(0, 2)) {
      expect(runPropsOf(format, title.xml)).toEqual([
        { font: FONTS.title, latin: "Times New Roman", size: 44 },
      ]);
      expect(format(title.xml).paragraph.jc).toBe("center");
    }
  });

  it("uses 黑体 for 一、 headings, 楷体_GB2312 for （一） and 3号仿宋_GB2312 body with a 2-character indent", async () => {
    const { document, styles } = await exportOf(report);
    const format = formattingOf(styles);
    const paragraphs = paragraphsOf(document);
    const find = (text: string) => paragraphs.find((p) => p.text === text || p.text.startsWith(text));
    const heading1 = find("一、总体情况")?.xml ?? "";
    const heading2 = find("（一）主动公开方面")?.xml ?? "";
    expect(runPropsOf(format, heading1)).toEqual([{ font: "黑体", latin: "Times New Roman", size: 32 }]);
    expect(runPropsOf(format, heading2)).toEqual([
      { font: "楷体_GB2312", latin: "Times New Roman", size: 32 },
    ]);
    const body = find("2023年，在区委、区政府的正确领导下")?.xml ?? "";
    expect(runPropsOf(format, body)).toEqual([{ font: "仿宋_GB2312", latin: "Times New Roman", size: 32 }]);
    for (const xml of [heading1, heading2, body]) {
      expect(format(xml).paragraph).toMatchObject({
        "ind@w:firstLine": "640",
        "spacing@w:line": String(BODY_LINE),
        "spacing@w:lineRule": "exact",
        jc: "both",
      });
    }
    expect(format(heading1).paragraph.keepNext).toBe("true");
    expect(format(heading2).paragraph.keepNext).toBe("true");
    expect(format(body).paragraph.keepNext ?? "false").toBe("false");
    expect(BODY_LINE / 20).toBeGreaterThanOrEqual(28);
    expect(BODY_LINE / 20).toBeLessThanOrEqual(29);
  });

  it("prints the six official headings in order and the report's own opening", async () => {
    const texts = paragraphsOf((await exportOf(report)).document).map((p) => p.text);
    const headings = texts.filter((t) => /^[一二三四五六]、/.test(t));
    expect(headings).toEqual(getTemplate(2021).sections.map((s) => s.heading));
    expect(texts[3]).toContain("本年度报告中所列数据的统计期限自2023年1月1日起");
  });

  it("prints the three tables exactly as the template: labels in order, merged cells, numbers", async () => {
    const tables = tablesOf((await exportOf(report)).document);
    const template = getTemplate(2021);
    expect(tables).toHaveLength(3);
    (["t2", "t3", "t4"] as const).forEach((id, index) => {
      expect(tables[index]?.rows, id).toEqual(expectedGrid(template.tables[id], report));
    });
    expect(tables[1]?.rows[3]?.slice(-7).map((c) => c.text)).toEqual(["0", "1", "0", "0", "0", "0", "1"]);
  });

  it("repeats the header rows of tables 三 and 四 on every page and fixes the layout to the text width", async () => {
    const [t2, t3, t4] = tablesOf((await exportOf(report)).document);
    expect(t2?.headerRowCount).toBe(0);
    expect(t3?.headerRowCount).toBe(3);
    expect(t4?.headerRowCount).toBe(3);
    expect(t4?.xml).toContain('<w:tblLayout w:type="fixed"/>');
    const widths = [...(t4?.xml.match(/<w:gridCol w:w="(\d+)"\/>/g) ?? [])].map((m) =>
      Number(/\d+/.exec(m)?.[0]),
    );
    expect(widths).toHaveLength(15);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      PAGE.width - PAGE.margin.left - PAGE.margin.right,
    );
  });

  it("sets table text in 五号仿宋 with single line spacing, numbers centred and row labels left", async () => {
    const { document, styles } = await exportOf(report);
    const format = formattingOf(styles);
    const [, t3] = tablesOf(document);
    const cells = [...(t3?.xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [])].map((m) => m[0]);
    // Every cell but those continuing a vertical merge (Word shows the first cell's text there).
    const texts = cells.filter((cell) => !cell.includes('<w:vMerge w:val="continue"/>'));
    expect(texts.length).toBe(215);
    for (const cell of texts) {
      expect(textOf(cell)).not.toBe("");
      expect(runPropsOf(format, cell)).toEqual([
        { font: "仿宋_GB2312", latin: "Times New Roman", size: SIZES.table },
      ]);
      expect(format(cell).paragraph).toMatchObject({ "spacing@w:line": "240", "spacing@w:lineRule": "auto" });
    }
    const numeric = texts.filter((cell) => /^\d+$/.test(textOf(cell)));
    expect(numeric.length).toBe(175);
    for (const cell of numeric) expect(format(cell).paragraph.jc).toBe("center");
    const alignmentOf = (label: string) =>
      format(texts.find((cell) => textOf(cell) === label) ?? "").paragraph.jc;
    expect(alignmentOf("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")).toBe("left");
    expect(alignmentOf("自然人")).toBe("center");
  });
});

describe("Word export details", () => {
  it("prints an explicit 0 in an edited report's empty cells and signs with the issuer and a date without leading zeros", async () => {
    const report = withCells(asEdited(loadExample("shanting2020")), { "t3.granted.natural_person": null });
    const { document } = await exportOf(report);
    const tables = tablesOf(document);
    expect(tables[1]?.rows[5]?.slice(-7).map((c) => c.text)[0]).toBe("0");
    const texts = paragraphsOf(document).map((p) => p.text);
    expect(texts.slice(-2)).toEqual(["枣庄市山亭区人民政府办公室", "2021年2月20日"]);
  });

  it("prints the 2019 format's table 二 on a 5-column grid with sub-table （九）", async () => {
    const report = loadExample("shanting2020");
    const [t2] = tablesOf((await exportOf(report)).document);
    expect(t2?.rows).toEqual(expectedGrid(getTemplate(2019).tables.t2, report));
    expect(t2?.rows.map((row) => row[0]?.text)).toContain("第二十条第（九）项");
  });

  it("writes well-formed XML for text with markup, ampersands, quotes and very long lines", async () => {
    const report = loadExample("zhangdian2023");
    const nasty = `<script>alert("x")</script> & 'quotes' “引号” ${"很长的一行".repeat(2000)}`;
    report.narrative.s5 = nasty;
    report.details.agencyName = `A&B<机关>`;
    const { document } = await exportOf(report);
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).not.toContain("<script>");
    expect(paragraphsOf(document).map((p) => p.text)).toContain(nasty);
  });
});
