import type { TReportValues } from "@/lib/report/values";
import type { TReportTemplate } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

import type { TClaimKind } from "./narrative-claims";

/**
 * What each kind of narrative claim (./narrative-claims.ts) is compared with in the tables, for X-01
 * (./claim-rules.ts) and the editor's link offers.
 */

/** A table number a claim may mean. */
export interface TReading {
  /** `表三本年新收总计`: what the number is compared with. */
  label: string;
  value: number;
  cells: string[];
}

/** The sum of the 总计 of 表三 rows; null when one is blank. */
export const t3Total = (values: TReportValues, rows: string[]): number | null => {
  let sum = 0;
  for (const row of rows) {
    const value = values.effective(`t3.${row}.total`);
    if (value === null) return null;
    sum += value;
  }
  return sum;
};

const rowsOfGroup = (template: TReportTemplate, prefix: string): string[] =>
  template.cells
    .filter((cell) => cell.table === "t3" && cell.colId === "total" && cell.rowId.startsWith(prefix))
    .map((cell) => cell.rowId);

/** Claims read as the 总计 of fixed 表三 rows: what the number is compared with, and the rows summed. */
const T3_ROW_READINGS = {
  received_new: ["表三本年新收总计", ["new_received"]],
  carried_over: ["表三上年结转总计", ["carried_over"]],
  carried_forward: ["表三结转下年度继续办理总计", ["carried_forward"]],
  answered: ["表三办理结果（七）总计", ["results_total"]],
  granted: ["表三（一）予以公开总计", ["granted"]],
  partial: ["表三（二）部分公开总计", ["partial"]],
  granted_partial: ["表三（一）予以公开与（二）部分公开之和", ["granted", "partial"]],
} satisfies Partial<Record<TClaimKind, [label: string, rows: string[]]>>;

/** The table readings a claim may mean; the claim holds when it equals any of them. */
export const readings = (
  kind: TClaimKind,
  template: TReportTemplate,
  values: TReportValues,
): TReading[] | null => {
  const one = (label: string, rows: string[]): TReading[] | null => {
    const value = t3Total(values, rows);
    return value === null ? null : [{ label, value, cells: rows.map((row) => `t3.${row}.total`) }];
  };
  const t4 = (groups: string[], column: string, label: string): TReading[] | null => {
    const parts = groups.map((group) => values.effective(`t4.${group}.${column}`));
    if (parts.includes(null)) return null;
    const value = parts.reduce<number>((acc, part) => acc + (part ?? 0), 0);
    return [{ label, value, cells: groups.map((group) => `t4.${group}.${column}`) }];
  };
  const LITIGATION = ["litigation_direct", "litigation_after_review"];
  switch (kind) {
    case "received": {
      const fresh = one("表三本年新收总计", ["new_received"]);
      const both = one("本年新收加上年结转", ["new_received", "carried_over"]);
      return fresh && both ? [...fresh, ...both] : null;
    }
    case "received_new":
    case "carried_over":
    case "carried_forward":
    case "answered":
    case "granted":
    case "partial":
    case "granted_partial":
      return one(...T3_ROW_READINGS[kind]);
    case "denied":
      return one("表三（三）不予公开各项之和", rowsOfGroup(template, "deny_"));
    case "unable":
      return one("表三（四）无法提供各项之和", rowsOfGroup(template, "unable_"));
    case "review":
      return t4(["review"], "total", `${TABLE_NAMES.t4}行政复议总计`);
    case "litigation":
      return t4(LITIGATION, "total", `${TABLE_NAMES.t4}行政诉讼总计（未经复议直接起诉 + 复议后起诉）`);
    case "review_corrected":
      return t4(["review"], "corrected", `${TABLE_NAMES.t4}行政复议结果纠正`);
    case "litigation_corrected":
      return t4(LITIGATION, "corrected", `${TABLE_NAMES.t4}行政诉讼结果纠正`);
    case "normative_valid": {
      const id = "t2.normative_documents.valid";
      if (!template.cellById.has(id)) return null;
      const value = values.effective(id);
      return value === null ? null : [{ label: "表二行政规范性文件现行有效件数", value, cells: [id] }];
    }
    case "review_all_maintained":
    case "litigation_all_maintained":
      return null;
  }
};

/**
 * The linked values (lib/report/linked-values.ts) that name the numbers each claim kind is compared with, in
 * the order of its readings: X-01 offers the first in place of a wrong typed number, the editor's link offer
 * takes the one whose value the typed number equals (issue 13).
 */
export const CLAIM_LINK_SOURCES: Partial<Record<TClaimKind, readonly string[]>> = {
  received: ["t3.new_received.total", "sum.t3.received_all"],
  received_new: ["t3.new_received.total"],
  carried_over: ["t3.carried_over.total"],
  carried_forward: ["t3.carried_forward.total"],
  answered: ["t3.results_total.total"],
  granted: ["t3.granted.total"],
  partial: ["t3.partial.total"],
  granted_partial: ["sum.t3.granted_partial"],
  denied: ["sum.t3.deny"],
  unable: ["sum.t3.unable"],
  review: ["t4.review.total"],
  litigation: ["sum.t4.litigation"],
  normative_valid: ["t2.normative_documents.valid"],
};
