import { CELL, ROW } from "./stream";

/**
 * The values printed after a row label, as tokens: one per table cell in a structured source (an empty cell
 * is a blank token), one per number in running text.
 */

export interface TToken {
  /** null: printed empty (or `—`, `/`). */
  value: number | null;
  /** A run of digits from running text that may hold several cells (`713000074`). */
  run?: string;
  raw: string;
  offset: number;
  /** The token came from a table cell of its own (a structured source). */
  fromCell: boolean;
  note?: string;
  unit?: string;
  /** Text in a value cell that is not a number (`见附件`). */
  unreadable?: boolean;
}

const BLANK_CELL = /^[-—–－/／\\]*$/;
const NOTE = /[（(][^（()）]*[)）]/g;
// A number may group its thousands (`1,234`, `12，345.5`: Excel's and many reports' format, issue 11 tester §9):
// groups of exactly three digits after a first group of 1–3 not starting with 0.
const DIGITS = "(?:[1-9]\\d{0,2}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?";
const UNITS = "万元|亿元|元|件|个|项|条|次|宗|人次";
const NUMBER_WITH_UNIT = new RegExp(`^([-−－]?${DIGITS})\\s*(${UNITS})?$`);
const NUMBER_IN_TEXT = new RegExp(`[-−－]?${DIGITS}(?:\\s*(?:${UNITS}))?`, "g");

const toNumber = (text: string): number => Number(text.replace(/[−－]/, "-").replace(/[,，]/g, ""));

const parseNumber = (text: string, offset: number, fromCell: boolean, note?: string): TToken => {
  const match = text.match(NUMBER_WITH_UNIT);
  if (!match) return { value: null, raw: text, offset, fromCell, unreadable: true, note };
  const digits = match[1]!;
  return {
    value: toNumber(digits),
    raw: text,
    offset,
    fromCell,
    ...(note ? { note } : {}),
    ...(match[2] ? { unit: match[2] } : {}),
    ...(!fromCell && /^\d{2,}(?:\.\d+)?$/.test(digits) ? { run: digits } : {}),
  };
};

/** The tokens of one table cell: blank, one number (with a note or unit), or several numbers in one cell. */
const cellTokens = (text: string, offset: number): TToken[] => {
  const trimmed = text.trim();
  if (BLANK_CELL.test(trimmed)) return [{ value: null, raw: trimmed, offset, fromCell: true }];
  const notes = trimmed.match(NOTE)?.join("") ?? "";
  const bare = trimmed.replace(NOTE, "").trim();
  if (bare === "") return [{ value: null, raw: trimmed, offset, fromCell: true, unreadable: true }];
  const parts = bare.split(/\s+/);
  if (parts.length > 1 && parts.every((part) => NUMBER_WITH_UNIT.test(part))) {
    return parts.map((part) => parseNumber(part, offset, true));
  }
  return [parseNumber(bare, offset, true, notes || undefined)];
};

/** The numbers of running text (`行政许可 0`, `0 1 1 0 2`, `713000074`); notes in brackets kept. */
export const textTokens = (text: string, offset: number): TToken[] => {
  const tokens: TToken[] = [];
  const withoutNotes = text.replace(NOTE, (note) => " ".repeat(note.length));
  for (const match of withoutNotes.matchAll(NUMBER_IN_TEXT)) {
    // `1.申请人…`: an item's numbering, not a value.
    if (/^[.．、]\s*[\u4e00-\u9fa5]/.test(withoutNotes.slice(match.index + match[0].length))) continue;
    const token = parseNumber(match[0].replace(/\s+/g, ""), offset + match.index, false);
    // A note right after the number belongs to it: `22（其中修订16件）`.
    const after = text.slice(match.index + match[0].length).match(/^\s*([（(][^（()）]*[)）])/);
    if (after) token.note = after[1];
    tokens.push(token);
  }
  return tokens;
};

export interface TChunkTokens {
  tokens: TToken[];
  /** Text left in the label's own cell after the label (`行政许可229` → `229`). */
  glued?: TToken;
  structured: boolean;
}

/**
 * Tokens of one row chunk (text up to a row end). `first`: the chunk starts right after the label, so text
 * before the first cell border is the rest of the label's cell.
 */
export const chunkTokens = (chunk: string, offset: number, first: boolean): TChunkTokens => {
  if (!chunk.includes(CELL)) return { tokens: textTokens(chunk, offset), structured: false };
  const cells = chunk.split(CELL);
  cells.pop(); // text after the last border (a line break or nothing)
  let position = offset;
  let glued: TToken | undefined;
  const tokens: TToken[] = [];
  cells.forEach((cell, index) => {
    if (index === 0 && first) {
      const rest = textTokens(cell, position).filter((token) => token.value !== null);
      if (rest.length === 1) glued = { ...rest[0]!, fromCell: true };
    } else {
      tokens.push(...cellTokens(cell, position));
    }
    position += cell.length + 1;
  });
  return { tokens, glued, structured: true };
};

export const splitChunks = (text: string): string[] => text.split(ROW);
