import type { TCellSpec, TFormatVersion, TGridCell, TGridRow, TTableDef, TValueKind } from "./types";

/**
 * Table 二 主动公开政府信息情况: sub-tables (blocks) of 条例第二十条, each a title row, a header row and
 * data rows on a fixed grid (template-spec §3.5 for 2021, §4 for 2019).
 */

interface TBlockSpec {
  id: string;
  title: string;
  columns: { id: string; label: string; kind: TValueKind }[];
  rows: { id: string; label: string }[];
}

const count = (id: string, label: string) => ({ id, label, kind: "count" as const });

export const T2_BLOCKS_2021: TBlockSpec[] = [
  {
    id: "item1",
    title: "第二十条第（一）项",
    columns: [count("made", "本年制发件数"), count("repealed", "本年废止件数"), count("valid", "现行有效件数")],
    rows: [
      { id: "regulations", label: "规章" },
      { id: "normative_documents", label: "行政规范性文件" },
    ],
  },
  {
    id: "item5",
    title: "第二十条第（五）项",
    columns: [count("decisions", "本年处理决定数量")],
    rows: [{ id: "licensing", label: "行政许可" }],
  },
  {
    id: "item6",
    title: "第二十条第（六）项",
    columns: [count("decisions", "本年处理决定数量")],
    rows: [
      { id: "punishment", label: "行政处罚" },
      { id: "coercion", label: "行政强制" },
    ],
  },
  {
    id: "item8",
    title: "第二十条第（八）项",
    columns: [{ id: "amount", label: "本年收费金额（单位：万元）", kind: "amount" }],
    rows: [{ id: "fees", label: "行政事业性收费" }],
  },
];

const itemCount = count("items_last_year", "上一年项目数量");
const itemChange = { id: "items_change", label: "本年增/减", kind: "signedCount" as const };

export const T2_BLOCKS_2019: TBlockSpec[] = [
  {
    id: "item1",
    title: "第二十条第（一）项",
    columns: [count("produced", "本年新制作数量"), count("published", "本年新公开数量"), count("total_public", "对外公开总数量")],
    rows: [
      { id: "regulations", label: "规章" },
      { id: "normative_documents", label: "规范性文件" },
    ],
  },
  {
    id: "item5",
    title: "第二十条第（五）项",
    columns: [itemCount, itemChange, count("decisions", "处理决定数量")],
    rows: [
      { id: "licensing", label: "行政许可" },
      { id: "other_services", label: "其他对外管理服务事项" },
    ],
  },
  {
    id: "item6",
    title: "第二十条第（六）项",
    columns: [itemCount, itemChange, count("decisions", "处理决定数量")],
    rows: [
      { id: "punishment", label: "行政处罚" },
      { id: "coercion", label: "行政强制" },
    ],
  },
  {
    id: "item8",
    title: "第二十条第（八）项",
    columns: [itemCount, itemChange],
    rows: [{ id: "fees", label: "行政事业性收费" }],
  },
  {
    id: "item9",
    title: "第二十条第（九）项",
    // The template fixes no unit for 采购总金额; reports use 元, 万元 or 亿元 (template-spec §4).
    columns: [count("projects", "采购项目数量"), { id: "amount", label: "采购总金额", kind: "amount" }],
    rows: [{ id: "procurement", label: "政府集中采购" }],
  },
];

/** How the value columns of a block spread over the grid's value columns (the rest goes to 信息内容). */
const spreadColumns = (valueColumns: number, gridValueColumns: number): { labelSpan: number; spans: number[] } => {
  if (valueColumns === 1) return { labelSpan: 1, spans: [gridValueColumns] };
  if (valueColumns * 2 === gridValueColumns) return { labelSpan: 1, spans: Array(valueColumns).fill(2) };
  return { labelSpan: 1 + gridValueColumns - valueColumns, spans: Array(valueColumns).fill(1) };
};

const withSpan = (cell: TGridCell, span: number): TGridCell => (span > 1 ? { ...cell, colSpan: span } : cell);

export const buildTable2 = (version: TFormatVersion): { table: TTableDef; cells: TCellSpec[] } => {
  const blocks = version === 2021 ? T2_BLOCKS_2021 : T2_BLOCKS_2019;
  // 2021: 信息内容 + 3 value columns; 2019: 信息内容 + 4 (template-spec §3.5, §4).
  const columnCount = version === 2021 ? 4 : 5;
  const cells: TCellSpec[] = [];
  const rows: TGridRow[] = blocks.flatMap((block) => {
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
          cells.push({ id, table: "t2", rowId: row.id, colId: column.id, rowLabel: `${block.title} ${row.label}`, colLabel: column.label, kind: column.kind });
          return withSpan({ type: "value", cellId: id }, spans[index] ?? 1);
        }),
      ],
    }));
    return [title, header, ...data];
  });
  return {
    table: {
      id: "t2",
      sectionId: "s2",
      title: "主动公开政府信息情况",
      columnCount,
      rows,
      notes:
        version === 2021
          ? ["不具有规章制定权的机关，规章一栏填 0。", "收费金额以万元为单位，只填数字，最多保留4位小数。"]
          : ["本年增/减可以为负数，如 -8。", "采购总金额只填数字，不要在单元格中写单位。"],
    },
    cells,
  };
};
