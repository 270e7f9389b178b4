import { readFileSync } from "node:fs";
import path from "node:path";

import JSZip from "jszip";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import { buildDocx } from "@/lib/export/docx";
import { buildHtml } from "@/lib/export/html";
import { ZReportDocument, reportDraftSchema, type TReportDocument } from "@/lib/report/schema";
import { FORMATS } from "@/lib/template";

import { importFile, importText } from "./import-report";
import { parseChineseDate } from "./narrative";
import { splitDigitRuns } from "./split";
import { formatAccuracy, measureAccuracy, truthFromDocument, truthFromRows } from "./testing/accuracy";
import { SEED_TRUTH } from "./testing/seed-truth";
import type { TImportResult } from "./types";

const SEEDS = "/work/shared/seeds";
const EXTRA = "/work/shared/seeds-extra";
const root = path.resolve(import.meta.dirname, "../..");

const example = (name: string): TReportDocument =>
  ZReportDocument.parse(JSON.parse(readFileSync(path.join(root, "docs/examples", `${name}.json`), "utf8")));

const read = async (file: string, options = {}): Promise<TImportResult> => {
  const outcome = await importFile(readFileSync(file), options);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result;
};

const accuracyLines: string[] = [];

describe("seed reports (/work/shared/seeds): the team's transcriptions in docs/examples are the truth", () => {
  const pairs = [
    ["000_5a3e5d80eddd3ef2.txt", "2021-zaozhuang-gaoxin"],
    ["002_c302cc0a8ba56504.txt", "2020-shanting"],
    ["004_405f20c665fb23e7.txt", "2023-zhangdian-kaifaqu"],
  ] as const;
  for (const [file, name] of pairs) {
    it(`${file} reads every cell as ${name}.json has it`, async () => {
      const result = await read(path.join(SEEDS, file));
      const truth = example(name);
      const template = FORMATS.getTemplate(truth.formatVersion);
      expect(result.document.formatVersion).toBe(truth.formatVersion);
      expect(result.document.year).toBe(truth.year);
      const accuracy = measureAccuracy(template, result, truthFromDocument(template, truth));
      accuracyLines.push(formatAccuracy(file, accuracy));
      expect(accuracy.wrong).toEqual([]);
      expect(accuracy.exact).toBe(accuracy.total);
      expect(reportDraftSchema(template).safeParse(result.document).success).toBe(true);
    });
  }

  it("000: `—、总体情况` and `6、 其他…` headings, no 落款 or date invented, contact details read", async () => {
    const { document, problems } = await read(path.join(SEEDS, "000_5a3e5d80eddd3ef2.txt"));
    expect(document.details).toMatchObject({
      agencyName: "枣庄高新区党政综合办公室",
      title: "枣庄高新区党政综合办公室2021年政府信息公开工作年度报告",
      publication: { website: "http://www.zzctp.gov.cn/" },
      contact: { phone: "0632-8626577", email: "gxqzwgkb@163.com" },
    });
    expect(document.details.issuer).toBeUndefined();
    expect(document.details.issueDate).toBeUndefined();
    expect(document.narrative.s1).toMatch(/^（一）主动公开工作情况\n会议公开方面/);
    expect(document.narrative.s6).toBe("区党政综合办公室已全面落实。");
    expect(problems).toEqual([]);
  });

  it("002 (2019 format): signed 本年增/减, 亿元 amount, the number printed after 行政许可 flagged not taken", async () => {
    const { document, problems, provenance } = await read(path.join(SEEDS, "002_c302cc0a8ba56504.txt"));
    expect(document.formatVersion).toBe(2019);
    expect(document.cells["t2.licensing.items_last_year"]).toBe(369);
    expect(document.cells["t2.licensing.items_change"]).toBe(-140);
    expect(document.cells["t2.punishment.items_change"]).toBe(-42);
    expect(document.cells["t2.procurement.amount"]).toBe(3.58);
    expect(problems).toContain("表二“行政许可”行标签中印有多余的数字“229”，未采用（第59行）");
    expect(provenance["t2.licensing.decisions"]).toMatchObject({
      where: "第61行",
      raw: "13964",
      how: "read",
    });
    expect(document.details).toMatchObject({ issuer: "枣庄市山亭区人民政府办公室", issueDate: "2021-02-20" });
  });
});

describe("real reports as found (/work/shared/seeds-extra)", () => {
  for (const file of Object.keys(SEED_TRUTH)) {
    it(`${file}: no value invented, accuracy recorded`, async () => {
      const result = await read(path.join(EXTRA, file));
      const template = FORMATS.getTemplate(result.document.formatVersion);
      const accuracy = measureAccuracy(template, result, truthFromRows(template, SEED_TRUTH[file]!));
      accuracyLines.push(formatAccuracy(file, accuracy));
      expect(accuracy.wrong).toEqual([]);
      expect(reportDraftSchema(template).safeParse(result.document).success).toBe(true);
    });
  }

  it("01 (markdown from a PDF): mangled 表三 headers, rows read by their labels; 落款 and date at the end", async () => {
    const { document, problems } = await read(path.join(EXTRA, "01_shuyang-county_2025.txt"));
    expect(document.year).toBe(2025);
    expect(document.cells["t3.other_other.natural_person"]).toBe(142);
    expect(document.printedTotals?.["t3.results_total.total"]).toBe(718);
    expect(document.cells["t2.fees.amount"]).toBe(4068.208);
    expect(document.cells["t4.litigation_after_review.pending"]).toBe(1);
    expect(document.details).toMatchObject({
      agencyName: "沐阳县人民政府",
      issuer: "沐阳县人民政府",
      issueDate: "2026-01-23",
    });
    expect(problems).toEqual([]);
  });

  it("02 (web page): empty cells stay empty and are marked, never read as 0; 规范性文件 accepted", async () => {
    const { document, blanks, provenance } = await read(path.join(EXTRA, "02_shuyang-fagaiju_2023.html"));
    expect(blanks).toHaveLength(125);
    expect(document.cells["t3.new_received.commercial"]).toBeNull();
    expect(provenance["t3.new_received.commercial"]).toMatchObject({ how: "blank", where: "第2个表格第4行" });
    expect(document.cells["t3.new_received.natural_person"]).toBe(26);
    expect(document.cells["t2.normative_documents.valid"]).toBe(18);
    expect(document.cells["t4.review.pending"]).toBe(1);
    expect(document.details).toMatchObject({ agencyName: "沭阳县发展和改革局", issueDate: "2024-01-17" });
  });

  it("04 (PDF text): rows with a value lost are flagged with their raw text, not filled; notes kept", async () => {
    const { document, problems, provenance } = await read(
      path.join(EXTRA, "04_shanghai-gov-office_2025.txt"),
    );
    // 规章's 本年废止 printed above the table with its note (D67); 规范性文件's is lost: that row stays unread.
    expect(document.cells["t2.regulations.repealed"]).toBe(55);
    expect(provenance["t2.regulations.repealed"]?.note).toMatch(
      /^（含自然失效 29 件）；原报告此数印在表格之外/,
    );
    expect(provenance["t2.regulations.made"]?.note).toBe("（其中修订 16 件）");
    expect(document.cells["t2.normative_documents.made"]).toBeNull();
    expect(problems).toContain(
      "表二“行政规范性文件”行应有 3 个数，原报告印有 2 个：“34 | 189”，未导入（第101行）",
    );
    expect(problems).toContain("没有“五、”标题：表四之后、“六、”之前的文字按第五部分导入，请核对");
    expect(document.narrative.s5).toMatch(
      /^（一）2024 年工作中存在问题的改进情况\n针对 2024 年工作中存在的主要问题/,
    );
    // PDF line breaks joined inside a paragraph.
    expect(document.narrative.s1).toContain(
      "政务公开促落实、优服务、强监督作用，持续推动政务公开工作提质增效。",
    );
    expect(document.cells["t3.unable_not_held.natural_person"]).toBe(484);
    expect(document.cells["t4.litigation_after_review.other"]).toBe(9);
  });

  it("09 (flattened web text): unique splits taken by the row totals, the ambiguous 表二 row offered", async () => {
    const { document, choices, provenance } = await read(path.join(EXTRA, "09_pingtan_2022.txt"));
    expect(document.cells["t3.new_received.natural_person"]).toBe(71);
    expect(document.cells["t3.new_received.commercial"]).toBe(3);
    expect(provenance["t3.new_received.natural_person"]).toMatchObject({ how: "split", raw: "713000074" });
    expect(document.cells["t3.unable_not_held.natural_person"]).toBe(37);
    expect(document.cells["t2.fees.amount"]).toBe(9116.36);
    expect(choices).toHaveLength(1);
    expect(choices[0]!.cellIds[0]).toBe("t2.normative_documents.made");
    // The narrative states 698 现行有效 and 88 制发: that split is listed first, still not taken.
    expect(choices[0]!.candidates[0]).toEqual([88, 55, 698]);
    expect(choices[0]!.candidates.length).toBeGreaterThan(1);
    expect(choices[0]!.supportedBy).toBe("正文提到 88、698，与第一种拆分相符");
    expect(document.cells["t2.normative_documents.made"]).toBeNull();
    expect(document.narrative.s5).toMatch(/^2022年，平潭综合实验区政府信息公开工作取得了一定成绩/);
  });
});

describe("round trip: every example exported by our own exporters imports back", () => {
  for (const name of ["2020-shanting", "2021-zaozhuang-gaoxin", "2023-zhangdian-kaifaqu"]) {
    for (const kind of ["docx", "html"] as const) {
      it(`${name} as .${kind}`, async () => {
        const report = example(name);
        const template = FORMATS.getTemplate(report.formatVersion);
        const bytes =
          kind === "docx"
            ? await buildDocx(template, report, { status: "published" })
            : Buffer.from(buildHtml(template, report, { status: "published" }), "utf8");
        const outcome = await importFile(bytes);
        if (!outcome.ok) throw new Error(outcome.error);
        const result = outcome.result;
        expect(result.source.kind).toBe(kind);
        const accuracy = measureAccuracy(template, result, truthFromDocument(template, report));
        accuracyLines.push(formatAccuracy(`往返 ${name}.${kind}`, accuracy));
        expect(accuracy.exact).toBe(accuracy.total);
        for (const key of ["opening", "s1", "s5", "s6"] as const) {
          expect(result.document.narrative[key]?.trim(), key).toBe(report.narrative[key]?.trim());
        }
        expect(result.document.details.agencyName).toBe(report.details.agencyName);
        expect(result.document.details.issueDate).toBe(report.details.issueDate);
        expect(result.document.year).toBe(report.year);
      });
    }
  }
});

describe("sources detected by content", () => {
  it("a GBK-encoded web page reads the same as its UTF-8 original", async () => {
    const html = readFileSync(path.join(EXTRA, "02_shuyang-fagaiju_2023.html"), "utf8").replace(
      'charset="utf-8"',
      'charset="gb2312"',
    );
    const outcome = await importFile(iconv.encode(html, "gbk"));
    expect(outcome.ok && outcome.result.document.cells["t2.normative_documents.made"]).toBe(8);
    expect(outcome.ok && outcome.result.document.details.agencyName).toBe("沭阳县发展和改革局");
  });

  it("pasted text and the same text as a file give the same document", async () => {
    const text = readFileSync(path.join(EXTRA, "09_pingtan_2022.txt"), "utf8");
    const pasted = importText(text);
    const file = await importFile(Buffer.from(text, "utf8"));
    expect(pasted.ok && file.ok && pasted.result.document).toEqual(file.ok && file.result.document);
  });
});

describe("Excel sheets holding the three tables", () => {
  it("an .xlsx laid out like the template (merged labels, one sheet per table) reads back every cell", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const report = example("2023-zhangdian-kaifaqu");
    const template = FORMATS.getTemplate(report.formatVersion);
    const workbook = new ExcelJS.Workbook();
    for (const table of Object.values(template.tables)) {
      const sheet = workbook.addWorksheet(table.title.slice(0, 30));
      if (table.id === "t2") sheet.addRow([`${report.details.agencyName}2023年政府信息公开工作年度报告`]);
      sheet.addRow([`${table.id === "t2" ? "二" : table.id === "t3" ? "三" : "四"}、${table.title}`]);
      for (const row of table.rows) {
        sheet.addRow(
          row.cells.flatMap((cell) => {
            const value =
              cell.type === "label"
                ? cell.text
                : (template.cellById.get(cell.cellId)?.sumOf ? report.printedTotals : report.cells)?.[
                    cell.cellId
                  ];
            // A merged cell prints its text once, the rest of the span empty.
            return [value ?? "", ...Array.from({ length: (cell.colSpan ?? 1) - 1 }, () => "")];
          }),
        );
      }
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcome = await importFile(bytes);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.source.kind).toBe("xlsx");
    const accuracy = measureAccuracy(template, outcome.result, truthFromDocument(template, report));
    accuracyLines.push(formatAccuracy("Excel 2023-zhangdian-kaifaqu.xlsx", accuracy));
    expect(accuracy.wrong).toEqual([]);
    expect(accuracy.exact).toBe(accuracy.total);
  });
});

describe("text as PDFs printed by Chromium give it", () => {
  it("reads Kangxi radical twins (⼀ ⼯ ⽉) like the ideographs, and drops our own 草稿 mark", () => {
    const text = readFileSync("/work/shared/seeds/004_405f20c665fb23e7.txt", "utf8");
    const twins = text.replace(/一/g, "\u2F00").replace(/工/g, "\u2F2F").replace(/月/g, "\u2F49");
    expect(twins).not.toBe(text);
    const plain = importText(text);
    const folded = importText(`草稿：本报告尚未发布，不得作为正式文本\n${twins}`);
    if (!plain.ok || !folded.ok) throw new Error("not read");
    expect(folded.result.document.cells).toEqual(plain.result.document.cells);
    expect(folded.result.document.details).toEqual(plain.result.document.details);
  });
});

describe("the 统计表 .xlsx the 年报专栏 offers (lib/spreadsheet/tables-xlsx.ts)", () => {
  it("reads back every cell, the 总计 formulas of 0 included", async () => {
    const { buildTablesWorkbook } = await import("@/lib/spreadsheet/tables-xlsx");
    const report = example("2023-zhangdian-kaifaqu");
    const template = FORMATS.getTemplate(report.formatVersion);
    const outcome = await importFile(new Uint8Array(await buildTablesWorkbook(template, report)));
    if (!outcome.ok) throw new Error(outcome.error);
    const accuracy = measureAccuracy(template, outcome.result, truthFromDocument(template, report));
    expect(accuracy.wrong).toEqual([]);
    expect(accuracy.exact).toBe(accuracy.total);
  });
});

describe("thousands separators and tables-only sources (issue 11 tester §9)", () => {
  it("reads an .xlsx cell “1,234” as 1234 and lists no missing section headings for a tables-only sheet", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const { buildTablesWorkbook } = await import("@/lib/spreadsheet/tables-xlsx");
    const report = example("2023-zhangdian-kaifaqu");
    const template = FORMATS.getTemplate(report.formatVersion);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await buildTablesWorkbook(template, report)) as never);
    let changed = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // The first value 1 of 表三 (一、本年新收 商业企业) becomes the text “1,234”.
          if (!changed && cell.value === 1 && sheet.name === "表三") {
            cell.value = "1,234";
            changed++;
          }
        }),
      ),
    );
    expect(changed).toBe(1);
    const outcome = await importFile(new Uint8Array(await workbook.xlsx.writeBuffer()), { year: 2023 });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(Object.values(outcome.result.document.cells)).toContain(1234);
    expect(outcome.result.problems.filter((problem) => problem.includes("标题"))).toEqual([]);
  });

  it("reads “1,234” and “12，345” in pasted text; a number list “1,23” is not a thousands group", () => {
    const text = readFileSync(path.join(SEEDS, "004_405f20c665fb23e7.txt"), "utf8");
    const outcome = importText(text.replace(/(行政许可\s*)\d+/, "$11,234"));
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.document.cells["t2.licensing.decisions"]).toBe(1234);
  });
});

describe("bad input: a Chinese message, never a throw", () => {
  const fails = async (bytes: Uint8Array) => {
    const outcome = await importFile(bytes);
    if (outcome.ok) throw new Error("imported");
    return outcome.error;
  };

  it("empty, too large, unknown binary", async () => {
    expect(await fails(new Uint8Array())).toBe("文件是空的。");
    expect(await fails(new Uint8Array(20 * 1024 * 1024 + 1))).toBe("文件超过 20 MB，无法导入。");
    expect(await fails(Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 9))).toMatch(
      /无法识别的文件类型/,
    );
  });

  it("a zip bomb is refused before unpacking; a damaged .docx is reported", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    zip.file("big.bin", new Uint8Array(120 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await fails(bomb)).toMatch(/疑似压缩炸弹/);
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, () => 1)]);
    expect(await fails(damaged)).toMatch(/文件已损坏/);
  });

  it("a Word file that is not a 年报, a PDF without a text layer, a damaged PDF, a damaged .doc", async () => {
    const notReport = await buildDocx(
      FORMATS.getTemplate(2021),
      {
        ...example("2023-zhangdian-kaifaqu"),
      },
      { status: "published" },
    ).then(async (bytes) => {
      const zip = await JSZip.loadAsync(bytes);
      zip.file(
        "word/document.xml",
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>会议纪要：本周工作安排。</w:t></w:r></w:p></w:body></w:document>',
      );
      return zip.generateAsync({ type: "uint8array" });
    });
    expect(await fails(notReport)).toMatch(/不是政府信息公开工作年度报告/);
    expect(await fails(Buffer.from(SCANNED_PDF, "latin1"))).toMatch(/该 PDF 是扫描件，没有文字层/);
    // Issue 11 tester §4: a PDF with a text layer that is not a 年报 is said to be that, not a scan.
    const memo = await fails(Buffer.from(TEXT_PDF, "latin1"));
    expect(memo).toMatch(/该文件不是政府信息公开工作年度报告/);
    expect(await fails(Buffer.from("%PDF-1.4\n%garbage\n", "latin1"))).toMatch(/PDF 文件已损坏/);
    const ole = Uint8Array.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Array.from({ length: 600 }, () => 0),
    ]);
    expect(await fails(ole)).toMatch(/无法读取该 Word 97–2003 文件/);
  });

  it("text without tables says the tables could not be read", () => {
    const outcome = importText(
      "某某局2023年政府信息公开工作年度报告\n一、总体情况\n今年工作很好。\n二、主动公开政府信息情况\n[图片]",
    );
    expect(outcome).toEqual({
      ok: false,
      error: expect.stringMatching(/没有读到表二、表三、表四的任何一行/),
    });
  });
});

describe("pieces", () => {
  it("splits a run by the row total; several splits are all returned", () => {
    const row = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];
    expect(splitDigitRuns(["713000074"], 7, row).candidates).toEqual([[71, 3, 0, 0, 0, 0, 74]]);
    expect(splitDigitRuns(["15130000154"], 7, row).candidates).toEqual([[151, 3, 0, 0, 0, 0, 154]]);
    // `011000011`: 0/1/10/0/0/0/11 and 0/11/0/0/0/0/11 both add up: both offered, neither taken.
    expect(splitDigitRuns(["011000011"], 7, row).candidates).toEqual([
      [0, 1, 10, 0, 0, 0, 11],
      [0, 11, 0, 0, 0, 0, 11],
    ]);
    expect(splitDigitRuns(["000"], 3).candidates).toEqual([[0, 0, 0]]);
  });

  it("dates in figures and in Chinese numerals", () => {
    expect(parseChineseDate("二〇二二年一月三十日")).toBe("2022-01-30");
    expect(parseChineseDate("2021年2月20日")).toBe("2021-02-20");
    expect(parseChineseDate("二〇二三年十二月三十一日")).toBe("2023-12-31");
    expect(parseChineseDate("2021年13月1日")).toBeUndefined();
  });
});

describe("accuracy (for the closing note)", () => {
  it("prints cells read exactly per file", () => {
    console.log(accuracyLines.join("\n"));
    expect(accuracyLines.length).toBeGreaterThan(0);
  });
});

/** A one-page PDF with an image-only page (no text operators): what a scanner produces. */
const SCANNED_PDF = [
  "%PDF-1.4",
  "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
  "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj",
  "4 0 obj << /Length 23 >> stream",
  "0 0 1 rg 10 10 100 100 re f",
  "endstream endobj",
  "trailer << /Root 1 0 R >>",
  "%%EOF",
].join("\n");

/** A one-page PDF with a line of text (a memo, not a 年报): it has a text layer. */
const TEXT_PDF = [
  "%PDF-1.4",
  "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
  "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R",
  "/Resources << /Font << /F1 5 0 R >> >> >> endobj",
  "4 0 obj << /Length 52 >> stream",
  "BT /F1 12 Tf 72 700 Td (Meeting notes: week 12) Tj ET",
  "endstream endobj",
  "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
  "trailer << /Root 1 0 R >>",
  "%%EOF",
].join("\n");
