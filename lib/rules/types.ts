import type { TCellId, TFormatDefinition, TReportTemplate, TSectionId } from "@/lib/template";

import type { TCellProblem } from "@/lib/report/cell-value";
import type { TNarrativeKey, TReportDocument } from "@/lib/report/schema";
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
  /** A one-click repair the editor may offer (X-01: replace the typed number by a linked value). */
  fix?: TFindingFix;
}

/**
 * Replace the number inside `match` (at `numberAt`) in narrative section `key` by a linked value of
 * `sourceId` (lib/report/linked-values.ts).
 */
export interface TFindingFix {
  kind: "link";
  key: TNarrativeKey;
  match: string;
  numberAt: number;
  numberText: string;
  sourceId: string;
}

export interface TRuleConfig {
  /** Per-rule severity override, or "off". Rules marked [U] in the template digest are meant to be tuned here. */
  severity?: Partial<Record<string, TSeverity | "off">>;
}

export interface TRuleContext {
  template: TReportTemplate;
  /** The report with linked values resolved: every rule reads the narrative as it will be printed. */
  report: TReportDocument;
  /** The narrative as written, linked-value markers included (rules L-01, X-01); absent: same as `report`. */
  markedNarrative?: TReportDocument["narrative"];
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
  /**
   * Whether the rule checks reports of a format, asked of what the format has (its table-二 continuity, a
   * required section-六 item), never of its version number. Absent: every format.
   */
  appliesTo?: (format: TFormatDefinition) => boolean;
  check(ctx: TRuleContext): void;
}
