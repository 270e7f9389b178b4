import type { TCellId, TReportTemplate } from "@/lib/template";

import { parseCellValue, type TParsedCell } from "./cell-value";

const BLANK_CELL: TParsedCell = { value: null, problem: "blank" };
import type { TReportDocument } from "./schema";

/**
 * The numbers of a report as the rules and exporters see them: input cells parsed, derived totals
 * computed from them. For an imported report the totals it printed are kept beside the computed ones:
 * tie-outs use what the report claims (`effective`), and the rules compare claims with arithmetic. A total
 * an imported report kept as published (`isAsPublishedImport`) did not print is a blank there, as in the
 * original; a draft created by importing has no printed totals and computes them all.
 * Arrays are indexed by `TCellDef.index` — this runs on every keystroke.
 */
export interface TReportValues {
  template: TReportTemplate;
  /** Input cells: what was typed, read. Undefined at derived cells. */
  parsed: readonly (TParsedCell | undefined)[];
  /** Derived cells: the arithmetic (null when a part is unreadable). Undefined at input cells. */
  computed: readonly (number | null | undefined)[];
  /** Derived cells of an imported report: the printed total, read. */
  printed: readonly (TParsedCell | undefined)[];
  /** Per cell: the printed total when present, else the computed one; input cells as read. */
  effectiveAt: readonly (number | null)[];
  effective(id: TCellId): number | null;
}

/**
 * Whether a document is an imported report kept AS PUBLISHED: `source.kind` "import" and a `printedTotals`
 * member (possibly empty) — what the importer writes and a 已发布（导入） report stores. Such a report prints
 * and checks as the original: an omitted total stays blank, blank cells print blank. A draft created by
 * importing (its printed totals dropped when stored, D59) is edited like a typed one: totals computed.
 */
export const isAsPublishedImport = (
  report: Partial<Pick<TReportDocument, "printedTotals" | "source">>,
): boolean => report.source?.kind === "import" && report.printedTotals !== undefined;

export const resolveValues = (
  template: TReportTemplate,
  report: Pick<TReportDocument, "cells" | "printedTotals"> & Partial<Pick<TReportDocument, "source">>,
): TReportValues => {
  const count = template.cells.length;
  const parsed: (TParsedCell | undefined)[] = new Array(count);
  const computed: (number | null | undefined)[] = new Array(count);
  const printed: (TParsedCell | undefined)[] = new Array(count);
  const plain: (number | null)[] = new Array(count).fill(null);

  for (const cell of template.cells) {
    if (cell.sumOfIndex) continue;
    const reading = parseCellValue(report.cells[cell.id], cell.kind);
    parsed[cell.index] = reading;
    plain[cell.index] = reading.value;
  }
  for (const cell of template.derivedOrder) {
    let total: number | null = 0;
    for (const part of cell.sumOfIndex ?? []) {
      const value = plain[part] ?? null;
      if (value === null) {
        total = null;
        break;
      }
      total += value;
    }
    computed[cell.index] = total;
    plain[cell.index] = total;
  }
  const effectiveAt = plain;
  // An imported report is what it printed: a total it left out is a blank, never silently computed.
  if (isAsPublishedImport(report)) {
    for (const cell of template.derivedOrder) {
      if (report.printedTotals && Object.hasOwn(report.printedTotals, cell.id)) continue;
      printed[cell.index] = BLANK_CELL;
      effectiveAt[cell.index] = null;
    }
  }
  if (report.printedTotals) {
    for (const [id, raw] of Object.entries(report.printedTotals)) {
      const cell = template.cellById.get(id);
      if (!cell?.sumOfIndex) continue;
      const reading = parseCellValue(raw, cell.kind);
      printed[cell.index] = reading;
      effectiveAt[cell.index] = reading.value;
    }
  }
  return {
    template,
    parsed,
    computed,
    printed,
    effectiveAt,
    effective: (id) => {
      const cell = template.cellById.get(id);
      return cell ? (effectiveAt[cell.index] ?? null) : null;
    },
  };
};
