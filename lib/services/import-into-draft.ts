import "server-only";

import { createHash } from "node:crypto";

import type { TSessionUser } from "@/lib/auth/types";
import { firstSchemaProblem } from "@/lib/cli/schema-place";
import { replaceReportDocument } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { MAX_FILE_BYTES } from "@/lib/import/detect";
import { YEAR_UNKNOWN } from "@/lib/import/read-report";
import { importFile } from "@/lib/import/import-report";
import { applyTableDiff, buildTableDiff, sourceMismatch } from "@/lib/import/into-draft";
import { applySectionDiff, buildSectionDiff } from "@/lib/import/section-into-draft";
import type { TImportResult, TProvenance } from "@/lib/import/types";
import {
  formatSchemaIssues,
  reportDraftSchema,
  type TNarrativeKey,
  type TReportDocument,
} from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";
import { narrativeKeyLabel, type TImportRecord } from "@/lib/workflow/import-event";

import { loadReportFor } from "./report-access";

/** What the editor's 导入 dialog gets back from a file: the draft as the server has it and what the file holds. */
export interface TIntoDraftPreview {
  /** The version the diff is built against; applying is refused if the draft was saved since. */
  version: number;
  document: TReportDocument;
  source: {
    label: string;
    kind: string;
    cells: TReportDocument["cells"];
    provenance: Record<string, TProvenance>;
    blanks: string[];
    narrative: TReportDocument["narrative"];
    problems: string[];
    /**
     * The file is of another year or format (sourceMismatch, Chinese): its tables cannot be taken, a section
     * can (said to the person before applying). Absent when both match.
     */
    mismatch?: string;
  };
}

/** What to take from the file: its tables, or one of its sections into one section of the draft. */
export type TIntoDraftPart =
  | { kind: "tables"; keepWhereBlank: boolean }
  | { kind: "section"; from: TNarrativeKey; to: TNarrativeKey; dropMarkers: boolean };

/**
 * Reads a file for a draft: a source that prints no year (an Excel sheet of the tables) is read as the draft's
 * year; a file without tables is read for its sections. A different year or format is returned as `mismatch`
 * (naming both): the tables are then refused, a section may still be taken (issue 11 tester §5).
 */
const readForDraft = async (
  draft: TReportDocument,
  file: Uint8Array,
): Promise<{ result: TImportResult; mismatch: string | null }> => {
  if (file.length > MAX_FILE_BYTES) throw new AppError("INVALID", "文件超过 20 MB，无法导入。");
  let outcome = await importFile(file, { tablesOptional: true });
  if (!outcome.ok && outcome.error.startsWith(YEAR_UNKNOWN))
    outcome = await importFile(file, { year: draft.year, tablesOptional: true });
  if (!outcome.ok) throw new AppError("INVALID", outcome.error);
  return { result: outcome.result, mismatch: sourceMismatch(draft, outcome.result.document) };
};

/**
 * Reads a file against an open draft the user may edit (NOT_FOUND / FORBIDDEN / READ_ONLY otherwise); nothing
 * is saved. The browser builds the diff with lib/import/into-draft.ts from the answer.
 */
export const previewImportIntoDraftFor = async (
  user: TSessionUser,
  reportId: string,
  file: Uint8Array,
): Promise<TIntoDraftPreview> => {
  const report = await loadReportFor(user, reportId, "edit");
  const { result, mismatch } = await readForDraft(report.document, file);
  return {
    version: report.version,
    document: report.document,
    source: {
      label: result.source.label,
      kind: result.source.kind,
      cells: result.document.cells,
      provenance: result.provenance,
      blanks: result.blanks,
      narrative: result.document.narrative,
      problems: result.problems,
      ...(mismatch ? { mismatch } : {}),
    },
  };
};

const conflict = (version: number) =>
  new AppError(
    "CONFLICT",
    `该年报在您查看对比之后已被保存（现为第 ${version} 版），未导入。请重新选择文件，查看新的对比后再导入。`,
  );

/** The new document and what the history keeps of the import; INVALID when there is nothing to take. */
const planImport = (
  draft: TReportDocument,
  result: TImportResult,
  part: TIntoDraftPart,
  file: { name: string; sha256: string },
  mismatch: string | null,
): { document: TReportDocument; record: TImportRecord } => {
  const base = { file: file.name, kind: result.source.kind, sha256: file.sha256 };
  if (part.kind === "tables") {
    if (mismatch) throw new AppError("INVALID", mismatch);
    if (draft.rollup) throw new AppError("INVALID", "汇总报告的表格由汇总生成，不能导入。");
    const diff = buildTableDiff(draft, result, { keepWhereBlank: part.keepWhereBlank });
    if (!diff.changes.length) throw new AppError("INVALID", "文件中的表格与草稿相同，没有需要导入的变化。");
    const cells = diff.changes.map((change) => ({
      cellId: change.cellId,
      before: change.before,
      after: change.after,
      ...(change.provenance ? { where: change.provenance.where, raw: change.provenance.raw } : {}),
      ...(change.how !== "unread" ? { how: change.how } : {}),
    }));
    return {
      document: applyTableDiff(draft, diff.changes),
      record: { ...base, part: "tables", cells, keptBlank: diff.keptBlank.length },
    };
  }
  const diff = buildSectionDiff(draft, result.document.narrative, part.from, part.to);
  if (!diff.after) throw new AppError("INVALID", `导入的文件中没有${narrativeKeyLabel(part.from)}的文字。`);
  if (diff.dropped.length && !part.dropMarkers) {
    throw new AppError(
      "INVALID",
      `新文字中没有原文 ${diff.dropped.length} 个关联数值所显示的数字，导入会去掉这些关联数值。请确认后再导入。`,
      { dropped: diff.dropped },
    );
  }
  return {
    document: applySectionDiff(draft, diff),
    record: { ...base, part: "section", cells: [], keptBlank: 0, section: diff },
  };
};

/**
 * Applies an import into an open draft: the file is read again here (the browser's diff is never trusted), the
 * diff is built against the draft as stored at `baseVersion` and saved in one step with a history entry naming
 * the file and every change (a `save` event with `detail.import`, lib/workflow/import-event.ts). CONFLICT when
 * the draft was saved since `baseVersion` (nothing written); INVALID for a year/format mismatch, nothing to take,
 * or markers that would be lost without `dropMarkers`.
 */
export const applyImportIntoDraftFor = async (
  user: TSessionUser,
  reportId: string,
  input: { file: Uint8Array; fileName: string; baseVersion: number; part: TIntoDraftPart },
): Promise<{ version: number }> => {
  const report = await loadReportFor(user, reportId, "edit");
  if (report.version !== input.baseVersion) throw conflict(report.version);
  const { result, mismatch } = await readForDraft(report.document, input.file);
  const sha256 = createHash("sha256").update(input.file).digest("hex");
  const name = input.fileName.trim().slice(0, 200) || "上传的文件";
  const { document, record } = planImport(report.document, result, input.part, { name, sha256 }, mismatch);
  const parsed = reportDraftSchema(getTemplate(report.document.formatVersion)).safeParse(document);
  if (!parsed.success)
    throw new AppError(
      "INVALID",
      `导入后的年报数据无效，未保存：${firstSchemaProblem(parsed.error.issues)}。`,
      formatSchemaIssues(parsed.error),
    );
  const saved = await replaceReportDocument({
    id: report.id,
    baseVersion: input.baseVersion,
    document: parsed.data,
    actor: { id: user.id, name: user.displayName },
    event: (version) => ({ action: "save", detail: { version, import: record } }),
  });
  if (!saved) throw conflict(input.baseVersion + 1);
  return { version: input.baseVersion + 1 };
};
