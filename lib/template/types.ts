/**
 * The national report format as data. Every consumer (editor, rule engine, importer, exporters) reads
 * labels, layout and cell ids from here; none of them spells a label itself.
 */

import type { TFormatVersion } from "./formats";

/** A registered format version (2019, 2021): derived from the registry in `./formats`. */
export type { TFormatVersion };

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
  | {
      type: "label";
      text: string;
      rowSpan?: number;
      colSpan?: number;
      header?: boolean;
      scope?: "row" | "col" | "rowgroup" | "colgroup";
    }
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
  checklist?: TChecklistItem[];
}

export interface TChecklistItem {
  id: string;
  label: string;
  required: boolean;
}

/** One value column of a table-二 block. */
export interface TTable2Column {
  id: string;
  label: string;
  kind: TValueKind;
}

/** A sub-table of table 二 (one item of 条例第二十条): a title row, a header row and data rows. */
export interface TTable2Block {
  id: string;
  title: string;
  columns: TTable2Column[];
  rows: { id: string; label: string }[];
}

/**
 * How table 二's numbers continue from one year's report to the next. Cross-year rules and the prefill of a
 * new report compare two reports only when both formats say the same.
 * - `valid-documents`: 现行有效件数 = last year's + 本年制发 − 本年废止 (〔2021〕30号)
 * - `item-counts`: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减 (〔2019〕60号)
 */
export type TTable2Continuity = "valid-documents" | "item-counts";

export interface TTable2Spec {
  /** Grid columns: 信息内容 plus the value columns the blocks spread over. */
  columnCount: number;
  blocks: TTable2Block[];
  /** Counting hints shown beside the table. */
  notes: string[];
  continuity: TTable2Continuity;
}

/**
 * One entry of table 三's 三、本年度办理结果 before （七）总计: a row whose label spans both label columns
 * (（一）予以公开), or a group of numbered rows under one label (（三）不予公开 1.… 8.…).
 */
export type TTable3ResultEntry =
  | { kind: "row"; id: string; label: string }
  | { kind: "group"; label: string; rows: { id: string; label: string }[] };

export interface TTable3Spec {
  /** The result rows summed into （七）总计, in template order. */
  results: TTable3ResultEntry[];
}

export interface TSection6Spec {
  guidance: string;
  /** Items section 六 should address, offered as sub-headings; `required` ones are checked by the rules. */
  checklist?: TChecklistItem[];
}

/**
 * One national format version as data (lib/template/formats/gov-*.ts): what identifies it and how its
 * sections and tables differ from the shared parts. Code asks a definition what it has; it never compares
 * version numbers.
 */
export interface TFormatDefinition<V extends number = number> {
  version: V;
  /** 国办公开办函〔2021〕30号 */
  documentNo: string;
  /** 〔2021〕30号, for lists and badges. */
  shortLabel: string;
  /** Report years this format governs (inclusive); no `to`: every later year. */
  years: { from: number; to?: number };
  table2: TTable2Spec;
  table3: TTable3Spec;
  section6: TSection6Spec;
}

export interface TReportTemplate {
  version: TFormatVersion;
  /** 国办公开办函〔2021〕30号 */
  documentNo: string;
  name: string;
  /** Report years this format governs (inclusive). */
  years: { from: number; to?: number };
  /** The definition the template was built from. */
  format: TFormatDefinition<TFormatVersion>;
  sections: TSectionDef[];
  tables: Record<TTableId, TTableDef>;
  /** Every value cell in reading order: table 二, 三, 四; row by row. */
  cells: TCellDef[];
  cellById: ReadonlyMap<TCellId, TCellDef>;
  /** Derived cells in an order where every part is computed before the sum that uses it. */
  derivedOrder: readonly TCellDef[];
}
