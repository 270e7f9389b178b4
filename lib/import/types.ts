import type { TCellId, TTableId } from "@/lib/template/types";
import type { TReportDocument } from "@/lib/report/schema";

/** The source kinds the importer reads, detected by content (./detect.ts), never by file name. */
export type TSourceKind = "docx" | "doc" | "pdf" | "html" | "xlsx" | "text" | "json";

export const SOURCE_KIND_LABELS: Readonly<Record<TSourceKind, string>> = {
  docx: "Word 文档（.docx）",
  doc: "Word 97–2003 文档（.doc）",
  pdf: "PDF 文件",
  html: "网页",
  xlsx: "Excel 表格（.xlsx）",
  text: "纯文本",
  json: "年报通交换格式（JSON）",
};

/**
 * How a cell's value was obtained:
 * - `read`: printed in its own place and read as printed;
 * - `split`: cut out of a run of digits printed together, the only split the row total and the table's
 *   identities allow;
 * - `blank`: printed empty (kept empty, never read as 0).
 */
export type TCellHow = "read" | "split" | "blank";

/** Where one imported value came from: `第12行`, `第3页`, `第2个表格第5行`, and the text as printed. */
export interface TProvenance {
  where: string;
  raw: string;
  how: TCellHow;
  /** A note printed inside the cell (`22（其中修订16件）` → `（其中修订16件）`), or a unit converted. */
  note?: string;
}

/** A row whose digits ran together and allow several splits: the person picks one (never guessed). */
export interface TImportChoice {
  table: TTableId;
  rowLabel: string;
  /**
   * The row's cells in column order (totals included), each candidate gives one value per cell; an orphan
   * row that fits several rows (./orphan-rows.ts) lists those rows' cells, null where a candidate leaves a row empty.
   */
  cellIds: TCellId[];
  raw: string;
  where: string;
  candidates: (number | null)[][];
  /**
   * Numbers of a candidate that the report's own text also states (`现行有效…698件`), when some candidate has
   * them: candidates are listed best-supported first, but the person still chooses.
   */
  supportedBy?: string;
  /**
   * "placement": rows of numbers printed without their labels that fit more than one row (./orphan-rows.ts) — the
   * person chooses where they go, not how digits split; `candidateLabels` then names, per candidate, the rows that
   * receive numbers. Absent: a split of digits that ran together.
   */
  kind?: "placement";
  candidateLabels?: string[];
}

export interface TImportResult {
  /** The report as read; cells not read are null. Totals as printed go to `printedTotals`. */
  document: TReportDocument;
  provenance: Record<TCellId, TProvenance>;
  /** Cells printed empty in the original (“原报告空白”). */
  blanks: TCellId[];
  choices: TImportChoice[];
  /** What could not be read or needed a decision, in Chinese, in reading order. */
  problems: string[];
  source: { kind: TSourceKind; label: string };
}

/** Why a file could not be imported at all: a Chinese message for the person, never a stack trace. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export type TImportOutcome = { ok: true; result: TImportResult } | { ok: false; error: string };

export const BLANK_MARK = "原报告空白";
