import type { TReportDocument } from "@/lib/report/schema";
import type { TImportReview } from "@/lib/services/import-report";
import { getTemplate } from "@/lib/template";

/**
 * The document with the person's picks among candidate splits written into its cells: `picks` maps a
 * choice's index to the index of the chosen candidate; a candidate's values go to the choice's cells in
 * column order (a total's value to `printedTotals`). Unpicked choices leave their cells as read.
 */
export const applyChoices = (review: TImportReview, picks: Record<number, number>): TReportDocument => {
  const template = getTemplate(review.document.formatVersion);
  const cells = { ...review.document.cells };
  const printedTotals = { ...review.document.printedTotals };
  review.choices.forEach((choice, index) => {
    const candidate = picks[index] === undefined ? undefined : choice.candidates[picks[index]];
    if (!candidate) return;
    choice.cellIds.forEach((id, column) => {
      if (template.cellById.get(id)?.sumOf) printedTotals[id] = candidate[column] ?? null;
      else cells[id] = candidate[column] ?? null;
    });
  });
  return { ...review.document, cells, printedTotals };
};

export interface TTableCounts {
  read: number;
  split: number;
  blank: number;
  choice: number;
  unread: number;
}

/** How one cell was read, as the review marks it. */
export type TCellMark = keyof TTableCounts;

/**
 * The mark of one cell, in this order of precedence: waiting for a choice, not readable (no provenance, or read
 * as nothing), blank in the original, split by the row totals, read.
 */
export const cellMark = (review: TImportReview, cellId: string, chosen: ReadonlySet<string>): TCellMark => {
  const template = getTemplate(review.document.formatVersion);
  const cell = template.cellById.get(cellId);
  const entry = review.provenance[cellId];
  if (chosen.has(cellId)) return "choice";
  if (!entry) return "unread";
  if (entry.how === "blank") return "blank";
  if (entry.how === "split") return "split";
  const value = cell?.sumOf ? review.document.printedTotals?.[cellId] : review.document.cells[cellId];
  return value == null ? "unread" : "read";
};

/** The cells of the review's choices (their values wait for the person's pick). */
export const chosenCells = (review: TImportReview): Set<string> =>
  new Set(review.choices.flatMap((choice) => choice.cellIds));

/** Counts per table (二, 三, 四) of the cells by their mark (`cellMark`), each cell counted once. */
export const tableCounts = (review: TImportReview): { table: "t2" | "t3" | "t4"; counts: TTableCounts }[] => {
  const template = getTemplate(review.document.formatVersion);
  const chosen = chosenCells(review);
  return (["t2", "t3", "t4"] as const).map((table) => {
    const counts = { read: 0, split: 0, blank: 0, choice: 0, unread: 0 };
    for (const cell of template.cells.filter((c) => c.table === table)) {
      counts[cellMark(review, cell.id, chosen)]++;
    }
    return { table, counts };
  });
};

export const NARRATIVE_LABELS = {
  opening: "开头段落",
  s1: "一、总体情况",
  s2: "二、主动公开政府信息情况（表前文字）",
  s3: "三、收到和处理政府信息公开申请情况（表前文字）",
  s4: "四、行政复议、行政诉讼情况（表前文字）",
  s5: "五、存在的主要问题",
  s6: "六、其他需要报告的事项",
} as const;

/** The narrative parts an import read, named as the report names them and joined by “、”, or “（未读到）”. */
export const narrativeRead = (document: TReportDocument): string =>
  (Object.keys(NARRATIVE_LABELS) as (keyof typeof NARRATIVE_LABELS)[])
    .filter((key) => document.narrative[key])
    .map((key) => NARRATIVE_LABELS[key])
    .join("、") || "（未读到）";
