import { TABLE_SECTIONS } from "./labels";
import type { TCellSpec, TGridCell, TTableDef } from "./types";

/** Table 四 政府信息公开行政复议、行政诉讼情况 — identical in both formats (template-spec §3.7). */

export const T4_RESULT_COLUMNS = [
  { id: "maintained", label: "结果维持" },
  { id: "corrected", label: "结果纠正" },
  { id: "other", label: "其他结果" },
  { id: "pending", label: "尚未审结" },
  { id: "total", label: "总计" },
] as const;

export const T4_GROUPS = [
  { id: "review", label: "行政复议" },
  { id: "litigation_direct", label: "行政诉讼（未经复议直接起诉）" },
  { id: "litigation_after_review", label: "行政诉讼（复议后起诉）" },
] as const;

const col = (text: string, extra: Partial<Extract<TGridCell, { type: "label" }>> = {}): TGridCell => ({
  type: "label",
  text,
  header: true,
  scope: "col",
  ...extra,
});

export const buildTable4 = (): { table: TTableDef; cells: TCellSpec[] } => {
  const cells: TCellSpec[] = T4_GROUPS.flatMap((group) =>
    T4_RESULT_COLUMNS.map((column): TCellSpec => {
      const id = `t4.${group.id}.${column.id}`;
      const base = {
        id,
        table: "t4" as const,
        rowId: group.id,
        colId: column.id,
        rowLabel: group.label,
        colLabel: column.label,
        kind: "count" as const,
      };
      return column.id === "total"
        ? { ...base, sumOf: T4_RESULT_COLUMNS.slice(0, 4).map((c) => `t4.${group.id}.${c.id}`) }
        : base;
    }),
  );
  const table: TTableDef = {
    id: "t4",
    sectionId: TABLE_SECTIONS.t4,
    title: "政府信息公开行政复议、行政诉讼情况",
    columnCount: 15,
    rows: [
      {
        isHeader: true,
        cells: [
          col("行政复议", { colSpan: 5, scope: "colgroup" }),
          col("行政诉讼", { colSpan: 10, scope: "colgroup" }),
        ],
      },
      {
        isHeader: true,
        cells: [
          ...T4_RESULT_COLUMNS.map((column) => col(column.label, { rowSpan: 2 })),
          col("未经复议直接起诉", { colSpan: 5, scope: "colgroup" }),
          col("复议后起诉", { colSpan: 5, scope: "colgroup" }),
        ],
      },
      {
        isHeader: true,
        cells: [...T4_RESULT_COLUMNS, ...T4_RESULT_COLUMNS].map((column) => col(column.label)),
      },
      { cells: cells.map((cell): TGridCell => ({ type: "value", cellId: cell.id })) },
    ],
  };
  return { table, cells };
};
