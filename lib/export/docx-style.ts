import { AlignmentType, LineRuleType, Paragraph, TextRun, type IRunOptions } from "docx";

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

export const run = (text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun =>
  new TextRun({
    text,
    size,
    font: { eastAsia: font, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin },
    ...extra,
  });

export const bodyParagraph = (text: string, font: string = FONTS.body, keepNext = false): Paragraph =>
  new Paragraph({
    children: [run(text, font, SIZES.body)],
    keepNext,
    indent: { firstLine: 2 * CHAR },
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    alignment: AlignmentType.JUSTIFIED,
  });

export const blankLine = (): Paragraph =>
  new Paragraph({ children: [], spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } });
