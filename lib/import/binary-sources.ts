import JSZip from "jszip";

import { streamFromDocumentXml } from "./docx-source";
import { StreamBuilder, streamFromText, type TStream } from "./stream";
import { ImportError } from "./types";

export { streamFromPdf } from "./pdf-source";

/** Largest unpacked size of a .docx/.xlsx (a zip bomb is refused before anything is unpacked). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

type TZipEntry = JSZip.JSZipObject & { _data?: { uncompressedSize?: number } };

const openZip = async (bytes: Uint8Array): Promise<JSZip> => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportError("文件已损坏：压缩包结构无法读取。");
  }
  let total = 0;
  for (const entry of Object.values(zip.files) as TZipEntry[]) total += entry._data?.uncompressedSize ?? 0;
  if (total > MAX_UNPACKED_BYTES) throw new ImportError("文件解压后超过 100 MB，疑似压缩炸弹，已拒绝。");
  return zip;
};

/** `docx` when the zip holds `word/document.xml`, `xlsx` when `xl/workbook.xml`; an encrypted OOXML is OLE. */
export const zipKind = async (bytes: Uint8Array): Promise<"docx" | "xlsx"> => {
  const zip = await openZip(bytes);
  if (zip.file("word/document.xml")) return "docx";
  if (zip.file("xl/workbook.xml")) return "xlsx";
  throw new ImportError("该压缩文件不是 Word（.docx）或 Excel（.xlsx）文件。");
};

/**
 * .docx (Word or WPS) → stream, from `word/document.xml` read out of the zip (jszip) by ./docx-source.ts.
 */
export const streamFromDocx = async (bytes: Uint8Array): Promise<{ stream: TStream; title?: string }> => {
  const zip = await openZip(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new ImportError("Word 文件已损坏：缺少正文（word/document.xml）。");
  return { stream: streamFromDocumentXml(xml) };
};

/** .doc (Word 97–2003) → text by word-extractor (table cells come tab-separated) → stream. */
export const streamFromDoc = async (bytes: Uint8Array): Promise<TStream> => {
  const { default: WordExtractor } = await import("word-extractor");
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    body = document.getBody();
  } catch {
    throw new ImportError(
      "无法读取该 Word 97–2003 文件：文件已损坏或设置了密码（加密的 .docx 也是这种格式）。请去掉密码后另存为 .docx 再导入。",
    );
  }
  return streamFromText(body.replace(/\t\r?\n/g, "\n"));
};

/**
 * What a sheet cell shows. A formula cell shows its cached result; exceljs's `text` drops a cached 0 (it tests
 * the result for truth), which lost every 总计 of 0 in our own tables.xlsx, so numbers are taken from `result`.
 */
const cellText = (cell: import("exceljs").Cell): string => {
  if (cell.formula !== undefined) {
    const result: unknown = cell.result;
    if (typeof result === "number") return String(result);
    if (typeof result === "string") return result;
    return "";
  }
  return cell.text ?? "";
};

/** .xlsx → stream: every sheet's rows as table rows (the three tables kept in Excel). */
export const streamFromXlsx = async (bytes: Uint8Array): Promise<TStream> => {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportError("Excel 文件已损坏或设置了密码，无法读取。");
  }
  const builder = new StreamBuilder();
  workbook.eachSheet((sheet) => {
    builder.line(sheet.name, `工作表“${sheet.name}”`);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const where = `工作表“${sheet.name}”第${rowNumber}行`;
      const values: string[] = [];
      for (let column = 1; column <= Math.max(row.cellCount, sheet.columnCount); column++) {
        const cell = row.getCell(column);
        // A merged cell repeats its master's value in exceljs; print it once like the sheet shows it.
        const text = cell.isMerged && cell.master !== cell ? "" : cellText(cell);
        values.push(text);
      }
      while (values.length && values[values.length - 1] === "") values.pop();
      for (const value of values) builder.cell(value, where);
      builder.endRow(where);
    });
  });
  return builder.build();
};
