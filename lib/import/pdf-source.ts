import { StreamBuilder, type TStream } from "./stream";
import { ImportError } from "./types";

interface TPdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** A run of text on one baseline: its left and right edge, its baseline and the text. */
interface TPiece {
  x: number;
  end: number;
  y: number;
  size: number;
  text: string;
}

const NUMBER = /^[-−]?\d+(?:\.\d+)?$/;

/**
 * Items on one baseline joined into runs: a gap wider than `gap` characters starts a new run (2: table cells;
 * half a character: the runs of text, keeping two cells' labels on one baseline apart).
 */
const cellsOf = (line: TPdfItem[], gap = 2): TPiece[] => {
  const pieces: TPiece[] = [];
  for (const item of [...line].sort((a, b) => a.transform[4]! - b.transform[4]!)) {
    const x = item.transform[4]!;
    const size = item.height || 10;
    const last = pieces.at(-1);
    if (!last || x - last.end > size * gap) {
      pieces.push({ x, end: x + item.width, y: item.transform[5]!, size, text: item.str });
    } else {
      last.text += (x - last.end > size * 0.3 ? " " : "") + item.str;
      last.end = x + item.width;
    }
  }
  return pieces;
};

/** Where a line's trailing run of numeric cells (two or more) starts, or undefined: a table row's values. */
const valuesStart = (cells: TPiece[]): number | undefined => {
  let first = cells.length;
  while (first > 0 && NUMBER.test(cells[first - 1]!.text.trim())) first--;
  return cells.length - first >= 2 ? first : undefined;
};

/** Pieces in columns (horizontal extents overlapping), left to right; each column top to bottom. */
const columnsOf = (pieces: readonly TPiece[]): TPiece[][] => {
  const columns: { x: number; end: number; pieces: TPiece[] }[] = [];
  for (const piece of [...pieces].sort((a, b) => a.x - b.x)) {
    const column = columns.find((candidate) => piece.x < candidate.end - 1 && piece.end > candidate.x + 1);
    if (column) {
      column.pieces.push(piece);
      column.end = Math.max(column.end, piece.end);
    } else columns.push({ x: piece.x, end: piece.end, pieces: [piece] });
  }
  return columns.map((column) => column.pieces.sort((a, b) => b.y - a.y || a.x - b.x));
};

/** A page number, or our own 草稿 mark printed as a page header: never part of a table row's label. */
const PAGE_MARK = /^[\s—–\-－\d第页共/]*$|草稿.*尚未发布/;

interface TLine {
  /** Items joined into cells (cellsOf). */
  cells: TPiece[];
  /** The items one by one: a label's pieces from two columns can sit on one baseline. */
  items: TPiece[];
  y: number;
  size: number;
  /** Index in `cells` of the first of the trailing numeric cells, when the line is a table row's values. */
  start?: number;
}

/**
 * One page's lines, top to bottom, with table rows put back together. A cell's label is printed centred on its
 * row, so a label wrapped onto several lines lies partly above and partly below the row's numbers, and a
 * spanned group label (（三）不予公开) lies beside it (issue 11 tester §3: our own export printed by Chromium or
 * LibreOffice). A line of text entirely left of the values of the rows around it (a fragment) belongs to one of
 * them: between two rows, the fragments are cut at the widest vertical gap (the cell border and its padding);
 * above the first row of a page the run of fragments right above it, below the last as many as it had above.
 * The row's label is its pieces column by column (left to right), each column top to bottom. Page numbers and
 * our 草稿 header are never fragments.
 */
const pageRows = (lines: TLine[]): { label: string[]; cells: string[] }[] => {
  const rowAt = lines.flatMap((line, index) => (line.start === undefined ? [] : [index]));
  const fits = (index: number, row: number): boolean => {
    const line = lines[index]!;
    const values = lines[row]!;
    if (line.start !== undefined) return false;
    if (PAGE_MARK.test(line.items.map((item) => item.text).join(""))) return false;
    if (Math.max(...line.items.map((item) => item.end)) > values.cells[values.start!]!.x + 1) return false;
    return Math.abs(line.y - values.y) <= values.size * 8;
  };
  // Items of fragments taken by each row (keyed by the row's line index); fragment lines consumed.
  const taken = new Map<number, TPiece[]>();
  const consumed = new Set<number>();
  const give = (row: number, pieces: TPiece[]) => taken.set(row, [...(taken.get(row) ?? []), ...pieces]);
  rowAt.forEach((row, order) => {
    const next = rowAt[order + 1];
    if (order === 0) {
      for (let index = row - 1; index >= 0 && fits(index, row); index--) {
        consumed.add(index);
        give(row, lines[index]!.items);
      }
    }
    const end = next ?? lines.length;
    const between: number[] = [];
    for (let index = row + 1; index < end; index++) {
      if (!fits(index, row) && (next === undefined || !fits(index, next))) {
        if (next === undefined) break;
        continue;
      }
      between.push(index);
      consumed.add(index);
    }
    const pieces = between.flatMap((index) => lines[index]!.items);
    if (next === undefined) return give(row, pieces);
    // Per column, the cut between the two rows is the widest gap between its lines (the cell border and
    // padding); a spanned group label in its own column is centred on its group, not on the rows' line grid.
    for (const column of columnsOf(pieces)) {
      const ys = [lines[row]!.y, ...column.map((piece) => piece.y), lines[next]!.y];
      let cut = 0;
      for (let at = 1; at < ys.length - 1; at++)
        if (ys[at]! - ys[at + 1]! > ys[cut]! - ys[cut + 1]! + 0.5) cut = at;
      give(row, column.slice(0, cut));
      give(next, column.slice(cut));
    }
  });
  const out: { label: string[]; cells: string[] }[] = [];
  lines.forEach((line, index) => {
    if (consumed.has(index)) return;
    if (line.start === undefined) return out.push({ label: [], cells: line.cells.map((cell) => cell.text) });
    const valuesX = line.cells[line.start]!.x;
    const pieces = [...line.items.filter((item) => item.end <= valuesX + 1), ...(taken.get(index) ?? [])];
    const label = columnsOf(pieces).map((column) => column.map((piece) => piece.text.trim()).join(""));
    out.push({ label, cells: line.cells.slice(line.start).map((cell) => cell.text) });
  });
  return out;
};

const lineOf = (items: TPdfItem[]): TLine => {
  const cells = cellsOf(items);
  const pieces = cellsOf(items, 0.5);
  return {
    cells,
    items: pieces,
    y: pieces[0]!.y,
    size: Math.max(...pieces.map((piece) => piece.size)),
    start: valuesStart(cells),
  };
};

/**
 * PDF → stream from the text layer (unpdf / pdf.js): items grouped into lines by their baseline, a gap wider
 * than two characters between items on one line starts a new table cell, table rows whose labels wrapped are
 * joined again (pageRows). No text layer (nothing but page numbers) → a scanned PDF; a PDF with text that is
 * not a 年报 is left to readReport to say so, like any other format.
 */
export const streamFromPdf = async (bytes: Uint8Array): Promise<TStream> => {
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    if (/password/i.test(message)) throw new ImportError("该 PDF 设置了密码，无法读取。请去掉密码后再导入。");
    throw new ImportError("PDF 文件已损坏，无法读取。");
  }
  const builder = new StreamBuilder();
  let textLayer = "";
  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
    const page = await pdf.getPage(pageNumber);
    const content = await page.getTextContent();
    const items = (content.items as TPdfItem[]).filter(
      (item) => typeof item.str === "string" && item.str.trim(),
    );
    const lines: TPdfItem[][] = [];
    for (const item of [...items].sort(
      (a, b) => b.transform[5]! - a.transform[5]! || a.transform[4]! - b.transform[4]!,
    )) {
      textLayer += item.str;
      const line = lines.find(
        (candidate) =>
          Math.abs(candidate[0]!.transform[5]! - item.transform[5]!) < Math.max(2, item.height * 0.4),
      );
      if (line) line.push(item);
      else lines.push([item]);
    }
    const where = `第${pageNumber}页`;
    for (const { label, cells } of pageRows(lines.map(lineOf))) {
      const all = [...(label.length ? [label.join(" ")] : []), ...cells];
      if (all.length > 1) {
        for (const cell of all) builder.cell(cell, where);
        builder.endRow(where);
      } else {
        builder.line(all[0] ?? "", where);
      }
    }
  }
  // A scan only when there is no text layer: page numbers alone are none (issue 11 tester §4).
  if (!/\p{L}/u.test(textLayer.replace(/第\s*\d+\s*页|共\s*\d+\s*页|[\s\d\p{P}]/gu, ""))) {
    throw new ImportError("该 PDF 是扫描件，没有文字层，无法读取文字和表格。请上传 Word 或网页版本。");
  }
  return builder.build();
};
