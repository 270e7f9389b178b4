import type { TSourceKind } from "./types";

/** Largest file accepted (the cap): 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The kind of a file from its first bytes (magic numbers), never its name:
 * - `PK\x03\x04` a zip: `.docx` when it holds `word/document.xml`, `.xlsx` when `xl/workbook.xml` (decided by
 *   the caller after reading the directory; here `zip`);
 * - `D0 CF 11 E0 A1 B1 1A E1` an OLE compound file (Word 97–2003 `.doc`, also old `.xls`);
 * - `%PDF-` a PDF;
 * - text starting with `<!doctype html`, `<html`, `<head`, `<body`, `<meta`, `<div`, `<table` or `<p` is HTML;
 * - anything else decodable is text.
 */
export const sniffKind = (bytes: Uint8Array): TSourceKind | "zip" | "binary" => {
  const starts = (...sig: number[]) => sig.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "doc";
  // %PDF may follow a few junk bytes (allowed by the PDF spec within the first 1024 bytes).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  const textHead = head
    .replace(/^\uFEFF|^ï»¿/, "")
    .trimStart()
    .toLowerCase();
  if (/^<(?:!doctype html|html|head|body|meta|div|table|p[\s>]|h1|title|!--)/.test(textHead)) return "html";
  // Control bytes other than tab/newline/carriage return mark a binary file we do not read.
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  return control > sample.length * 0.01 ? "binary" : "text";
};
