import { inTable, TABLE_SECTIONS } from "./labels";
import { templateError, unhandledKind } from "./template-error";
import type { TCellSpec, TGridCell, TGridRow, TTable2Column, TTable2Spec, TTableDef } from "./types";

/**
 * Table 二 主动公开政府信息情况: sub-tables (blocks) of 条例第二十条, each a title row, a header row and
 * data rows on a fixed grid (template-spec §3.5 for 2021, §4 for 2019). The blocks, the grid width and
 * the notes come from the format definition (lib/template/formats).
 */

/** A count column (件数、数量). */
export const countColumn = (id: string, label: string): TTable2Column => ({ id, label, kind: "count" });

/** How the value columns of a block spread over the grid's value columns (the rest goes to 信息内容). */
const spreadColumns = (
  valueColumns: number,
  gridValueColumns: number,
): { labelSpan: number; spans: number[] } => {
  if (valueColumns === 1) return { labelSpan: 1, spans: [gridValueColumns] };
  if (valueColumns * 2 === gridValueColumns) return { labelSpan: 1, spans: Array(valueColumns).fill(2) };
  return { labelSpan: 1 + gridValueColumns - valueColumns, spans: Array(valueColumns).fill(1) };
};

const withSpan = (cell: TGridCell, span: number): TGridCell => (span > 1 ? { ...cell, colSpan: span } : cell);

export const buildTable2 = (spec: TTable2Spec): { table: TTableDef; cells: TCellSpec[] } => {
  const { blocks, columnCount } = spec;
  const cells: TCellSpec[] = [];
  const rows: TGridRow[] = blocks.flatMap((block) => {
    if (block.columns.length > columnCount - 1) {
      const problem = `有 ${block.columns.length} 个数值列，表格只有 ${columnCount - 1} 列`;
      throw templateError(`${inTable("t2", block.title)}${problem}`);
    }
    const { labelSpan, spans } = spreadColumns(block.columns.length, columnCount - 1);
    const title: TGridRow = {
      cells: [{ type: "label", text: block.title, colSpan: columnCount, header: true, scope: "colgroup" }],
    };
    const header: TGridRow = {
      cells: [
        withSpan({ type: "label", text: "信息内容", header: true, scope: "col" }, labelSpan),
        ...block.columns.map((column, index) =>
          withSpan({ type: "label", text: column.label, header: true, scope: "col" }, spans[index] ?? 1),
        ),
      ],
    };
    const data: TGridRow[] = block.rows.map((row) => ({
      cells: [
        withSpan({ type: "label", text: row.label, header: true, scope: "row" }, labelSpan),
        ...block.columns.map((column, index) => {
          const id = `t2.${row.id}.${column.id}`;
          cells.push({
            id,
            table: "t2",
            rowId: row.id,
            colId: column.id,
            rowLabel: `${block.title} ${row.label}`,
            colLabel: column.label,
            kind: column.kind,
          });
          return withSpan({ type: "value", cellId: id }, spans[index] ?? 1);
        }),
      ],
    }));
    return [title, header, ...data];
  });
  return {
    table: {
      id: "t2",
      sectionId: TABLE_SECTIONS.t2,
      title: "主动公开政府信息情况",
      columnCount,
      rows,
      notes: spec.notes,
    },
    cells,
  };
};

/**
 * The table-二 cells a new report takes over from last year's report, for formats whose table 二 continues
 * the same way (`continuity`): 现行有效件数 under `valid-documents`; nothing under `item-counts` (the
 * 〔2019〕60号 上一年项目数量 is left to the filler, as it always was).
 */
export const table2CarryOver = (spec: TTable2Spec): { cellIds: string[]; source: string } => {
  switch (spec.continuity) {
    case "valid-documents": {
      const valid = spec.blocks.flatMap((block) => block.columns).find((column) => column.id === "valid");
      if (!valid) throw templateError("表二按现行有效件数跨年度衔接，但没有“现行有效件数”（valid）列");
      const rows = spec.blocks.flatMap((block) =>
        block.columns.some((column) => column.id === "valid") ? block.rows : [],
      );
      return {
        cellIds: rows.map((row) => `t2.${row.id}.valid`),
        source: `${inTable("t2", valid.label)}（请按本年制发、废止调整）`,
      };
    }
    case "item-counts":
      return { cellIds: [], source: "" };
    default:
      return unhandledKind("表二的跨年度口径", spec.continuity);
  }
};
