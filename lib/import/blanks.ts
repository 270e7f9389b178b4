import type { TReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";
import type { TCellId, TTableId } from "@/lib/template/types";

/**
 * The cells of `table` that the original printed empty (`blanks` of an import, “原报告空白”), in template order.
 */
export const blanksOfTable = (
  document: TReportDocument,
  blanks: readonly TCellId[],
  table: TTableId,
): TCellId[] => {
  const template = getTemplate(document.formatVersion);
  const blank = new Set(blanks);
  return template.cells.filter((cell) => cell.table === table && blank.has(cell.id)).map((cell) => cell.id);
};

/**
 * The document with the blank cells of `tables` set to 0: the explicit action of the import review screen
 * (issue 11 “Blanks stay blank … one explicit action per table to treat its blanks as 0”). Only cells the
 * original printed empty change; a value read, split or chosen never does. A blank 总计 becomes a printed 0 in
 * `printedTotals` (its parts decide whether that ties out). Pure: returns a new document.
 */
export const withBlanksAsZero = (
  document: TReportDocument,
  blanks: readonly TCellId[],
  tables: readonly TTableId[],
): TReportDocument => {
  if (tables.length === 0) return document;
  const template = getTemplate(document.formatVersion);
  const cells = { ...document.cells };
  const printedTotals = { ...document.printedTotals };
  for (const table of new Set(tables)) {
    for (const id of blanksOfTable(document, blanks, table)) {
      if (template.cellById.get(id)?.sumOf) printedTotals[id] = 0;
      else cells[id] = 0;
    }
  }
  return { ...document, cells, printedTotals };
};
