import { resolveLinkedNarrative } from "@/lib/report/linked-values";
import type { TReportDocument } from "@/lib/report/schema";
import { resolveValues, type TReportValues } from "@/lib/report/values";
import { getTemplate, type TReportTemplate } from "@/lib/template";

import { CELL_RULES } from "./cell-rules";
import { CLAIM_RULES } from "./claim-rules";
import { DETAILS_RULES } from "./details-rules";
import { TEXT_RULES } from "./text-rules";
import { LINK_RULES } from "./linked-rules";
import { checkLocalRequirements, requirementSeverities } from "./local-requirement-findings";
import type { TAppliedRequirements } from "./local-requirements";
import { TABLE2_RULES } from "./table2-rules";
import { TABLE3_RULES } from "./table3-rules";
import { TABLE4_RULES } from "./table4-rules";
import type { TFinding, TRule, TRuleConfig, TRuleContext, TSeverity } from "./types";
import { YEAR_RULES } from "./year-rules";

export type { TFinding, TFindingFix, TRule, TRuleConfig, TSeverity } from "./types";

/** Every rule, in the order findings are listed: report details, table 二, 三, 四, then text. */
export const ALL_RULES: readonly TRule[] = [
  ...DETAILS_RULES,
  ...CELL_RULES,
  ...TABLE2_RULES,
  ...TABLE3_RULES,
  ...TABLE4_RULES,
  ...TEXT_RULES,
  ...CLAIM_RULES,
  ...YEAR_RULES,
  ...LINK_RULES,
];

export interface TEvaluateOptions {
  /** Last year's report of the same office, for the cross-year rules (T3-05, T2-02, T2-03, T2-19-01). */
  lastYear?: TReportDocument;
  config?: TRuleConfig;
  /** Defaults to the template of the report's own format version. */
  template?: TReportTemplate;
  /**
   * 本地要求 of the supervising offices above the report's office, topmost first (lib/rules/local-requirements.ts):
   * their severity overrides apply after `config`'s (the nearest office wins), and their content requirements
   * add findings naming the office.
   */
  local?: readonly TAppliedRequirements[];
}

// Last year's report does not change while this year's is typed: resolve it once per document object.
const resolvedLastYears = new WeakMap<TReportDocument, TReportValues>();
const lastYearValues = (report: TReportDocument): TReportValues => {
  let values = resolvedLastYears.get(report);
  if (!values) {
    values = resolveValues(getTemplate(report.formatVersion), report);
    resolvedLastYears.set(report, values);
  }
  return values;
};

const SEVERITY_ORDER: Record<TSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The rule engine: a pure function from a report (and optionally last year's) to findings, errors first.
 * Never throws on bad content; a value it cannot read is itself a finding.
 */
export const evaluateReport = (report: TReportDocument, options: TEvaluateOptions = {}): TFinding[] => {
  const template = options.template ?? getTemplate(report.formatVersion);
  const values = resolveValues(template, report);
  return evaluateResolved(report, values, options);
};

export const evaluateResolved = (
  report: TReportDocument,
  values: TReportValues,
  options: TEvaluateOptions = {},
): TFinding[] => {
  const { template } = values;
  const overrides = { ...options.config?.severity, ...requirementSeverities(options.local ?? []) };
  const findings: TFinding[] = [];
  const lastYear = options.lastYear
    ? { report: options.lastYear, values: lastYearValues(options.lastYear) }
    : undefined;
  // Linked values (issue 13) are read as the numbers they print, before any rule reads the text.
  const narrative = resolveLinkedNarrative(report.narrative, values);
  const ctx: TRuleContext = {
    template,
    report: narrative === report.narrative ? report : { ...report, narrative },
    markedNarrative: report.narrative,
    values,
    lastYear,
    emit: (finding) => {
      const override = overrides[finding.ruleId];
      if (override === "off") return;
      findings.push(override ? { ...finding, severity: override } : finding);
    },
  };
  for (const rule of ALL_RULES) {
    if (rule.appliesTo && !rule.appliesTo(template.format)) continue;
    if (overrides[rule.id] === "off") continue;
    rule.check(ctx);
  }
  if (options.local?.length)
    for (const finding of checkLocalRequirements(ctx, options.local)) ctx.emit(finding);
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
};

export const countBySeverity = (findings: readonly TFinding[]): Record<TSeverity, number> => {
  const counts: Record<TSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
};
