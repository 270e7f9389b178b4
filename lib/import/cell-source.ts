import type { TCellValue } from "@/lib/report/schema";

import { BLANK_MARK, type TProvenance } from "./types";

/** Where a draft's cell value came from when an import put it there: the file, the place and the raw text. */
export interface TCellSource {
  /** The file's name (or web address, or 粘贴的文字). */
  file: string;
  /** `第2个表格第5行`, `第3页` … */
  where: string;
  raw: string;
  how: TProvenance["how"];
}

/** One import's cells as lib/services keeps them: the value put in and where it was read. */
export interface TImportedCells {
  file: string;
  cells: readonly {
    cellId: string;
    after: TCellValue;
    where?: string;
    raw?: string;
    how?: TProvenance["how"];
  }[];
}

/**
 * The source of each cell that an import filled and that still holds the imported value: first the original a
 * report was created from (`original`, whose values are not known here, so every cell it read counts), then each
 * import into the draft in order (a later one wins). A cell whose value differs from what the last import into
 * the draft put there is left out: the value no longer came from the file.
 */
export const mergeCellSources = (
  original: { file: string; provenance: Record<string, TProvenance> } | null,
  imports: readonly TImportedCells[],
  cells: Readonly<Record<string, TCellValue>>,
): Record<string, TCellSource> => {
  const sources: Record<string, TCellSource> = {};
  for (const [cellId, entry] of Object.entries(original?.provenance ?? {})) {
    sources[cellId] = { file: original?.file ?? "", where: entry.where, raw: entry.raw, how: entry.how };
  }
  for (const record of imports) {
    for (const cell of record.cells) {
      const kept = cell.where && cell.how && (cells[cell.cellId] ?? null) === cell.after;
      if (kept)
        sources[cell.cellId] = {
          file: record.file,
          where: cell.where ?? "",
          raw: cell.raw ?? "",
          how: cell.how ?? "read",
        };
      else delete sources[cell.cellId];
    }
  }
  return sources;
};

/** `导入自“统计表.xlsx”第2个表格第5行，原文“151”` / `…，原报告空白`: the words shown for a cell. */
export const cellSourceText = (source: TCellSource): string =>
  `导入自“${source.file}”${source.where}，${
    source.how === "blank"
      ? BLANK_MARK
      : `原文“${source.raw}”${source.how === "split" ? "（由连写的数字拆分）" : ""}`
  }`;
