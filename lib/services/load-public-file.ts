import "server-only";

import { pdfRendererAvailable, renderHtmlToPdf } from "@/lib/export/pdf";
import { AppError } from "@/lib/errors";
import { publicFileName } from "@/lib/public/download";
import type { TPublicFileName } from "@/lib/public/paths";
import { tableCsv } from "@/lib/public/table-data";
import { resolveLinkedNarrative } from "@/lib/report/linked-values";
import { reportTitle } from "@/lib/report/title";
import { resolveValues } from "@/lib/report/values";
import { buildTablesWorkbook } from "@/lib/spreadsheet/tables-xlsx";
import { getTemplate } from "@/lib/template";

import { loadPublicEdition } from "./load-public-report";

/** PDFs printed lately, by the SHA-256 of the frozen HTML they were printed from (the same HTML prints the same). */
const pdfCache = new Map<string, Uint8Array<ArrayBuffer>>();
const PDF_CACHE_SIZE = 16;

/**
 * The PDF of a frozen HTML file (lib/export/pdf.ts), printed once per server run and kept for the next readers.
 * AppError UNAVAILABLE when this server has no Chromium or the print fails.
 */
const printedPdf = async (html: string, htmlSha256: string): Promise<Uint8Array<ArrayBuffer>> => {
  const cached = pdfCache.get(htmlSha256);
  if (cached) return cached;
  if (!pdfRendererAvailable())
    throw new AppError("UNAVAILABLE", "本服务器未安装 Chromium，暂不能生成 PDF；请下载 Word 或网页文件。");
  const pdf = await renderHtmlToPdf(html).catch((error: unknown) => {
    console.error("PDF 生成失败", error);
    throw new AppError("UNAVAILABLE", "PDF 生成失败，请稍后重试，或下载 Word、网页文件。");
  });
  const body = new Uint8Array(pdf);
  pdfCache.set(htmlSha256, body);
  if (pdfCache.size > PDF_CACHE_SIZE) pdfCache.delete(pdfCache.keys().next().value!);
  return body;
};

export interface TPublicFile {
  body: Uint8Array<ArrayBuffer> | string;
  fileName: string;
  /** SHA-256 of the stored file, for the frozen .docx and .html (the bytes served are exactly those). */
  sha256: string | null;
}

/**
 * One file of a published edition, no sign-in: the frozen .docx or .html byte for byte; the edition's
 * stored document as interchange JSON; a table as CSV; the three tables as .xlsx — all derived from the
 * frozen document, never from the report's working copy. AppError NOT_FOUND for anything not published.
 */
export const loadPublicFile = async (
  officeKey: string,
  yearSegment: string,
  edition: number,
  file: TPublicFileName,
): Promise<TPublicFile> => {
  const kind =
    file === "report.docx" ? "docx" : file === "report.html" || file === "report.pdf" ? "html" : "none";
  const { entry, shown, stored } = await loadPublicEdition(officeKey, yearSegment, edition, kind);
  const fileName = publicFileName(reportTitle(stored.document), file, edition);
  const template = getTemplate(stored.document.formatVersion);
  switch (file) {
    case "report.docx":
      return { body: stored.docx ?? new Uint8Array(), fileName, sha256: stored.docxSha256 };
    case "report.html":
      return { body: stored.html ?? "", fileName, sha256: stored.htmlSha256 };
    case "report.pdf":
      return { body: await printedPdf(stored.html ?? "", stored.htmlSha256 ?? ""), fileName, sha256: null };
    case "report.json": {
      // Open data reads as published: linked values (关联数值) printed as the numbers, not as markers.
      const narrative = resolveLinkedNarrative(
        stored.document.narrative,
        resolveValues(template, stored.document),
      );
      // When it was published: this edition, and the first edition (the date 按时/逾期 is judged by).
      const document = {
        ...stored.document,
        narrative,
        edition: shown.edition,
        publishedAt: shown.publishedAt,
        firstPublishedAt: entry.editions[0]?.publishedAt ?? shown.publishedAt,
      };
      return { body: `${JSON.stringify(document, null, 2)}\n`, fileName, sha256: null };
    }
    case "t2.csv":
    case "t3.csv":
    case "t4.csv":
      return { body: tableCsv(template, stored.document, file.slice(0, 2) as "t2"), fileName, sha256: null };
    case "tables.xlsx":
      // Dated at the edition's publication: every download of the edition is the same bytes.
      return {
        body: await buildTablesWorkbook(template, stored.document, new Date(shown.publishedAt)),
        fileName,
        sha256: null,
      };
  }
};
