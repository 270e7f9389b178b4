import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type IXmlableObject,
} from "docx";

import type { TTableId } from "@/lib/template";

import { STYLE, TEXT_WIDTH } from "./docx-style";
import type { TPrintedCell, TPrintedTable } from "./publishable";

/** A printed table (./printed-tables.ts) as a Word table: fixed column widths, merged cells, rows kept together. */

// Column widths (fractions of the text block) per table; table 四 is fitted to the page width.
const COLUMN_SHARES: Record<TTableId, (columnCount: number) => number[]> = {
  t2: (count) => (count === 4 ? [0.4, 0.2, 0.2, 0.2] : [0.28, 0.1, 0.2, 0.21, 0.21]),
  t3: () => [0.07, 0.12, 0.29, ...Array<number>(7).fill(0.52 / 7)],
  t4: (count) => Array<number>(count).fill(1 / count),
};

/**
 * A cell's paragraph — style 表格文字 (./docx-style.ts), left-aligned for a row label, one run of text — written as
 * the XML object `docx` itself would prepare for `new Paragraph({ style, alignment, children: [new TextRun(text)] })`.
 * `docx` prepares each element of each paragraph afresh on every export, and the ~320 cells' paragraphs were most of
 * the export's time (docs/benchmarks.md); prepared here once, from plain objects, they cost a few object literals.
 * `prepForXml` is the extension point `docx` documents for a component's own XML. The tests read the cells back.
 */
class CellParagraph extends Paragraph {
  private readonly xml: IXmlableObject;

  constructor(text: string, style: string, left: boolean) {
    // The alignment also goes to the empty paragraphs `docx` adds below a cell merged down rows.
    super({ alignment: left ? AlignmentType.LEFT : undefined });
    const properties: IXmlableObject[] = [
      { "w:pStyle": { _attr: { "w:val": style } } },
      ...(left ? [{ "w:jc": { _attr: { "w:val": "left" } } }] : []),
    ];
    this.xml = {
      "w:p": [
        { "w:pPr": properties },
        { "w:r": [{ "w:t": [{ _attr: { "xml:space": "preserve" } }, text] }] },
      ],
    };
  }

  override prepForXml(): IXmlableObject {
    return this.xml;
  }
}

const tableCell = (cell: TPrintedCell, width: number, keepNext: boolean): TableCell =>
  new TableCell({
    children: [
      new CellParagraph(
        cell.text,
        keepNext ? STYLE.tableKept : STYLE.table,
        !cell.numeric && cell.scope === "row",
      ),
    ],
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
  });

export const buildTable = (table: TPrintedTable): Table => {
  const widths = COLUMN_SHARES[table.id](table.columnCount).map((share) => Math.floor(share * TEXT_WIDTH));
  // A cell's width is the sum of the grid columns it covers; track columns covered by row spans from above.
  const pending: number[] = Array<number>(table.columnCount).fill(0);
  const toRow = (cells: TPrintedCell[], isHeader: boolean, keepNext: boolean): TableRow => {
    let column = 0;
    const children = cells.map((cell) => {
      while ((pending[column] ?? 0) > 0) column += 1;
      const width = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
      for (let c = column; c < column + cell.colSpan; c += 1) pending[c] = cell.rowSpan;
      column += cell.colSpan;
      return tableCell(cell, width, keepNext);
    });
    for (let c = 0; c < pending.length; c += 1) pending[c] = Math.max(0, (pending[c] ?? 0) - 1);
    return new TableRow({ children, tableHeader: isHeader || undefined, cantSplit: true });
  };
  return new Table({
    rows: [
      ...table.headerRows.map((row) => toRow(row, true, true)),
      ...table.bodyRows.map((row, i) => toRow(row, false, table.keepWithNext[i] ?? false)),
    ],
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    // The cells' margins, once for the table (w:tblCellMar) rather than on each of its ~300 cells: the same
    // layout, and a quarter fewer XML elements to build (docs/benchmarks.md).
    margins: { top: 40, bottom: 40, left: 60, right: 60, marginUnitType: WidthType.DXA },
  });
};
