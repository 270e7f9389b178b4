import type { TReportTemplate, TTableId } from "@/lib/template/types";
import { T3_APPLICANT_COLUMNS, T3_COLUMNS, t3ResultRowIds } from "@/lib/template/table3";
import { T4_GROUPS, T4_RESULT_COLUMNS } from "@/lib/template/table4";

import type { TRowIdentity } from "./split";

/**
 * The rows the importer looks for, built from the template (lib/template), never spelled here: each row's
 * printed label as a tolerant pattern, its cells in column order and the identities a split must satisfy.
 */

export interface TRowPlan {
  table: TTableId;
  rowId: string;
  /** The label as the template prints it, for messages. */
  label: string;
  pattern: RegExp;
  cellIds: string[];
  identities: TRowIdentity[];
}

/** Between two characters of a label: spaces, line breaks, cell borders, markdown marks. */
const GAP = "[\\s\\u001f\\u001e|#*]*";

const CHAR_CLASSES: Record<string, string> = {
  "（": "[（(]",
  "(": "[（(]",
  "）": "[）)]",
  ")": "[）)]",
  "、": "[、,，]?",
  "，": "[，,、]?",
  ",": "[，,、]?",
  "“": "[“”\"']?",
  "”": "[“”\"']?",
  ".": "[.．、]?",
  "/": "[/／]",
};

const escapeChar = (ch: string): string => CHAR_CLASSES[ch] ?? ch.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&");

/** A label's characters with anything of `GAP` allowed between them. */
export const loosePattern = (text: string): string => [...text.replace(/\s+/g, "")].map(escapeChar).join(GAP);

const NUMBERING = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.)/;
const TRAILING_NOTE = /（[^（）]*）$/;

/** Variants real reports print for a template label (template-spec §4: 规范性文件 in the 2019 format). */
const VARIANTS: Record<string, string[]> = {
  行政规范性文件: ["规范性文件"],
  规范性文件: ["行政规范性文件"],
  其他对外管理服务事项: ["其他对外管理服务"],
  政府集中采购: ["集中采购"],
};

/**
 * `（二）部分公开（区分处理的…）` → numbering optional, note optional, core `部分公开` required; a core of one or two
 * characters (`3.其他`, `（七）总计`) needs its numbering to be recognised.
 */
export const labelPattern = (label: string): RegExp => {
  const numbering = label.match(NUMBERING)?.[0] ?? "";
  let core = label.slice(numbering.length);
  const note = core.match(TRAILING_NOTE)?.[0] ?? "";
  core = core.slice(0, core.length - note.length);
  const cores = [core, ...(VARIANTS[core] ?? [])].sort((a, b) => b.length - a.length);
  const corePattern = `(?:${cores.map(loosePattern).join("|")})`;
  const numberingPattern = numbering ? loosePattern(numbering) + GAP : "";
  const head = core.length <= 2 ? numberingPattern : numbering ? `(?:${numberingPattern})?` : "";
  const tail = note ? `(?:${GAP}${loosePattern(note)})?` : "";
  return new RegExp(`${head}${corePattern}${tail}`, "g");
};

const t2Plans = (template: TReportTemplate): TRowPlan[] =>
  template.format.table2.blocks.flatMap((block) =>
    block.rows.map((row) => ({
      table: "t2" as const,
      rowId: row.id,
      label: row.label,
      pattern: labelPattern(row.label),
      cellIds: block.columns.map((column) => `t2.${row.id}.${column.id}`),
      identities: [],
    })),
  );

/** 表三's row total: 总计 = the six applicant columns (template-spec §3.6). */
const T3_ROW_IDENTITY: TRowIdentity = { parts: T3_APPLICANT_COLUMNS.map((_, index) => index), total: 6 };

const t3Plans = (template: TReportTemplate): TRowPlan[] => {
  const rows: { id: string; label: string }[] = [];
  const seen = new Set<string>();
  for (const cell of template.cells) {
    if (cell.table !== "t3" || seen.has(cell.rowId)) continue;
    seen.add(cell.rowId);
    // The printed label of the row itself (`1.属于国家秘密`), not the group's (`（三）不予公开`).
    const parts = cell.rowLabel.split(" ");
    rows.push({ id: cell.rowId, label: parts[parts.length - 1] ?? cell.rowLabel });
  }
  return rows.map((row) => ({
    table: "t3" as const,
    rowId: row.id,
    label: row.label,
    pattern: labelPattern(row.label),
    cellIds: T3_COLUMNS.map((column) => `t3.${row.id}.${column.id}`),
    identities: [T3_ROW_IDENTITY],
  }));
};

/** Rows of 表二 then 表三, in the order the template prints them. */
export const labelledRowPlans = (template: TReportTemplate): TRowPlan[] => [
  ...t2Plans(template),
  ...t3Plans(template),
];

/** 表四's fifteen cells in printed order (行政复议, 未经复议直接起诉, 复议后起诉; 5 columns each). */
export const table4CellIds = (): string[] =>
  T4_GROUPS.flatMap((group) => T4_RESULT_COLUMNS.map((column) => `t4.${group.id}.${column.id}`));

/** Each group's 总计 = its four result columns (template-spec §3.7). */
export const table4Identities = (): TRowIdentity[] =>
  T4_GROUPS.map((_, group) => ({ parts: [0, 1, 2, 3].map((c) => group * 5 + c), total: group * 5 + 4 }));

/**
 * 表三's column identities (template-spec §3.6): （七）总计 = the result rows; 一 + 二 = （七）总计 + 四.
 * Each identity as row ids: `sum(parts) = sum(totals)`.
 */
export const table3ColumnIdentities = (
  template: TReportTemplate,
): { parts: string[]; totals: string[] }[] => [
  { parts: t3ResultRowIds(template.format.table3), totals: ["results_total"] },
  { parts: ["new_received", "carried_over"], totals: ["results_total", "carried_forward"] },
];
