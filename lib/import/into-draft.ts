import { refreshLinkedNarrative } from "@/lib/report/linked-values";
import type { TCellValue, TReportDocument } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import { formatShortLabel, getTemplate, type TTableId } from "@/lib/template";
import { cellLabel } from "@/lib/template/labels";

import type { TImportResult, TProvenance } from "./types";

/**
 * Import into an open draft (issue 11 “only the tables from an Excel/WPS sheet … shown as a diff before it
 * replaces anything”, issue 18 “fill a draft's tables from such a sheet”): the pure part. The service
 * (lib/services/import-into-draft.ts) reads the file, builds the diff here, and applies it with the draft's
 * version.
 */

/**
 * How the source gave a cell: `read` / `split` as the importer read it; `blank` printed empty (原报告空白);
 * `unread` not found in the source at all (the existing value is always kept).
 */
export type TIntoDraftHow = TProvenance["how"] | "unread";

/** One input cell of the draft against the source. */
export interface TCellDiffRow {
  cellId: string;
  table: TTableId;
  /** `表三“（一）予以公开”自然人` … */
  label: string;
  before: TCellValue;
  /** What the draft will hold after applying (equal to `before` when kept). */
  after: TCellValue;
  how: TIntoDraftHow;
  /** Where the source printed it and the raw text; absent for `unread`. */
  provenance?: TProvenance;
}

export interface TTableDiff {
  /** The cells whose value changes, in template order. */
  changes: TCellDiffRow[];
  /** Cells the source printed empty whose existing value is kept (`keepWhereBlank`). */
  keptBlank: TCellDiffRow[];
  /** Cells the source could not read at all; their existing value is kept. */
  unread: TCellDiffRow[];
  /** Cells the source gives with the value the draft already has. */
  unchanged: number;
}

export interface TTableDiffOptions {
  /** Keep the draft's value where the source printed the cell empty (else the cell becomes empty). */
  keepWhereBlank: boolean;
}

const valueOf = (value: TCellValue | undefined): TCellValue => (value === undefined ? null : value);

/**
 * The table diff of `imported` into `draft`: every input cell of 表二、表三、表四 (totals are computed, never
 * imported). A blank in the source empties the cell (never 0) unless `keepWhereBlank`; a cell the source
 * could not read keeps its value. Pure; both documents must have the same format (see `sourceMismatch`).
 */
export const buildTableDiff = (
  draft: TReportDocument,
  imported: Pick<TImportResult, "document" | "provenance" | "blanks">,
  options: TTableDiffOptions,
): TTableDiff => {
  const template = getTemplate(draft.formatVersion);
  const blanks = new Set(imported.blanks);
  const diff: TTableDiff = { changes: [], keptBlank: [], unread: [], unchanged: 0 };
  for (const cell of template.cells) {
    if (cell.sumOf) continue;
    const before = valueOf(draft.cells[cell.id]);
    const provenance = imported.provenance[cell.id];
    const source = valueOf(imported.document.cells[cell.id]);
    const how: TIntoDraftHow = blanks.has(cell.id)
      ? "blank"
      : source === null
        ? "unread"
        : (provenance?.how ?? "read");
    const row: TCellDiffRow = {
      cellId: cell.id,
      table: cell.table,
      label: cellLabel(cell),
      before,
      after: before,
      how,
      ...(provenance ? { provenance } : {}),
    };
    if (how === "unread") {
      diff.unread.push(row);
      continue;
    }
    if (how === "blank" && options.keepWhereBlank && before !== null) {
      diff.keptBlank.push(row);
      continue;
    }
    const after = how === "blank" ? null : source;
    if (after === before) diff.unchanged++;
    else diff.changes.push({ ...row, after });
  }
  return diff;
};

/**
 * The draft with the diff's changes applied. Linked values (markers) in the narrative follow the tables: their
 * last printed numbers are brought up to the new values (lib/report/linked-values.ts), never removed.
 */
export const applyTableDiff = (draft: TReportDocument, changes: readonly TCellDiffRow[]): TReportDocument => {
  const cells = { ...draft.cells };
  for (const change of changes) {
    if (change.after === null) delete cells[change.cellId];
    else cells[change.cellId] = change.after;
  }
  const values = resolveValues(getTemplate(draft.formatVersion), {
    cells,
    printedTotals: draft.printedTotals,
  });
  return { ...draft, cells, narrative: refreshLinkedNarrative(draft.narrative, values) };
};

/** `2024年度（〔2021〕30号格式）`, as the mismatch message names a report. */
const describe = (document: Pick<TReportDocument, "year" | "formatVersion">): string =>
  `${document.year}年度（${formatShortLabel(document.formatVersion)}格式）`;

/**
 * Why a source cannot go into a draft: a different year or format version, named both ways in Chinese; null
 * when both match. A source that prints no year is read as the draft's year before this check.
 */
export const sourceMismatch = (
  draft: Pick<TReportDocument, "year" | "formatVersion">,
  source: Pick<TReportDocument, "year" | "formatVersion">,
): string | null =>
  draft.year === source.year && draft.formatVersion === source.formatVersion
    ? null
    : `导入的文件是${describe(source)}的年报，与本草稿${describe(draft)}不符，未导入。请选择同一年度、同一格式的文件。`;
