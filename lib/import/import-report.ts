import { MAX_FILE_BYTES, sniffKind } from "./detect";
import { decodeText } from "./decode";
import { fetchPublishedPage, type TFetchOptions } from "./fetch-page";
import { describeNonReportPage, streamFromHtml } from "./html-source";
import { importInterchange, isInterchangeJson } from "./interchange";
import { readReport, type TReadOptions } from "./read-report";
import { streamFromDocx, streamFromDoc, streamFromPdf, streamFromXlsx, zipKind } from "./binary-sources";
import { streamFromText } from "./stream";
import { ImportError, type TImportOutcome, type TImportResult } from "./types";

export type { TReadOptions };

/** Largest pasted text accepted (a report is ~10–60 000 characters). */
export const MAX_TEXT_CHARS = 2_000_000;

const failure = (error: unknown): TImportOutcome => {
  if (error instanceof ImportError) return { ok: false, error: error.message };
  // A library that chokes on a damaged file: say so in Chinese, never a 500.
  return { ok: false, error: "文件已损坏或格式无法识别，无法读取。请另存为 .docx、PDF 或网页后再导入。" };
};

/**
 * Imports a report from pasted text (from a PDF, a web page, a Word file). Never throws: a text that is not
 * a 年报 gives `{ ok: false, error }` with a Chinese message.
 */
export const importText = (input: string, options: TReadOptions = {}): TImportOutcome => {
  try {
    if (input.length > MAX_TEXT_CHARS)
      throw new ImportError("粘贴的文字过长（超过 200 万字），请只粘贴报告正文。");
    if (!input.trim()) throw new ImportError("没有可导入的文字。");
    if (isInterchangeJson(input)) return { ok: true, result: importInterchange(input) };
    if (/^\s*<(?:!doctype html|html|body|table|div|p[\s>])/i.test(input)) {
      const { stream, title } = streamFromHtml(input);
      return { ok: true, result: readReport(stream, "html", { titleHint: title, ...options }) };
    }
    return { ok: true, result: readReport(streamFromText(input), "text", options) };
  } catch (error) {
    return failure(error);
  }
};

/**
 * Imports a report file of any supported kind, detected by content (./detect.ts): .docx (Word, WPS), .doc,
 * PDF with a text layer, HTML (UTF-8 or GBK), .xlsx (the three tables) or plain text. Never throws: files
 * over 20 MB, zip bombs, corrupt or password-protected files, scanned PDFs and files that are not a 年报 give
 * `{ ok: false, error }` with a Chinese message.
 */
export const importFile = async (bytes: Uint8Array, options: TReadOptions = {}): Promise<TImportOutcome> => {
  try {
    if (bytes.length === 0) throw new ImportError("文件是空的。");
    if (bytes.length > MAX_FILE_BYTES) throw new ImportError("文件超过 20 MB，无法导入。");
    const sniffed = sniffKind(bytes);
    let result: TImportResult;
    switch (sniffed) {
      case "zip": {
        const kind = await zipKind(bytes);
        if (kind === "docx") {
          const { stream, title } = await streamFromDocx(bytes);
          result = readReport(stream, "docx", { titleHint: title, ...options });
        } else {
          result = readReport(await streamFromXlsx(bytes), "xlsx", options);
        }
        break;
      }
      case "doc":
        result = readReport(await streamFromDoc(bytes), "doc", options);
        break;
      case "pdf":
        result = readReport(await streamFromPdf(bytes), "pdf", options);
        break;
      case "html": {
        const { stream, title } = streamFromHtml(decodeText(bytes));
        result = readReport(stream, "html", { titleHint: title, ...options });
        break;
      }
      case "text": {
        const text = decodeText(bytes);
        result = isInterchangeJson(text)
          ? importInterchange(text)
          : readReport(streamFromText(text), "text", options);
        break;
      }
      default:
        throw new ImportError(
          "无法识别的文件类型。支持 Word（.docx/.doc）、WPS、PDF、网页、Excel（.xlsx）和纯文本。",
        );
    }
    return { ok: true, result };
  } catch (error) {
    return failure(error);
  }
};

/**
 * Imports the report published at a web address (issue 11): fetched by `fetchPublishedPage` (public addresses
 * only unless the operator allows the intranet; timeout, size cap, redirects re-checked), then read like an
 * uploaded file (a PDF or Word file at the address is read as such). A page without a report says what it is
 * instead: a list of reports, or a page that only links the report as an attachment. Never throws.
 */
export const importFromUrl = async (
  address: string,
  options: TReadOptions & TFetchOptions = {},
): Promise<TImportOutcome> => {
  try {
    const page = await fetchPublishedPage(address, options);
    const outcome = await importFile(page.bytes, options);
    if (outcome.ok) {
      const source = { ...outcome.result.source, label: `${outcome.result.source.label}，${page.url}` };
      return { ok: true, result: { ...outcome.result, source } };
    }
    if (sniffKind(page.bytes) === "html") {
      const why = describeNonReportPage(decodeText(page.bytes), page.url);
      if (why) return { ok: false, error: why };
    }
    return outcome;
  } catch (error) {
    return failure(error);
  }
};
