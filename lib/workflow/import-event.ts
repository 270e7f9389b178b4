import { z } from "zod";

/**
 * What the history keeps of an import into an open draft (lib/services/import-into-draft.ts), stored with that
 * save's event (`save.detail.import`): the file, what was taken, each changed cell's old and new value and
 * where the source printed it, or the section's old and new text. Enough to show it, to revert it from the
 * history, and to tell the editor where a cell's value came from.
 */
const ZCellValueStored = z.union([z.number(), z.string(), z.null()]);

export const ZImportRecord = z.object({
  /** The uploaded file's name. */
  file: z.string(),
  /** lib/import source kind (`xlsx`, `docx` …). */
  kind: z.string(),
  sha256: z.string(),
  part: z.enum(["tables", "section"]),
  /** Tables: every cell changed, with where the source printed the new value (absent for a blank kept). */
  cells: z
    .array(
      z.object({
        cellId: z.string(),
        before: ZCellValueStored,
        after: ZCellValueStored,
        where: z.string().optional(),
        raw: z.string().optional(),
        how: z.enum(["read", "split", "blank"]).optional(),
      }),
    )
    .default([]),
  /** Tables: blanks of the source whose existing value was kept on request. */
  keptBlank: z.int().default(0),
  /** Set on the entry that undid an import: the event id of the import undone. */
  undoOf: z.string().optional(),
  /** Section: the source's section, the draft's section, and both texts. */
  section: z.object({ from: z.string(), to: z.string(), before: z.string(), after: z.string() }).optional(),
});
export type TImportRecord = z.infer<typeof ZImportRecord>;

const NUMERALS = ["一", "二", "三", "四", "五", "六"];
/** `s5` → `第五部分`, `opening` → `开头段落`. */
export const narrativeKeyLabel = (key: string): string => {
  const match = /^s([1-6])$/.exec(key);
  return match ? `第${NUMERALS[Number(match[1]) - 1]}部分` : key === "opening" ? "开头段落" : key;
};

/** The history's words for an import: `从“表格.xlsx”导入表格：12 格变化` / `从“报告.docx”导入第五部分`. */
export const describeImportRecord = (record: TImportRecord): string =>
  record.undoOf
    ? `撤销从“${record.file}”的导入：${record.part === "tables" ? `${record.cells.length} 格恢复` : `${narrativeKeyLabel(record.section?.to ?? "")}恢复原文`}`
    : record.part === "tables"
      ? `从“${record.file}”导入表格：${record.cells.length} 格变化${record.keptBlank ? `，${record.keptBlank} 格原报告空白保留原值` : ""}`
      : `从“${record.file}”导入${narrativeKeyLabel(record.section?.from ?? "")}到${narrativeKeyLabel(record.section?.to ?? "")}`;
