/**
 * The one cleaning step for text that enters 年报通 (draft saves, comments, review notes, names, imports)
 * and the last guard before text leaves it (.docx and .html exports).
 *
 * Removed: characters a document can neither store nor print —
 * - C0 control characters except TAB, LF and CR (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F): PostgreSQL
 *   refuses U+0000 in text and jsonb, and XML 1.0 (the .docx format, §2.2 “Char”) forbids all of them;
 * - DEL and the C1 controls (U+007F–U+009F): invisible, and an HTML parse error (HTML §13.2.5 “control”);
 * - lone UTF-16 surrogates (a half of a pair, U+D800–U+DFFF): not a character, refused by jsonb and XML;
 * - noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane): U+FFFE and U+FFFF are illegal in
 *   XML 1.0 (LibreOffice refuses such a .docx), the others are an HTML parse error.
 * Everything else, including every CJK character, emoji (as proper surrogate pairs), and full-width forms,
 * is kept unchanged.
 */

import { AppError } from "@/lib/app-error";

// One alternation over UTF-16 code units; the `u` flag makes a lone surrogate match as itself, while a
// proper pair is one code point and only matches the noncharacter ranges when it is one of them.
const UNSAVABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;

/** The text with every unsavable character removed, and how many were removed (0: `text` itself). */
export const cleanText = (text: string): { text: string; removed: number } => {
  let removed = 0;
  const cleaned = text.replace(UNSAVABLE, () => {
    removed += 1;
    return "";
  });
  return removed ? { text: cleaned, removed } : { text, removed: 0 };
};

/** `cleanText(text).text`: for output, where nobody is told (the export's last guard). */
export const stripUnsavable = (text: string): string => cleanText(text).text;

/** Whether the text holds a character `cleanText` would remove. */
export const hasUnsavable = (text: string): boolean => {
  UNSAVABLE.lastIndex = 0;
  const found = UNSAVABLE.test(text);
  UNSAVABLE.lastIndex = 0;
  return found;
};

/** How deep `cleanDeep` follows arrays and objects: a report document is under 10 levels. */
export const MAX_DEPTH = 100;

/**
 * A JSON-like value (parsed request body, form input, imported document) with `cleanText` applied to every
 * string in it, object keys included; arrays and plain objects are copied, other values kept. `removed` is
 * the total count. Nesting deeper than `MAX_DEPTH` throws AppError INVALID (a 200 KB body of `[[[…]]]` fits
 * every size limit and overflowed the stack: a bare 500; tester2).
 */
export const cleanDeep = <T>(value: T): { value: T; removed: number } => {
  let removed = 0;
  const walk = (item: unknown, depth = 0): unknown => {
    if (depth > MAX_DEPTH && item !== null && typeof item === "object")
      throw new AppError("INVALID", "请求内容嵌套层数过多，未处理。");
    if (typeof item === "string") {
      const cleaned = cleanText(item);
      removed += cleaned.removed;
      return cleaned.text;
    }
    if (Array.isArray(item)) return item.map((child) => walk(child, depth + 1));
    if (item !== null && typeof item === "object" && Object.getPrototypeOf(item) === Object.prototype) {
      // fromEntries defines own properties, so a "__proto__" key stays data (no prototype change).
      return Object.fromEntries(
        Object.entries(item).map(([key, child]) => [walk(key), walk(child, depth + 1)]),
      );
    }
    return item;
  };
  const result = walk(value) as T;
  return { value: result, removed };
};

/** The person's notice for removed characters, e.g. “已移除 2 个无法保存的控制字符”; empty for 0. */
export const removedNotice = (removed: number): string =>
  removed > 0 ? `已移除 ${removed} 个无法保存的控制字符` : "";
