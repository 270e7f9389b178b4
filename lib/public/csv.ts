/**
 * CSV as open data (RFC 4180): UTF-8 with a byte-order mark so Excel and WPS open Chinese text correctly,
 * CRLF line ends, fields quoted when they hold a comma, quote, line break or surrounding space.
 * A text field starting with = + - @ (a formula to a spreadsheet: CSV injection, OWASP) gets a leading `'`;
 * numbers are written as numbers, negative ones too.
 */

export const UTF8_BOM = "\uFEFF";

export type TCsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

const field = (value: TCsvValue): string => {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A whole CSV file: BOM, a header row, then the rows. */
export const toCsv = (header: readonly string[], rows: readonly (readonly TCsvValue[])[]): string =>
  UTF8_BOM + [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
