import { formatNumber } from "@/lib/export/format";
import type { TCellId, TReportTemplate } from "@/lib/template";
import { cellLabel, TABLE_NAMES } from "@/lib/template/labels";
import { T3_COLUMNS } from "@/lib/template/table3";
import { T4_GROUPS } from "@/lib/template/table4";

import type { TReportValues } from "./values";

/**
 * The sources a 关联数值 may name (./linked-values.ts): every table cell and the named derived totals, and
 * their current value in a report.
 */

export interface TLinkSource {
  id: string;
  /** Chinese name shown on hover and in the picker, e.g. `表三“（一）予以公开”总计`. */
  label: string;
  /** Short search aliases (予以公开, 复议 …). */
  keywords: string;
  /** The cells summed (one for a plain cell). */
  cells: TCellId[];
  /** `万元` for an amount, `件` otherwise. */
  unit: string;
  /** Offered in the short picker list (derived totals and the row totals people quote). */
  featured: boolean;
}

export interface TLinkRegistry {
  list: readonly TLinkSource[];
  byId: ReadonlyMap<string, TLinkSource>;
}

interface TDerivedSpec {
  id: string;
  label: string;
  keywords: string;
  cells: (template: TReportTemplate) => TCellId[];
}

/** Rows of a table-三 result group (（三）不予公开 …) by its id prefix, in template order. */
const t3RowsWithPrefix = (template: TReportTemplate, prefix: string): string[] =>
  template.cells
    .filter((cell) => cell.table === "t3" && cell.colId === "total" && cell.rowId.startsWith(prefix))
    .map((cell) => cell.id);

/** Table-三 result groups (template-spec §3.6) whose sum reports quote (“不予公开 20 件”). */
export const T3_RESULT_GROUPS = [
  { key: "deny", prefix: "deny_", label: "（三）不予公开", short: "不予公开" },
  { key: "unable", prefix: "unable_", label: "（四）无法提供", short: "无法提供" },
  { key: "noproc", prefix: "noproc_", label: "（五）不予处理", short: "不予处理" },
  { key: "other", prefix: "other_", label: "（六）其他处理", short: "其他处理" },
] as const;

const ORGANIZATION_COLUMNS = T3_COLUMNS.slice(1, 6).map((column) => column.id);

/**
 * The named derived totals (the one place they are defined). A derived source exists for a template only
 * when every cell it sums exists there.
 */
const DERIVED: readonly TDerivedSpec[] = [
  {
    id: "sum.t3.granted_partial",
    label: `${TABLE_NAMES.t3}（一）予以公开 + （二）部分公开`,
    keywords: "予以公开 部分公开 公开",
    cells: () => ["t3.granted.total", "t3.partial.total"],
  },
  {
    id: "sum.t3.received_all",
    label: `${TABLE_NAMES.t3}本年新收 + 上年结转`,
    keywords: "受理 收到 新收 结转 申请",
    cells: () => ["t3.new_received.total", "t3.carried_over.total"],
  },
  {
    id: "sum.t3.new_received.organizations",
    label: `${TABLE_NAMES.t3}本年新收 法人或其他组织（商业企业至其他）`,
    keywords: "法人 其他组织 企业 新收 申请",
    cells: () => ORGANIZATION_COLUMNS.map((col) => `t3.new_received.${col}`),
  },
  ...T3_RESULT_GROUPS.map((group): TDerivedSpec => ({
    id: `sum.t3.${group.key}`,
    label: `${TABLE_NAMES.t3}${group.label} 合计`,
    keywords: group.short,
    cells: (template) => t3RowsWithPrefix(template, group.prefix),
  })),
  {
    id: "sum.t4.litigation",
    label: `${TABLE_NAMES.t4}行政诉讼 总计（未经复议直接起诉 + 复议后起诉）`,
    keywords: "行政诉讼 诉讼 起诉",
    cells: () => ["t4.litigation_direct.total", "t4.litigation_after_review.total"],
  },
  {
    id: "sum.t4.all",
    label: `${TABLE_NAMES.t4}行政复议 + 行政诉讼 总计`,
    keywords: "复议 诉讼 案件",
    cells: () => T4_GROUPS.map((group) => `t4.${group.id}.total`),
  },
  {
    id: "sum.t2.valid",
    label: `${TABLE_NAMES.t2}现行有效件数（规章 + 行政规范性文件）`,
    keywords: "现行有效 规章 规范性文件",
    cells: () => ["t2.regulations.valid", "t2.normative_documents.valid"],
  },
  {
    id: "sum.t2.made",
    label: `${TABLE_NAMES.t2}本年制发件数（规章 + 行政规范性文件）`,
    keywords: "制发 规章 规范性文件",
    cells: () => ["t2.regulations.made", "t2.normative_documents.made"],
  },
];

/** Cells people quote in sentences: the 总计 column of 表三 and 表四, and every 表二 cell. */
const isFeatured = (cell: TReportTemplate["cells"][number]): boolean =>
  cell.table === "t2" || cell.colId === "total";

const registries = new WeakMap<TReportTemplate, TLinkRegistry>();

/**
 * Every source a linked value may name in reports of this template: the derived totals first, then each
 * table cell (input or total). Cached per template.
 */
export const linkRegistry = (template: TReportTemplate): TLinkRegistry => {
  const cached = registries.get(template);
  if (cached) return cached;
  const list: TLinkSource[] = [];
  for (const spec of DERIVED) {
    const cells = spec.cells(template);
    if (cells.length === 0 || !cells.every((id) => template.cellById.has(id))) continue;
    list.push({ id: spec.id, label: spec.label, keywords: spec.keywords, cells, unit: "件", featured: true });
  }
  for (const cell of template.cells) {
    list.push({
      id: cell.id,
      label: cellLabel(cell),
      keywords: cell.id.startsWith("t3.new_received") ? "收到 新收 申请" : "",
      cells: [cell.id],
      unit: cell.kind === "amount" ? "万元" : "件",
      featured: isFeatured(cell),
    });
  }
  const registry = { list, byId: new Map(list.map((source) => [source.id, source])) };
  registries.set(template, registry);
  return registry;
};

export type TLinkState =
  | { kind: "ok"; source: TLinkSource; value: number; text: string }
  /** A cell it sums is blank or unreadable. */
  | { kind: "blank"; source: TLinkSource }
  /** The source does not exist in this report's format (format change, hand-edited file). */
  | { kind: "missing" };

/** The current value of a source in a report: the sum of its cells as the tables show them. */
export const readLink = (values: TReportValues, sourceId: string): TLinkState => {
  const source = linkRegistry(values.template).byId.get(sourceId);
  if (!source) return { kind: "missing" };
  let total = 0;
  for (const id of source.cells) {
    const value = values.effective(id);
    if (value === null) return { kind: "blank", source };
    total += value;
  }
  return { kind: "ok", source, value: total, text: formatNumber(total) };
};

/** `表三“一、本年新收…”总计` or, for a source this format lacks, the id itself. */
export const linkSourceLabel = (template: TReportTemplate, sourceId: string): string =>
  linkRegistry(template).byId.get(sourceId)?.label ?? sourceId;
