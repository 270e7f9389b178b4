/**
 * Text helpers shared by everything that reads numbers people typed or reports printed.
 *
 * A Chinese IME types digits full-width (`１２．５`, `－３`, `＋１`); each is its ASCII character + 0xFEE0
 * (Unicode Halfwidth and Fullwidth Forms block).
 */

const FULLWIDTH_NUMBER_CHARS = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/;
const FULLWIDTH_NUMBER_CHARS_ALL = new RegExp(FULLWIDTH_NUMBER_CHARS.source, "g");
const FULLWIDTH_OFFSET = 0xfee0;

/** Whether `text` holds a full-width digit, ．, － or ＋. */
export const hasFullWidthNumber = (text: string): boolean => FULLWIDTH_NUMBER_CHARS.test(text);

/** Full-width digits, ．, － and ＋ to their ASCII forms (`１２．５` → `12.5`); other characters unchanged. */
export const toHalfWidthNumber = (text: string): string =>
  text.replace(FULLWIDTH_NUMBER_CHARS_ALL, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_OFFSET));
