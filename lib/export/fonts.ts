/**
 * The typefaces of the exports and what stands in for each where it is missing. The primary names are the ones a
 * government PC has (GB/T 9704-2012: 方正小标宋简体 title, 仿宋_GB2312 body, 黑体 for “一、”, 楷体_GB2312 for “（一）”);
 * Word and WPS there use exactly them. Each face's fallbacks are tried in order where it is absent, by
 * - the .docx: `w:altName` in word/fontTable.xml (ECMA-376 §17.8.3.1, a comma-separated list tried in turn) with
 *   `w:charset`/`w:family`/`w:pitch`/`w:panose1` for metric substitution after that (./docx-fonts.ts);
 * - the .html: the CSS `font-family` list (./html.ts);
 * - LibreOffice and Chromium on Linux, which read none of the .docx hints: fontconfig rules
 *   (./fontconfig.ts, docs/fontconfig/).
 * A face whose fallbacks all miss ends on a `generic` family, and `heavierFallback` names a common CJK face
 * drawn bold when no look-alike is present, so the heading still differs from the body (D62).
 */

export interface TFontFace {
  /** The name written into the document. */
  name: string;
  /** Look-alikes (other names of the same design, other vendors' versions), in order of preference. */
  fallbacks: readonly string[];
  /** When every fallback is missing: serif for 宋/仿宋/楷 designs, sans-serif for 黑. */
  generic: "serif" | "sans-serif";
  /**
   * A common CJK face drawn bold when none of `fallbacks` is present (a heading must not fall back to the body's
   * face): its family name and its bold face's full and PostScript names.
   */
  heavierFallback?: { family: string; boldFaces: readonly string[] };
  /** Word's font-table description (ECMA-376 §17.8.3): PANOSE-1 in hex, Windows charset, design class. */
  panose1: string;
  charset: "00" | "86";
  family: "roman" | "swiss";
}

const SERIF_CJK = ["Source Han Serif SC", "Noto Serif CJK SC"];
const SANS_CJK = ["Source Han Sans SC", "Noto Sans CJK SC"];
const BOLD_SERIF_CJK = {
  family: "Noto Serif CJK SC",
  boldFaces: [
    "Noto Serif CJK SC Bold",
    "NotoSerifCJKsc-Bold",
    "Source Han Serif SC Bold",
    "SourceHanSerifSC-Bold",
  ],
};

export const FONT_FACES = {
  title: {
    name: "方正小标宋简体",
    fallbacks: ["方正小标宋_GBK", "小标宋", "华文中宋", "STZhongsong", "宋体", "SimSun", "Songti SC"],
    generic: "serif",
    heavierFallback: BOLD_SERIF_CJK,
    panose1: "02000000000000000000",
    charset: "86",
    family: "roman",
  },
  body: {
    name: "仿宋_GB2312",
    fallbacks: [
      "仿宋",
      "FangSong",
      "FangSong_GB2312",
      "STFangsong",
      "方正仿宋_GBK",
      "FandolFang",
      ...SERIF_CJK,
    ],
    generic: "serif",
    panose1: "02010609030101010101",
    charset: "86",
    family: "roman",
  },
  heading1: {
    name: "黑体",
    fallbacks: [
      "SimHei",
      "方正黑体_GBK",
      "Heiti SC",
      "STHeiti",
      ...SANS_CJK,
      "WenQuanYi Zen Hei",
      "Microsoft YaHei",
    ],
    generic: "sans-serif",
    panose1: "02010609060101010101",
    charset: "86",
    family: "swiss",
  },
  heading2: {
    name: "楷体_GB2312",
    fallbacks: [
      "楷体",
      "KaiTi",
      "KaiTi_GB2312",
      "STKaiti",
      "Kaiti SC",
      "方正楷体_GBK",
      "AR PL UKai CN",
      "AR PL KaitiM GB",
      "FandolKai",
      "LXGW WenKai",
    ],
    generic: "serif",
    heavierFallback: BOLD_SERIF_CJK,
    panose1: "02010609030101010101",
    charset: "86",
    family: "roman",
  },
  pageNumber: {
    name: "宋体",
    fallbacks: ["SimSun", "Songti SC", "STSong", ...SERIF_CJK],
    generic: "serif",
    panose1: "02010600030101010101",
    charset: "86",
    family: "roman",
  },
  latin: {
    name: "Times New Roman",
    fallbacks: ["Liberation Serif", "Tinos"],
    generic: "serif",
    panose1: "02020603050405020304",
    charset: "00",
    family: "roman",
  },
} as const satisfies Record<string, TFontFace>;

/** The name of the CSS face (./html.ts) that draws a face's `heavierFallback` bold. */
export const heavierFaceName = (face: TFontFace): string => `${face.name} 替代`;

const cssName = (name: string): string => (/^[A-Za-z][A-Za-z-]*$/.test(name) ? name : `"${name}"`);

/**
 * The CSS `font-family` value for a face: its name, its fallbacks, its bold stand-in (`heavierFontFaceCss`), then
 * the generic family.
 */
export const cssFontFamily = (face: TFontFace): string =>
  [face.name, ...face.fallbacks, ...(face.heavierFallback ? [heavierFaceName(face)] : []), face.generic]
    .map(cssName)
    .join(", ");

/** `@font-face` rules naming each bold stand-in by local font names only (the page loads nothing). */
export const heavierFontFaceCss = (): string =>
  Object.values<TFontFace>(FONT_FACES)
    .flatMap((face) =>
      face.heavierFallback
        ? [
            `@font-face { font-family: "${heavierFaceName(face)}"; ` +
              `src: ${face.heavierFallback.boldFaces.map((name) => `local("${name}")`).join(", ")}; }`,
          ]
        : [],
    )
    .join("\n");
