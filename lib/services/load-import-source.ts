import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import {
  getImportSourceContent,
  getImportSourceInfo,
  hasImportSourceRow,
} from "@/lib/db/report-import-sources";
import { AppError } from "@/lib/errors";
import { SOURCE_KIND_LABELS, type TSourceKind } from "@/lib/import/types";
import { getTemplate } from "@/lib/template";
import { cellLabel } from "@/lib/template/labels";

import { loadReportFor } from "./report-access";

/** One table cell as the import read it: where, the raw text, and how (read, split, blank in the original). */
export interface TImportedCellRow {
  cellId: string;
  label: string;
  where: string;
  raw: string;
  how: "read" | "split" | "blank";
  note?: string;
}

export interface TImportSourcePage {
  reportId: string;
  title: string;
  name: string;
  kindLabel: string;
  size: number;
  sha256: string;
  createdAt: string;
  /** The template's cells in order, those the import read or found blank. */
  cells: TImportedCellRow[];
}

/**
 * The stored original of an imported report (issue 11 provenance) for a user who may see the report: what it
 * was, its SHA-256, and per cell where the value came from. AppError NOT_FOUND when the report is not visible
 * or was not imported with its original.
 */
export const loadImportSourceFor = async (
  user: TSessionUser,
  reportId: string,
): Promise<TImportSourcePage> => {
  const report = await loadReportFor(user, reportId, "view");
  const info = await getImportSourceInfo(report.id);
  if (!info) throw new AppError("NOT_FOUND", "该年报不是由导入的原件创建的。");
  const template = getTemplate(report.document.formatVersion);
  const cells = template.cells
    .map((cell): TImportedCellRow | null => {
      const entry = info.provenance[cell.id];
      if (!entry) return null;
      return {
        cellId: cell.id,
        label: cellLabel(cell),
        where: entry.where,
        raw: entry.raw,
        how: entry.how,
        ...(entry.note ? { note: entry.note } : {}),
      };
    })
    .filter((row): row is TImportedCellRow => row !== null);
  return {
    reportId: report.id,
    title: `${report.officeName} ${report.year}年度`,
    name: info.name,
    kindLabel: SOURCE_KIND_LABELS[info.kind as TSourceKind] ?? info.kind,
    size: info.size,
    sha256: info.sha256,
    createdAt: info.createdAt.toISOString(),
    cells,
  };
};

/** The stored original's bytes for its download (same access as `loadImportSourceFor`). */
export const loadImportSourceFileFor = async (
  user: TSessionUser,
  reportId: string,
): Promise<{ name: string; kind: string; content: Uint8Array<ArrayBuffer> }> => {
  const report = await loadReportFor(user, reportId, "view");
  const stored = await getImportSourceContent(report.id);
  if (!stored) throw new AppError("NOT_FOUND", "该年报不是由导入的原件创建的。");
  return stored;
};

/** Whether a report the caller has already loaded with its access check has a stored original (for a link). */
export const hasImportSource = (report: { id: string }): Promise<boolean> => hasImportSourceRow(report.id);
