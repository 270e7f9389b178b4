/**
 * The national report format as data. Every consumer (editor, rule engine, importer, exporters) reads
 * labels, layout and cell ids from here; none of them spells a label itself.
 */

export type TFormatVersion = 2019 | 2021;

export type TTableId = "t2" | "t3" | "t4";

/** Stable id of one value cell: `${table}.${row}.${column}`, e.g. `t3.new_received.commercial`. */
export type TCellId = string;

/**
 * - count: non-negative integer (件数、申请数)
 * - signedCount: integer that may be negative (2019 format 本年增/减)
 * - amount: non-negative number with up to 4 decimals (万元)
 */
export type TValueKind = "count" | "signedCount" | "amount";

export interface TCellDef {
  id: TCellId;
  /** Position in `TReportTemplate.cells`; hot paths index arrays by it instead of hashing ids. */
  index: number;
  table: TTableId;
  rowId: string;
  colId: string;
  /** Row label as a person reads it, e.g. `（三）不予公开 4.保护第三方合法权益`. */
  rowLabel: string;
  colLabel: string;
  kind: TValueKind;
  /** Derived cells are computed as the sum of `sumOf`, never typed. */
  sumOf?: TCellId[];
  /** `sumOf` as cell indexes. */
  sumOfIndex?: number[];
}

/** A cell as a table builder declares it, before the template numbers the cells. */
export type TCellSpec = Omit<TCellDef, "index" | "sumOfIndex">;

/** One cell of a printed table grid. Header and label cells carry text; value cells a cell id. */
export type TGridCell =
  | { type: "label"; text: string; rowSpan?: number; colSpan?: number; header?: boolean; scope?: "row" | "col" | "rowgroup" | "colgroup" }
  | { type: "value"; cellId: TCellId; colSpan?: number };

export interface TGridRow {
  /** Header rows repeat when a table breaks across pages. */
  isHeader?: boolean;
  cells: TGridCell[];
}

export interface TTableDef {
  id: TTableId;
  sectionId: TSectionId;
  title: string;
  /** Number of grid columns, counting label columns. */
  columnCount: number;
  /** The table exactly as the template prints it, merged cells included. */
  rows: TGridRow[];
  /** Hint for counting, shown beside the table (not printed in the report). */
  notes?: string[];
}

export type TSectionId = "s1" | "s2" | "s3" | "s4" | "s5" | "s6";

export interface TSectionDef {
  id: TSectionId;
  /** 一 … 六 */
  numeral: string;
  heading: string;
  kind: "narrative" | "table";
  tableId?: TTableId;
  /** What the section must cover, shown to the person filling it in. */
  guidance: string;
  /** Default sub-headings offered in the editor (section 一's five topics, section 六's items). */
  subheadings?: string[];
  /** Items a complete section should address; `required` ones are checked by the rule engine. */
  checklist?: { id: string; label: string; required: boolean }[];
}

export interface TReportTemplate {
  version: TFormatVersion;
  /** 国办公开办函〔2021〕30号 */
  documentNo: string;
  name: string;
  /** Report years this format governs (inclusive). */
  years: { from: number; to?: number };
  sections: TSectionDef[];
  tables: Record<TTableId, TTableDef>;
  /** Every value cell in reading order: table 二, 三, 四; row by row. */
  cells: TCellDef[];
  cellById: ReadonlyMap<TCellId, TCellDef>;
  /** Derived cells in an order where every part is computed before the sum that uses it. */
  derivedOrder: readonly TCellDef[];
}
