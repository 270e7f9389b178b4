import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
  type IRunOptions,
} from "docx";

import { FONT_FACES } from "./fonts";

/**
 * The page and type of the Word export (./docx.ts) per GB/T 9704-2012 (template-spec §5). Units: twips
 * (1/20 pt) for lengths, half-points for font sizes. Fonts are the names government PCs have (仿宋_GB2312,
 * 楷体_GB2312, 黑体, 方正小标宋简体); Latin letters and digits use Times New Roman.
 */

export const MM = 56.6929; // twips per millimetre
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

/** The faces by role; their fallbacks, for machines without them, are in ./fonts.ts and word/fontTable.xml. */
export const FONTS = {
  title: FONT_FACES.title.name,
  body: FONT_FACES.body.name,
  heading1: FONT_FACES.heading1.name,
  heading2: FONT_FACES.heading2.name,
  table: FONT_FACES.body.name,
  pageNumber: FONT_FACES.pageNumber.name,
  latin: FONT_FACES.latin.name,
} as const;

export const SIZES = { title: 44, body: 32, table: 21, pageNumber: 28 } as const; // half-points: 2号, 3号, 五号, 4号

/** Fixed line spacing of 28.95 pt: 22 lines on the 225 mm text block. */
export const BODY_LINE = 579;
export const CHAR = 320; // one 3号 character, in twips

/**
 * A run of `text` in `font` (East Asian face; Latin letters and digits stay Times New Roman) at `size` half-points.
 * What the document defaults already say (3号仿宋_GB2312, Times New Roman: `DOCUMENT_RUN`) is not repeated on the
 * run: the same look with fewer XML elements, which are what the export's time goes into (docs/benchmarks.md).
 */
export const run = (text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun =>
  new TextRun({
    text,
    ...(size === SIZES.body ? {} : { size }),
    ...(font === FONTS.body ? {} : { font: { eastAsia: font } }),
    ...extra,
  });

/** The run properties every run inherits (w:docDefaults): 3号仿宋_GB2312, Latin Times New Roman, zh-CN. */
export const DOCUMENT_RUN = {
  size: SIZES.body,
  font: { eastAsia: FONTS.body, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin },
  // Chinese text is zh-CN: a substitute font is then chosen with Simplified Chinese glyphs.
  language: { value: "en-US", eastAsia: "zh-CN" },
} as const;

/** Paragraph style ids: body text (正文) and table text, `tableKept` also keeping its row with the next. */
export const STYLE = { body: "BodyText", table: "TableText", tableKept: "TableTextKept" } as const;

/**
 * The paragraph styles of body text and table cells. Set once here rather than on each paragraph and run (~320
 * table cells): the same layout, a third fewer XML elements to write — the export's time goes into them
 * (docs/benchmarks.md). Word and LibreOffice keep a table row with the next when its paragraphs are “keep with
 * next”, whether the paragraph or its style says so.
 * - 正文: 3号仿宋 (the document defaults), first line indented two characters, justified, fixed 28.95 pt lines.
 * - 表格文字: 五号仿宋, single line spacing, centred (row labels are set left on the paragraph).
 */
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: "正文（公文）",
    basedOn: "Normal",
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 2 * CHAR },
      spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    },
  },
  {
    id: STYLE.table,
    name: "表格文字",
    basedOn: "Normal",
    run: { size: SIZES.table },
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    },
  },
  {
    id: STYLE.tableKept,
    name: "表格文字（与下行同页）",
    basedOn: STYLE.table,
    paragraph: { keepNext: true },
  },
];

/** A 正文 paragraph in `font` (3号; 仿宋 unless a heading's 黑体 or 楷体), kept with the next when a heading. */
export const bodyParagraph = (text: string, font: string = FONTS.body, keepNext = false): Paragraph =>
  new Paragraph({
    style: STYLE.body,
    children: [run(text, font, SIZES.body)],
    keepNext: keepNext || undefined,
  });

/** An empty line of body height: the document's default paragraph (fixed 28.95 pt lines). */
export const blankLine = (): Paragraph => new Paragraph({ children: [] });
