import { formatNumber } from "@/lib/export/format";
import type { TCellId, TReportTemplate } from "@/lib/template";
import { cellLabel, TABLE_NAMES } from "@/lib/template/labels";
import { T3_COLUMNS } from "@/lib/template/table3";
import { T4_GROUPS } from "@/lib/template/table4";

import type { TNarrative, TNarrativeKey } from "./schema";
import type { TReportValues } from "./values";

/**
 * 关联数值 (linked values): a number in the narrative that is read from the tables instead of typed, so the
 * text cannot disagree with them (issue 13, docs/report-format.md “关联数值”).
 *
 * In the interchange format a linked value is a marker inside the narrative text:
 *
 *     {{值:SOURCE|LAST}}
 *
 * - `SOURCE` is a template cell id (`t3.new_received.total`) or a named derived total of this registry
 *   (`sum.t3.granted_partial` = （一）予以公开 + （二）部分公开); only `[A-Za-z0-9_.]`.
 * - `LAST` is the number printed when the text was last saved (`75`, `4068.208`), so a reader of the raw
 *   JSON, or a tool that does not know markers, still sees a sensible number. It may be empty.
 *
 * Everything else is plain text; a narrative without markers is unchanged. Exports, the checker and the
 * CLI resolve markers to the current table value before reading or printing text (`resolveLinkedText`).
 */

export const LINK_MARKER_PREFIX = "{{值:";
const MARKER_RE = /\{\{值:([A-Za-z0-9_.]+)\|([0-9.,-]*)\}\}/g;

/** The marker text for a source, with the number to print until the tables are read again. */
export const linkMarker = (sourceId: string, printed: string): string => `{{值:${sourceId}|${printed}}}`;

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

export interface TLinkMarker {
  /** Offsets of the whole marker in the text (UTF-16, as `String.slice`). */
  start: number;
  end: number;
  sourceId: string;
  /** The number the marker carries (last printed), possibly empty. */
  printed: string;
}

/** The markers of one text, in order. */
export const parseLinkMarkers = (text: string): TLinkMarker[] => {
  if (!text.includes(LINK_MARKER_PREFIX)) return [];
  const markers: TLinkMarker[] = [];
  MARKER_RE.lastIndex = 0;
  for (let match = MARKER_RE.exec(text); match; match = MARKER_RE.exec(text)) {
    markers.push({
      start: match.index,
      end: match.index + match[0].length,
      sourceId: match[1] ?? "",
      printed: match[2] ?? "",
    });
  }
  return markers;
};

/** One piece of a text for display: plain text, or a marker with its current state. */
export type TLinkedPiece =
  { kind: "text"; text: string } | { kind: "link"; marker: TLinkMarker; state: TLinkState };

export const splitLinkedText = (text: string, values: TReportValues): TLinkedPiece[] => {
  const pieces: TLinkedPiece[] = [];
  let at = 0;
  for (const marker of parseLinkMarkers(text)) {
    if (marker.start > at) pieces.push({ kind: "text", text: text.slice(at, marker.start) });
    pieces.push({ kind: "link", marker, state: readLink(values, marker.sourceId) });
    at = marker.end;
  }
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) });
  return pieces;
};

/** What a marker prints: the current value, or — when its source is gone or blank — the last printed number. */
const printedText = (marker: TLinkMarker, state: TLinkState): string =>
  state.kind === "ok" ? state.text : marker.printed;

/**
 * A narrative text with every marker replaced by its current number: what exports print and what the
 * checker reads. A missing or blank source prints its last number (the checker's L-01 makes that an error
 * at submission, so it is never silently published). Text without markers is returned as is.
 */
export const resolveLinkedText = (text: string, values: TReportValues): string => {
  if (!text.includes(LINK_MARKER_PREFIX)) return text;
  return text.replace(MARKER_RE, (_all, sourceId: string, printed: string) =>
    printedText({ start: 0, end: 0, sourceId, printed }, readLink(values, sourceId)),
  );
};

const mapNarrative = (narrative: TNarrative, map: (text: string) => string): TNarrative => {
  let changed = false;
  const next: TNarrative = { ...narrative };
  for (const key of Object.keys(narrative) as TNarrativeKey[]) {
    const text = narrative[key];
    if (!text) continue;
    const mapped = map(text);
    if (mapped !== text) {
      next[key] = mapped;
      changed = true;
    }
  }
  return changed ? next : narrative;
};

/** Every section resolved (`resolveLinkedText`); the same object when nothing changed. */
export const resolveLinkedNarrative = (narrative: TNarrative, values: TReportValues): TNarrative =>
  mapNarrative(narrative, (text) => resolveLinkedText(text, values));

/**
 * The markers' last printed numbers brought up to the tables (run when cells change, so what is saved
 * carries the number that is shown). Blank or missing sources keep their last number. Same object when
 * nothing changed.
 */
export const refreshLinkedNarrative = (narrative: TNarrative, values: TReportValues): TNarrative =>
  mapNarrative(narrative, (text) =>
    text.includes(LINK_MARKER_PREFIX)
      ? text.replace(MARKER_RE, (all, sourceId: string) => {
          const state = readLink(values, sourceId);
          return state.kind === "ok" ? linkMarker(sourceId, state.text) : all;
        })
      : text,
  );

export interface TLinkIssue {
  key: TNarrativeKey;
  marker: TLinkMarker;
  state: Exclude<TLinkState, { kind: "ok" }>;
}

/** Markers whose source is missing or blank, per section, for the checker (L-01) and the editor. */
export const linkIssues = (narrative: TNarrative, values: TReportValues): TLinkIssue[] => {
  const issues: TLinkIssue[] = [];
  for (const key of Object.keys(narrative) as TNarrativeKey[]) {
    for (const marker of parseLinkMarkers(narrative[key] ?? "")) {
      const state = readLink(values, marker.sourceId);
      if (state.kind !== "ok") issues.push({ key, marker, state });
    }
  }
  return issues;
};

/** `表三“一、本年新收…”总计` or, for a source this format lacks, the id itself. */
export const linkSourceLabel = (template: TReportTemplate, sourceId: string): string =>
  linkRegistry(template).byId.get(sourceId)?.label ?? sourceId;

export interface TBrokenMarker {
  key: TNarrativeKey;
  /** The broken fragment as written (up to the next `}}` or 30 characters), quoted in the finding. */
  fragment: string;
}

/**
 * Marker-like text that is not a marker (`{{值:` left without its `|`, its `}}`, or with a source id that is not
 * a cell id): exports would print it as it stands, braces included. Per section, in order.
 */
export const brokenLinkMarkers = (narrative: TNarrative): TBrokenMarker[] => {
  const broken: TBrokenMarker[] = [];
  for (const key of Object.keys(narrative) as TNarrativeKey[]) {
    const text = narrative[key] ?? "";
    if (!text.includes("{{值")) continue;
    const valid = parseLinkMarkers(text);
    for (let at = text.indexOf("{{值"); at >= 0; at = text.indexOf("{{值", at + 1)) {
      if (valid.some((marker) => marker.start === at)) continue;
      const close = text.indexOf("}}", at);
      const end = close >= 0 && close - at <= 40 ? close + 2 : Math.min(text.length, at + 30);
      broken.push({ key, fragment: text.slice(at, end) });
    }
  }
  return broken;
};
