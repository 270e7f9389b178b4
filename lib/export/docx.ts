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
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";

import { CHART_PNG_SIZE, renderChartPng } from "@/lib/charts/render-png";
import type { TChartData } from "@/lib/charts/report-charts";
import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate, TTableId } from "@/lib/template";
import { cleanDeep } from "@/lib/text/clean";

import { textWidthEm } from "./format";
import {
  buildPublishable,
  CHARTS_HEADING,
  type TBlock,
  type TExportEdition,
  type TPrintedCell,
  type TPrintedTable,
} from "./publishable";

/**
 * Publish-ready Word document per GB/T 9704-2012 (template-spec §5). Units: twips (1/20 pt) for lengths,
 * half-points for font sizes. Fonts are the names government PCs have (仿宋_GB2312, 楷体_GB2312, 黑体,
 * 方正小标宋简体); Latin letters and digits use Times New Roman.
 */

const MM = 56.6929; // twips per millimetre
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: Math.round(37 * MM),
    bottom: Math.round(35 * MM),
    left: Math.round(28 * MM),
    right: Math.round(26 * MM),
  },
  /** Footer edge distance: puts the page number about 7 mm below the text block. */
  footer: Math.round(23 * MM),
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  table: "仿宋_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

export const SIZES = { title: 44, body: 32, table: 21, pageNumber: 28 } as const; // half-points: 2号, 3号, 五号, 4号

/** Fixed line spacing of 28.95 pt: 22 lines on the 225 mm text block. */
export const BODY_LINE = 579;
const CHAR = 320; // one 3号 character, in twips

const run = (text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun =>
  new TextRun({
    text,
    size,
    font: { eastAsia: font, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin },
    ...extra,
  });

const bodyParagraph = (text: string, font: string = FONTS.body, keepNext = false): Paragraph =>
  new Paragraph({
    children: [run(text, font, SIZES.body)],
    keepNext,
    indent: { firstLine: 2 * CHAR },
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    alignment: AlignmentType.JUSTIFIED,
  });

const blankLine = (): Paragraph =>
  new Paragraph({ children: [], spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } });

// Column widths (fractions of the text block) per table; table 四 is fitted to the page width.
const COLUMN_SHARES: Record<TTableId, (columnCount: number) => number[]> = {
  t2: (count) => (count === 4 ? [0.4, 0.2, 0.2, 0.2] : [0.28, 0.1, 0.2, 0.21, 0.21]),
  t3: () => [0.07, 0.12, 0.29, ...Array<number>(7).fill(0.52 / 7)],
  t4: (count) => Array<number>(count).fill(1 / count),
};

const tableCell = (cell: TPrintedCell, width: number, keepNext: boolean): TableCell =>
  new TableCell({
    children: [
      new Paragraph({
        children: [run(cell.text, FONTS.table, SIZES.table)],
        alignment: cell.numeric || cell.scope !== "row" ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        // Word and LibreOffice keep a table row with the next when its paragraphs are “keep with next”.
        keepNext,
      }),
    ],
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
  });

const buildTable = (table: TPrintedTable): Table => {
  const widths = COLUMN_SHARES[table.id](table.columnCount).map((share) => Math.floor(share * TEXT_WIDTH));
  // A cell's width is the sum of the grid columns it covers; track columns covered by row spans from above.
  const pending: number[] = Array<number>(table.columnCount).fill(0);
  const toRow = (cells: TPrintedCell[], isHeader: boolean, keepNext: boolean): TableRow => {
    let column = 0;
    const children = cells.map((cell) => {
      while ((pending[column] ?? 0) > 0) column += 1;
      const width = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
      for (let c = column; c < column + cell.colSpan; c += 1) pending[c] = cell.rowSpan;
      column += cell.colSpan;
      return tableCell(cell, width, keepNext);
    });
    for (let c = 0; c < pending.length; c += 1) pending[c] = Math.max(0, (pending[c] ?? 0) - 1);
    return new TableRow({ children, tableHeader: isHeader || undefined, cantSplit: true });
  };
  return new Table({
    rows: [
      ...table.headerRows.map((row) => toRow(row, true, true)),
      ...table.bodyRows.map((row, i) => toRow(row, false, table.keepWithNext[i] ?? false)),
    ],
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    // The cells' margins, once for the table (w:tblCellMar) rather than on each of its ~300 cells: the same
    // layout, and a quarter fewer XML elements to build (docs/benchmarks.md).
    margins: { top: 40, bottom: 40, left: 60, right: 60, marginUnitType: WidthType.DXA },
  });
};

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
      spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
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
  // Last guard (lib/text/clean): only XML- and HTML-legal characters leave, whatever was stored earlier.
  const doc = buildPublishable(template, cleanDeep(report).value, edition);
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
          run: {
            size: SIZES.body,
            font: { eastAsia: FONTS.body, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin },
          },
          paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } },
        },
      },
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
 * 附：图解 (PNG pictures, about 40 ms each to draw).
 */
export const buildDocx = (
  template: TReportTemplate,
  report: TReportDocument,
  edition: TExportEdition,
): Promise<Buffer> => Packer.toBuffer(buildDocxDocument(template, report, edition));
