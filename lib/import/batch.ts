import { nameThenYear } from "@/lib/report/title";
import { MAX_FILE_BYTES } from "./detect";

/**
 * Rules of the batch import (issue 11 “many at once”) that the browser and the server share. Pure.
 * A 审核人 drops in up to MAX_BATCH_FILES files of MAX_FILE_BYTES each, MAX_BATCH_BYTES in all.
 */
export const MAX_BATCH_FILES = 100;
export const MAX_BATCH_BYTES = 200 * 1024 * 1024;

/** Why a batch cannot be read as chosen (Chinese), or null: too many files, too large in all, or one too large. */
export const batchSizeProblem = (files: readonly { name: string; size: number }[]): string | null => {
  if (files.length === 0) return "请选择要导入的文件。";
  if (files.length > MAX_BATCH_FILES)
    return `一次最多导入 ${MAX_BATCH_FILES} 个文件（已选 ${files.length} 个），请分批导入。`;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_BATCH_BYTES)
    return `文件合计 ${Math.ceil(total / 1024 / 1024)} MB，超过一次 ${MAX_BATCH_BYTES / 1024 / 1024} MB 的上限，请分批导入。`;
  return null;
};

/** Whether one file is over the per-file cap (the single import's 20 MB), with its Chinese message. */
export const fileSizeProblem = (size: number): string | null =>
  size > MAX_FILE_BYTES ? "文件超过 20 MB，无法导入。" : size === 0 ? "文件是空的。" : null;

/** A row of the batch as far as duplicates are concerned: its chosen office and the year read. */
export interface TBatchKey {
  officeId: string | null;
  year: number | null;
}

/**
 * Why each row cannot be stored as it stands because of another report (Chinese, or null), in row order:
 * another row of the batch for the same office and year (every such row but the first), or a report of that
 * office and year already in the system (`existingYears`: office id → years).
 */
export const duplicateProblems = (
  rows: readonly TBatchKey[],
  existingYears: Readonly<Record<string, readonly number[]>>,
  officeName: (officeId: string) => string,
): (string | null)[] => {
  const firstRow = new Map<string, number>();
  return rows.map((row, index) => {
    if (!row.officeId || row.year === null) return null;
    if (existingYears[row.officeId]?.includes(row.year))
      return `${nameThenYear(officeName(row.officeId), row.year)}年度的年报已在系统中，不再导入。`;
    const key = `${row.officeId}:${row.year}`;
    const first = firstRow.get(key);
    if (first !== undefined)
      return `与第 ${first + 1} 个文件重复：同一机关（${officeName(row.officeId)}）同一年度（${row.year}）只能导入一份。`;
    firstRow.set(key, index);
    return null;
  });
};

/** How a row is stored on confirmation: a past year as 已发布（导入）, the current year or later as a draft. */
export const batchOutcomeFor = (year: number, currentYear: number): "published" | "draft" =>
  year < currentYear ? "published" : "draft";
