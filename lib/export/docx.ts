import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
} from "docx";

import { CHART_PNG_SIZE, renderChartPng } from "@/lib/charts/render-png";
import type { TChartData } from "@/lib/charts/report-charts";
import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template";

import { FONT_TABLE_PATH, fontTableXml } from "./docx-fonts";
import {
  blankLine,
  bodyParagraph,
  BODY_LINE,
  CHAR,
  DOCUMENT_RUN,
  FONTS,
  MM,
  PAGE,
  run,
  PARAGRAPH_STYLES,
  SIZES,
} from "./docx-style";
import { buildTable } from "./docx-tables";
import { textWidthEm } from "./format";
import { CHARTS_HEADING, exportPublishable, type TBlock, type TExportEdition } from "./publishable";

/**
 * Publish-ready Word document per GB/T 9704-2012 (template-spec §5). Page, fonts and sizes are in
 * ./docx-style.ts, tables in ./docx-tables.ts.
 */

export { BODY_LINE, FONTS, PAGE, SIZES, TEXT_WIDTH } from "./docx-style";

const renderBlock = (block: TBlock): (Paragraph | Table)[] => {
  switch (block.kind) {
    case "heading1":
      return [bodyParagraph(block.text, FONTS.heading1, true)];
    case "heading2":
      return [bodyParagraph(block.text, FONTS.heading2, true)];
    case "heading3":
    case "paragraph":
      return [bodyParagraph(block.text)];
    case "note":
      return [
        new Paragraph({
          children: [run(block.text, FONTS.table, SIZES.table)],
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 60, after: 120 },
        }),
      ];
    case "table":
      return [buildTable(block.table), new Paragraph({ children: [], spacing: { line: 240, after: 0 } })];
  }
};

/** 落款 without a seal (GB/T 9704 §7.3.5.2): signature 右空二字, the date starting two characters further right. */
const signatureParagraphs = (issuer: string, date: string | undefined): Paragraph[] => {
  const issuerWidth = textWidthEm(issuer);
  const dateWidth = date ? textWidthEm(date) : 0;
  const dateRight = Math.max(2, issuerWidth - dateWidth);
  const issuerRight = date ? dateRight + dateWidth + 2 - issuerWidth : 2;
  const line = (text: string, rightEm: number) =>
    new Paragraph({
      children: [run(text, FONTS.body, SIZES.body)],
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(rightEm * CHAR) },
    });
  return [
    blankLine(),
    ...(issuer ? [line(issuer, issuerRight)] : []),
    ...(date ? [line(date, dateRight)] : []),
  ];
};

/** `— 1 —` in 4号宋体; odd pages right and even pages left, one character in (GB/T 9704 §7.5). */
const pageNumberFooter = (side: "odd" | "even"): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            size: SIZES.pageNumber,
            font: { eastAsia: FONTS.pageNumber, ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
          }),
        ],
      }),
    ],
  });

/** The text of the draft header: on every page of a draft, never on a published edition. */
export const DRAFT_HEADER = "草稿　尚未发布，不得作为正式文本";

/** “草稿” at the top of every page (odd and even headers both: the document has different even pages). */
const draftHeader = (): Header =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run("草稿", FONTS.heading1, SIZES.body, { color: "C00000" }),
          run("　尚未发布，不得作为正式文本", FONTS.body, SIZES.table, { color: "C00000" }),
        ],
      }),
    ],
  });

/** Width of a chart on the page: the 156 mm text block less a margin, in the 96-dpi pixels docx lays out with. */
const CHART_WIDTH_PX = 560;

/**
 * 附：图解 on a page of its own: per chart its title (黑体 heading style), the picture (PNG, text alternative =
 * the chart's summary, so a screen reader reads the numbers) and the summary printed under it.
 */
const chartsAppendix = (charts: readonly TChartData[]): Paragraph[] => {
  if (charts.length === 0) return [];
  const height = Math.round((CHART_WIDTH_PX * CHART_PNG_SIZE.height) / CHART_PNG_SIZE.width);
  return [
    new Paragraph({ children: [run(CHARTS_HEADING, FONTS.heading1, SIZES.body)], pageBreakBefore: true }),
    ...charts.flatMap((chart, i) => [
      bodyParagraph(`图${i + 1}　${chart.title}`, FONTS.heading2, true),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: "png",
            data: renderChartPng(chart),
            transformation: { width: CHART_WIDTH_PX, height },
            altText: { name: `图${i + 1}`, title: chart.title, description: chart.summary },
          }),
        ],
      }),
      new Paragraph({
        children: [run(chart.summary, FONTS.table, SIZES.table)],
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 60, after: 240 },
      }),
    ]),
  ];
};

export const buildDocxDocument = (
  template: TReportTemplate,
  report: TReportDocument,
  edition: TExportEdition,
): Document => {
  const doc = exportPublishable(template, report, edition);
  const title = doc.titleLines.map(
    (line) =>
      new Paragraph({
        children: [run(line, FONTS.title, SIZES.title)],
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT },
      }),
  );
  return new Document({
    title: doc.title,
    creator: "年报通",
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: DOCUMENT_RUN,
          paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, footer: PAGE.footer, header: Math.round(15 * MM) },
          },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        ...(doc.draft ? { headers: { default: draftHeader(), even: draftHeader() } } : {}),
        children: [
          ...title,
          blankLine(),
          ...doc.blocks.flatMap(renderBlock),
          ...(doc.signature ? signatureParagraphs(doc.signature.issuer, doc.signature.date) : []),
          ...chartsAppendix(doc.charts),
        ],
      },
    ],
  });
};

/**
 * The .docx of a report; `edition.status` "draft" marks every page “草稿” in its header, `edition.charts` adds
 * 附：图解 (PNG pictures, about 40 ms each to draw). word/fontTable.xml carries each face's fallbacks
 * (./docx-fonts.ts).
 */
export const buildDocx = (
  template: TReportTemplate,
  report: TReportDocument,
  edition: TExportEdition,
): Promise<Buffer> =>
  Packer.toBuffer(buildDocxDocument(template, report, edition), false, [
    { path: FONT_TABLE_PATH, data: fontTableXml() },
  ]);
