import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { listImportRecords } from "@/lib/db/import-records";
import { replaceReportDocument } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { applyTableDiff, type TCellDiffRow } from "@/lib/import/into-draft";
import type { TReportDocument } from "@/lib/report/schema";
import type { TImportRecord } from "@/lib/workflow/import-event";

import { loadReportFor } from "./report-access";

/**
 * The draft with an import's changes taken back where they still stand: each cell that still holds the imported
 * value gets its old value again (cells changed since are left, counted in `skipped`), or the section gets its old
 * text if it still reads as imported. INVALID when nothing of the import is left to undo.
 */
const undoDocument = (
  draft: TReportDocument,
  record: TImportRecord,
): { document: TReportDocument; cells: TImportRecord["cells"]; skipped: number } => {
  if (record.part === "section") {
    const section = record.section;
    const key = section?.to as keyof TReportDocument["narrative"] | undefined;
    if (!section || !key || (draft.narrative[key] ?? "") !== section.after)
      throw new AppError("INVALID", "该部分在导入之后又被修改，无法撤销；导入前的原文可在历史中查看。");
    return {
      document: { ...draft, narrative: { ...draft.narrative, [key]: section.before } },
      cells: [],
      skipped: 0,
    };
  }
  const standing = record.cells.filter((cell) => (draft.cells[cell.cellId] ?? null) === cell.after);
  if (!standing.length) throw new AppError("INVALID", "导入的单元格在之后都已修改，没有可撤销的内容。");
  const rows = standing.map((cell) => ({ cellId: cell.cellId, after: cell.before }) as TCellDiffRow);
  const cells = standing.map((cell) => ({ cellId: cell.cellId, before: cell.after, after: cell.before }));
  return { document: applyTableDiff(draft, rows), cells, skipped: record.cells.length - standing.length };
};

/**
 * 撤销导入 from the history: takes back the import recorded by event `eventId` on the draft as it is now (at
 * `baseVersion`, the version the history showed; CONFLICT when saved since), recorded as a 保存 with
 * `import.undoOf`. NOT_FOUND when the event is not an import of this report or is itself an undo; INVALID as in
 * `undoDocument`. Returns the new version and how many imported cells were left because they were changed since.
 */
export const undoImportIntoDraftFor = async (
  user: TSessionUser,
  reportId: string,
  eventId: string,
  baseVersion: number,
): Promise<{ version: number; skipped: number }> => {
  const report = await loadReportFor(user, reportId, "edit");
  const entry = (await listImportRecords(report.id)).find((candidate) => candidate.eventId === eventId);
  if (!entry || entry.record.undoOf) throw new AppError("NOT_FOUND", "找不到这次导入。");
  if (report.version !== baseVersion)
    throw new AppError("CONFLICT", `该年报已被保存（现为第 ${report.version} 版），请刷新历史后再撤销。`);
  const { document, cells, skipped } = undoDocument(report.document, entry.record);
  const record: TImportRecord = { ...entry.record, cells, keptBlank: 0, undoOf: eventId };
  if (record.section)
    record.section = { ...record.section, before: record.section.after, after: record.section.before };
  const saved = await replaceReportDocument({
    id: report.id,
    baseVersion,
    document,
    actor: { id: user.id, name: user.displayName },
    event: (version) => ({ action: "save", detail: { version, import: record } }),
  });
  if (!saved) throw new AppError("CONFLICT", "该年报刚被保存，请刷新历史后再撤销。");
  return { version: baseVersion + 1, skipped };
};
