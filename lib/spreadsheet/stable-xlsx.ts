import type ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * A workbook's .xlsx bytes that depend on its content and `at` only, not on when they were made: ExcelJS stamps
 * docProps/core.xml (dcterms:created/modified) and every zip entry with the current time, so two downloads of one
 * published edition differed. Here both dates are `at` (for a published edition, its publication time): the
 * workbook's properties before writing, then each entry of the written zip, re-packed in the same order.
 */
export const stableXlsxBytes = async (
  workbook: ExcelJS.Workbook,
  at: Date,
): Promise<Uint8Array<ArrayBuffer>> => {
  workbook.created = at;
  workbook.modified = at;
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const stable = new JSZip();
  for (const entry of Object.values(written.files)) {
    if (entry.dir) continue;
    stable.file(entry.name, await entry.async("uint8array"), { date: at, createFolders: false });
  }
  const bytes = await stable.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return new Uint8Array(bytes);
};
