import nzh from "nzh/cn";

/**
 * The one reading of report text every text rule uses (issue 12 §1): a title or a narrative section is
 * normalised once, then matched. Offices type and convert text in many ways that do not change what it says:
 *
 * - full-width digits, Latin letters, `％` and `．` (`２０２５`, `９件`) → ASCII; the ideographic space → a space;
 * - spaces around Chinese text and numbers (`某某局 2025 年`, `申请 749 件`) are dropped, a space between two
 *   Latin words is kept;
 * - a line break inside a phrase (PDF and OCR text breaks lines mid-sentence: `…予以公开及部\n分公开…`) is
 *   joined; a break after a sentence end or before a heading (`（一）`, `二、`, `1.`) stays a paragraph break;
 * - thousands separators in numbers (`1,295`) are dropped.
 *
 * Chinese punctuation (，。；：（）) is kept as written: the patterns read it.
 */

const FULLWIDTH_ASCII = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0E\uFF0B\uFF0D]/g;
const SENTENCE_END = /[。；;！？!?：:]$/;
const HEADING_START =
  /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．]|第[一二三四五六七八九十]+)/;

export const normalizeText = (text: string): string => {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(FULLWIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .split("\n")
    .map((line) =>
      line
        .replace(/[\u3000\u00a0\t ]+/g, " ")
        .replace(/ (?![A-Za-z])|(?<![A-Za-z]) /g, "")
        .trim(),
    )
    .filter(Boolean);
  let out = "";
  for (const line of lines) {
    if (!out) out = line;
    else if (
      SENTENCE_END.test(out) ||
      HEADING_START.test(line) ||
      HEADING_START.test(out.slice(out.lastIndexOf("\n") + 1))
    )
      out += `\n${line}`;
    else out += line;
  }
  return out.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
};

// Narrative sections are re-read on every keystroke in a table: keep the last normalisations.
const cache = new Map<string, string>();
const CACHE_SIZE = 64;

/** `normalizeText`, remembered for the last few distinct texts (pure, so safe to share). */
export const normalized = (text: string | undefined): string => {
  if (!text) return "";
  let value = cache.get(text);
  if (value === undefined) {
    value = normalizeText(text);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
  }
  return value;
};

/** Chinese numerals, the common (小写) and the financial (大写: 壹贰叁…拾佰仟) forms, as offices write them. */
const CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬";
const FINANCIAL = /[壹贰叁肆伍陆柒捌玖拾佰仟萬]/;

/**
 * One number as offices write it, in a regular expression: `12`, `12.5`, `十二`, `一百零五`, `两`, `〇`, and the
 * financial numerals of 收费 sentences (`捌拾`, `壹佰零伍`).
 */
export const NUMBER_PATTERN = `(?:\\d+(?:\\.\\d+)?|[${CHINESE_DIGITS}]+)`;

/**
 * A number read from `NUMBER_PATTERN` text: Arabic (after normalisation) or Chinese numerals (`九` → 9,
 * `二十三` → 23, `两千` → 2000, `捌拾` → 80; read with the `nzh` library, its 大写 reading when a financial numeral
 * is in it); NaN when it is not a number.
 */
export const readNumber = (text: string): number => {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (!new RegExp(`^[${CHINESE_DIGITS}]+$`).test(text)) return Number.NaN;
  // nzh reads 二 but not the spoken 两; it reads 〇 as 零.
  const plain = text.replace(/两/g, "二").replace(/〇/g, "零");
  const value = Number(FINANCIAL.test(plain) ? nzh.decodeB(plain.replace(/萬/g, "万")) : nzh.decodeS(plain));
  return Number.isFinite(value) ? value : Number.NaN;
};

const looseSource = (words: string): string =>
  [...words].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\u3000\\u00a0]*");

/**
 * Where claim words read from normalised text (`收到申请9件`, with the number `9` at offset `numberAt`) stand in
 * the text as written, when the two differ only by spaces and line breaks (`收到申请 9 件`): the span, and the
 * span of the number inside it (UTF-16 offsets into `text`). null when the written words differ otherwise
 * (full-width digits, a thousands separator) — then the number cannot be replaced in place.
 */
export const locateWritten = (
  text: string,
  match: string,
  numberAt: number,
  numberText: string,
): { start: number; end: number; numberStart: number; numberEnd: number } | null => {
  if (numberAt < 0 || match.slice(numberAt, numberAt + numberText.length) !== numberText) return null;
  const head = looseSource(match.slice(0, numberAt));
  const tail = looseSource(match.slice(numberAt + numberText.length));
  const gap = "[\\s\\u3000\\u00a0]*";
  const found = new RegExp(`${head}${gap}(${looseSource(numberText)})${gap}${tail}`, "d").exec(text);
  const number = found?.indices?.[1];
  if (!found || !number) return null;
  return {
    start: found.index,
    end: found.index + found[0].length,
    numberStart: number[0],
    numberEnd: number[1],
  };
};
