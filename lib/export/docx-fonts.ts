import { FONT_FACES, type TFontFace } from "./fonts";
import { escapeHtml as escapeXml } from "./html";

/**
 * word/fontTable.xml of the Word export: one `w:font` per face the document names (./fonts.ts), each with
 * - `w:altName`: the face's fallbacks, comma-separated, which an application “should use in turn … and use the
 *   first font for which it locates a match” when the named font is missing (ECMA-376 Part 1 §17.8.3.1);
 * - `w:panose1`, `w:charset` (86 = GB2312), `w:family` (roman/swiss: the design class, so a metric substitute is a
 *   宋/仿宋-like or a 黑-like face) and `w:pitch`, for substitution after that (§17.8.3.10).
 * A present font is used as named: Word and WPS on a government PC render exactly 黑体, 楷体_GB2312, 仿宋_GB2312.
 * LibreOffice reads only the name and charset of these entries (writerfilter FontTable.cxx), hence ./fontconfig.ts.
 * The `docx` package writes an empty table unless fonts are embedded; we never embed fonts.
 */

const fontEntry = (face: TFontFace): string =>
  `<w:font w:name="${escapeXml(face.name)}">` +
  (face.fallbacks.length ? `<w:altName w:val="${escapeXml(face.fallbacks.join(","))}"/>` : "") +
  `<w:panose1 w:val="${face.panose1}"/>` +
  `<w:charset w:val="${face.charset}"/>` +
  `<w:family w:val="${face.family}"/>` +
  `<w:pitch w:val="variable"/>` +
  `</w:font>`;

/** The path of the part inside the .docx. */
export const FONT_TABLE_PATH = "word/fontTable.xml";

/** The whole part, every face of `FONT_FACES` once. */
export const fontTableXml = (): string => {
  const faces = Object.values<TFontFace>(FONT_FACES);
  const unique = faces.filter((face, i) => faces.findIndex((other) => other.name === face.name) === i);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    unique.map(fontEntry).join("") +
    "</w:fonts>"
  );
};
