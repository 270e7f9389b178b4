import type { TCellId, TReportTemplate, TSectionId } from "@/lib/template";

import type { TCellProblem } from "@/lib/report/cell-value";
import type { TReportDocument } from "@/lib/report/schema";
import type { TReportValues } from "@/lib/report/values";

export type TSeverity = "error" | "warning" | "info";

/** One problem found in a report. `cells` and `sectionId` tell the editor where to point. */
export interface TFinding {
  ruleId: string;
  severity: TSeverity;
  /** Chinese, names table, row and column, and shows the formula with both sides' values. */
  message: string;
  cells: TCellId[];
  sectionId?: TSectionId | "details";
  /** For cell-value findings: what is wrong with the value (blank, text, negative …). */
  problem?: TCellProblem;
}

export interface TRuleConfig {
  /** Per-rule severity override, or "off". Rules marked [U] in the template digest are meant to be tuned here. */
  severity?: Partial<Record<string, TSeverity | "off">>;
}

export interface TRuleContext {
  template: TReportTemplate;
  report: TReportDocument;
  values: TReportValues;
  /** Last year's report of the same office, when known. */
  lastYear?: { report: TReportDocument; values: TReportValues };
  emit(finding: TFinding): void;
}

export interface TRule {
  id: string;
  severity: TSeverity;
  /** What the rule checks, for docs and the findings panel's legend. */
  title: string;
  appliesTo?: readonly (2019 | 2021)[];
  check(ctx: TRuleContext): void;
}
