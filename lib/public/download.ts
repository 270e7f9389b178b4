import { asciiFileName } from "@/lib/export/content-types";

import type { TPublicFileName } from "./paths";
import { PUBLIC_FILES } from "./paths";

/** HTTP content types of the portal's files. */
export const PUBLIC_CONTENT_TYPES: Record<(typeof PUBLIC_FILES)[TPublicFileName]["extension"], string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const UNSAFE_FILENAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** `{标题}{（表三）}.{ext}` without characters Windows or browsers refuse. */
export const publicFileName = (title: string, file: TPublicFileName, edition: number): string => {
  const spec = PUBLIC_FILES[file];
  const correction = edition > 1 ? `（更正第${edition - 1}次）` : "";
  const stem =
    `${title}${correction}${spec.suffix}`.replace(UNSAFE_FILENAME, "").trim() || "政府信息公开工作年度报告";
  return `${stem}.${spec.extension}`;
};

/** RFC 5987 `ext-value`: encodeURIComponent leaves `'()*` as they are, attr-char does not allow them. */
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Headers of a portal file: content type and `Content-Disposition` with an ASCII `filename` and the real
 * name in `filename*` (RFC 6266); `inline` for the HTML read in the browser.
 */
export const publicFileHeaders = (
  file: TPublicFileName,
  fileName: string,
  disposition: "attachment" | "inline" = "attachment",
): Record<string, string> => ({
  "content-type": PUBLIC_CONTENT_TYPES[PUBLIC_FILES[file].extension],
  "content-disposition": `${disposition}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`,
});
