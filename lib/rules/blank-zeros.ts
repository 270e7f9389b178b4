import { parseCellValue } from "@/lib/report/cell-value";
import type { TReportDocument } from "@/lib/report/schema";
import { isAsPublishedImport, resolveValues, type TReportValues } from "@/lib/report/values";
import type { TTableId } from "@/lib/template";

import { TABLE3_RULES } from "./table3-rules";
import { TABLE4_RULES } from "./table4-rules";
import type { TRule } from "./types";

/**
 * Blanks that stand for 0 in a published report (issue 12 §3, D65). Many offices print a table with every
 * “没有” left empty and only the non-zero counts written (a real 2019 report of a 市政府办公厅: 135 of its cells
 * blank, its printed totals and every tie-out right once the blanks are read as 0). Listing each blank row,
 * column and cell there gives dozens of findings for one fact. When a report kept AS PUBLISHED
 * (`isAsPublishedImport`) has numbers in a table and that table's own tie-outs all hold with its blanks read as
 * 0 — a blank printed total read as not printed — its blanks are one finding, and 表三 is not “徒有其名” (T3-06).
 * A draft being filled in keeps its findings per row, column and cell: there a blank is work still to do.
 */

/**
 * The tables whose own tie-outs can tell a blank that means 0 from one that hides a number: 表三 and 表四 (every
 * cell is in a sum with a printed total). 表二 has no in-year tie-out in the 2021 format, so “its tie-outs hold”
 * would say nothing; its blanks stay findings of their own (a flattened 表二 row left for a choice is blank too).
 */
const TABLE_RULES: Partial<Record<TTableId, readonly TRule[]>> = {
  t3: TABLE3_RULES,
  t4: TABLE4_RULES,
};

const TABLES = Object.keys(TABLE_RULES) as TTableId[];

interface TBlankReading {
  /** The tables whose blanks stand for 0. */
  tables: ReadonlySet<TTableId>;
  /** The report's values with those tables' blanks read as 0 (blank printed totals computed); else `values`. */
  values: TReportValues;
}

const cache = new WeakMap<TReportValues, TBlankReading>();

/**
 * The report's values with every table whose blanks stand for 0 read that way: the numbers a careful reader
 * takes from such a report (the text rules compare its sentences with these, so a printed total left blank
 * does not switch a claim off). `values` itself when no table qualifies. Cached per evaluation (`values`).
 */
export const blankReading = (report: TReportDocument, values: TReportValues): TBlankReading => {
  const known = cache.get(values);
  if (known) return known;
  const tables = new Set<TTableId>();
  if (isAsPublishedImport(report))
    for (const table of TABLES) {
      const zeroed = zeroedReport(report, values, [table]);
      if (zeroed && tableHolds(zeroed, table)) tables.add(table);
    }
  const reading = {
    tables,
    values: (tables.size ? zeroedReport(report, values, [...tables])?.values : undefined) ?? values,
  };
  cache.set(values, reading);
  return reading;
};

/**
 * Whether `table` of `report` reads as “blanks mean 0”: the report is kept as published, the table has at least
 * one non-zero number, and its in-year tie-outs (the table's rules without last year's report) raise nothing
 * once each blank entered cell is 0 and each blank printed total is left to be computed. Pure; never throws.
 */
export const blanksMeanZero = (report: TReportDocument, values: TReportValues, table: TTableId): boolean =>
  blankReading(report, values).tables.has(table);

/** The report with the blanks of `tables` read as 0, and its values; null when they hold no non-zero number. */
const zeroedReport = (
  report: TReportDocument,
  values: TReportValues,
  tables: readonly TTableId[],
): { report: TReportDocument; values: TReportValues } | null => {
  const { template } = values;
  const cells = template.cells.filter((cell) => tables.includes(cell.table));
  const hasNumber = cells.some((cell) => {
    const value = values.effectiveAt[cell.index];
    return typeof value === "number" && value > 0;
  });
  if (!hasNumber) return null;
  const filled: Record<string, unknown> = { ...report.cells };
  for (const cell of cells)
    if (!cell.sumOf && values.parsed[cell.index]?.problem === "blank") filled[cell.id] = 0;
  const printedTotals: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(report.printedTotals ?? {})) {
    const cell = template.cellById.get(id);
    const blank =
      cell?.sumOf && tables.includes(cell.table) && parseCellValue(raw, cell.kind).problem === "blank";
    if (!blank) printedTotals[id] = raw;
  }
  // Without `source` the report is no longer “as published”: a total it did not print is computed.
  const zeroed = { ...report, cells: filled, printedTotals, source: undefined } as TReportDocument;
  return { report: zeroed, values: resolveValues(template, zeroed) };
};

const tableHolds = (
  { report, values }: { report: TReportDocument; values: TReportValues },
  table: TTableId,
): boolean => {
  const { template } = values;
  let raised = false;
  const ctx = { template, report, values, emit: () => (raised = true) };
  for (const rule of TABLE_RULES[table] ?? []) {
    if (rule.appliesTo && !rule.appliesTo(template.format)) continue;
    rule.check(ctx);
    if (raised) return false;
  }
  return true;
};
