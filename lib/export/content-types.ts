/** HTTP content types and download headers of the two export formats (and the 审核台's zip of several). */
export const EXPORT_CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
  zip: "application/zip",
} as const;

const MAX_ASCII_STEM = 80;

/**
 * An ASCII stand-in for a file name, for clients that ignore `filename*` (`curl -OJ`, old browsers):
 * the name's letters, digits, `.`, `_` and `-` (full-width ones folded to ASCII), every other run of
 * characters as one `-`, prefixed `report-` when no Latin letter is left, and the extension kept.
 * `示范区教育局2025年政府信息公开工作年度报告.docx` → `report-2025.docx`. The result holds no quote,
 * backslash, control or non-ASCII character (RFC 6266 §4.3 `filename`, a quoted-string of ASCII).
 */
export const asciiFileName = (fileName: string): string => {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot + 1).replace(/[^A-Za-z0-9]/g, "") : "";
  const ascii = stem
    .normalize("NFKC")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .slice(0, MAX_ASCII_STEM)
    .replace(/^[-.]+|[-.]+$/g, "");
  const safeStem = !ascii ? "report" : /[A-Za-z]/.test(ascii) ? ascii : `report-${ascii}`;
  return extension ? `${safeStem}.${extension}` : safeStem;
};

/** RFC 5987 `ext-value` characters: encodeURIComponent leaves `'()*` as they are, attr-char does not allow them. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Headers of a download: its content type, and `Content-Disposition` naming the file twice (RFC 6266):
 * `filename="…"` in ASCII for clients that know only that, `filename*=UTF-8''…` with the real name.
 */
export const attachmentHeaders = (
  format: keyof typeof EXPORT_CONTENT_TYPES,
  fileName: string,
): Record<string, string> => downloadHeaders(EXPORT_CONTENT_TYPES[format], fileName);

/** Download headers for any file: its content type and the RFC 6266 name pair, as `attachmentHeaders`. */
export const downloadHeaders = (contentType: string, fileName: string): Record<string, string> => ({
  "content-type": contentType,
  "content-disposition": `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`,
});
