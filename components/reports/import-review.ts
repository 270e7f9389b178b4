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

/**
 * Counts per table (二, 三, 四) of the cells: read, split by the row totals, blank in the original, waiting
 * for a choice, not readable (no provenance, or read as nothing). Each cell is counted once, in that order
 * of precedence: a choice first, then unread, blank, split, read.
 */
export const tableCounts = (review: TImportReview): { table: "t2" | "t3" | "t4"; counts: TTableCounts }[] => {
  const template = getTemplate(review.document.formatVersion);
  const chosen = new Set(review.choices.flatMap((choice) => choice.cellIds));
  return (["t2", "t3", "t4"] as const).map((table) => {
    const counts = { read: 0, split: 0, blank: 0, choice: 0, unread: 0 };
    for (const cell of template.cells.filter((c) => c.table === table)) {
      const entry = review.provenance[cell.id];
      if (chosen.has(cell.id)) counts.choice++;
      else if (!entry) counts.unread++;
      else if (entry.how === "blank") counts.blank++;
      else if (entry.how === "split") counts.split++;
      else if (
        (cell.sumOf ? review.document.printedTotals?.[cell.id] : review.document.cells[cell.id]) == null
      )
        counts.unread++;
      else counts.read++;
    }
    return { table, counts };
  });
};

const NARRATIVE_LABELS = {
  opening: "开头段落",
  s1: "一、总体情况",
  s5: "五、存在的主要问题",
  s6: "六、其他需要报告的事项",
} as const;

/** The narrative parts an import read, named as the report names them and joined by “、”, or “（未读到）”. */
export const narrativeRead = (document: TReportDocument): string =>
  (["opening", "s1", "s5", "s6"] as const)
    .filter((key) => document.narrative[key])
    .map((key) => NARRATIVE_LABELS[key])
    .join("、") || "（未读到）";
