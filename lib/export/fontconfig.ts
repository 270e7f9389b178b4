import { FONT_FACES, type TFontFace } from "./fonts";
import { escapeHtml as escapeXml } from "./html";

/**
 * fontconfig rules giving each face of the exports (./fonts.ts) its fallbacks, for LibreOffice and browsers on
 * Linux. LibreOffice ignores the .docx font table's hints (`w:altName`, `w:family`, `w:panose1`: writerfilter
 * FontTable.cxx drops them) and asks fontconfig for the bare name; fontconfig's stock rules know none of 黑体,
 * 仿宋_GB2312, 楷体_GB2312 and give all three the default sans-serif face, so “一、” headings look like the body.
 * With these rules a missing face becomes its first installed fallback, then its generic family; a face with a
 * `heavierFallback` that ends on that common face gets it bold (楷体 → bold Noto Serif CJK SC, not the body's
 * regular). Installed as docs/fontconfig/64-nianbaotong-fonts.conf (a test keeps the file equal to this output).
 */

const family = (name: string): string => `<string>${escapeXml(name)}</string>`;

const fallbackRule = (face: TFontFace): string =>
  [
    `  <!-- ${face.name}: ${face.generic === "serif" ? "宋/仿宋/楷" : "黑"} design -->`,
    `  <match target="pattern">`,
    `    <test name="family">${family(face.name)}</test>`,
    `    <edit name="family" mode="append" binding="strong">`,
    ...[...face.fallbacks, ...(face.heavierFallback ? [face.heavierFallback.family] : []), face.generic].map(
      (name) => `      ${family(name)}`,
    ),
    `    </edit>`,
    `  </match>`,
  ].join("\n");

const heavierRule = (face: TFontFace): string[] =>
  face.heavierFallback
    ? [
        [
          `  <!-- ${face.name} with no look-alike installed: the common face, bold -->`,
          `  <match target="font">`,
          `    <test target="pattern" name="family">${family(face.name)}</test>`,
          `    <test name="family">${family(face.heavierFallback.family)}</test>`,
          `    <edit name="weight" mode="assign"><const>bold</const></edit>`,
          `  </match>`,
        ].join("\n"),
      ]
    : [];

/** The whole configuration file, UTF-8 XML. */
export const fontconfigRules = (): string => {
  const faces = Object.values<TFontFace>(FONT_FACES).filter((face) => face.name !== FONT_FACES.latin.name);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">`,
    `<!-- 年报通: fallbacks for the fonts of government documents. Generated from lib/export/fonts.ts. -->`,
    `<fontconfig>`,
    ...faces.map(fallbackRule),
    ...faces.flatMap(heavierRule),
    `</fontconfig>`,
    ``,
  ].join("\n");
};
