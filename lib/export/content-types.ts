/** HTTP content types and download headers of the two export formats. */
export const EXPORT_CONTENT_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html; charset=utf-8",
} as const;

export const attachmentHeaders = (format: keyof typeof EXPORT_CONTENT_TYPES, fileName: string): Record<string, string> => ({
  "content-type": EXPORT_CONTENT_TYPES[format],
  "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
});
