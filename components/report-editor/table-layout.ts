import type { TTableDef } from "@/lib/template";

/**
 * How a statistics table is laid out on screen so that it fits and stays readable (docs/editor.md “表格的
 * 版面”): which leading rows are the column headers (frozen at the top of the table's scroll box), how many
 * leading grid columns hold only row labels (frozen at the left), their widths, and where each label cell
 * starts, which gives its `left` offset. Pure, from the template's grid (merged cells included).
 */
export interface TTableLayout {
  /** Rows 0 … headerRows-1 are the column headers (the template's `isHeader` rows at the top). */
  headerRows: number;
  /** Grid columns 0 … labelColumns-1 hold row labels only. */
  labelColumns: number;
  /** Width of each label column, in em of the table's font. */
  labelWidths: number[];
  /** For each row, the grid column each of its cells starts at (merged cells from rows above skipped). */
  startColumns: number[][];
}

/** Label column widths (em): one column (表二) is wide; 表三's three are the outline levels 三、/（三）/1. */
const LABEL_WIDTHS: Record<number, number[]> = { 1: [11], 2: [5, 10], 3: [3, 6, 11] };

/** The layout of `table`; see TTableLayout. */
export const tableLayout = (table: TTableDef): TTableLayout => {
  const pending: number[] = [];
  const startColumns: number[][] = [];
  let labelColumns = table.columnCount;
  for (const row of table.rows) {
    const covered = pending.map((n) => n > 0);
    let column = 0;
    const starts: number[] = [];
    for (const cell of row.cells) {
      while (covered[column]) column += 1;
      starts.push(column);
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === "label" ? (cell.rowSpan ?? 1) : 1;
      if (cell.type === "value" && !row.isHeader) labelColumns = Math.min(labelColumns, column);
      for (let c = column; c < column + colSpan; c += 1) pending[c] = rowSpan;
      column += colSpan;
    }
    for (let c = 0; c < pending.length; c += 1) pending[c] = Math.max(0, (pending[c] ?? 0) - 1);
    startColumns.push(starts);
  }
  let headerRows = 0;
  while (table.rows[headerRows]?.isHeader) headerRows += 1;
  if (labelColumns === table.columnCount) labelColumns = 0;
  const labelWidths =
    LABEL_WIDTHS[labelColumns] ?? Array.from({ length: labelColumns }, () => 20 / labelColumns);
  return { headerRows, labelColumns, labelWidths, startColumns };
};

/** The `left` offset (em) of a frozen label cell starting at grid column `column`. */
export const stickyLeft = (layout: TTableLayout, column: number): number =>
  layout.labelWidths.slice(0, column).reduce((sum, width) => sum + width, 0);
