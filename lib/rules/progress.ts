import { createEmptyReport } from "@/lib/report/new-report";
import type { TReportDocument } from "@/lib/report/schema";
import type { TSectionId } from "@/lib/template";
import { sectionOfCellId } from "@/lib/template/labels";

import { evaluateReport } from "./evaluate";
import type { TFinding } from "./types";

/**
 * How far a report is: per step (报告信息 and the six sections) the items still blank and the real errors, and
 * an overall 完整度. A blank is not an error while the report is being filled in (issue 15 §3): findings with
 * `problem: "blank"` (a blank cell, a whole blank row or column, a required section or detail not written) count
 * as 未填, one per cell (the unit 处, D57); every other error finding counts as an error. At submission both keep the report back,
 * as before (lib/services/workflow.ts).
 */

/** The editor's steps: 报告信息 (`details`), then the template's sections. */
export type TStep = "details" | TSectionId;

export interface TStepProgress {
  /** Items still blank (cells, sections, details). */
  unfilled: number;
  /** Error findings other than blanks. */
  errors: number;
}

export interface TReportProgress {
  steps: Record<TStep, TStepProgress>;
  unfilled: number;
  errors: number;
  /** 0–100, whole percent: the share of fillable items filled (errors do not lower it); 100 only when none is blank. */
  completeness: number;
}

export const STEPS: readonly TStep[] = ["details", "s1", "s2", "s3", "s4", "s5", "s6"];

/** The step that shows a finding: its section, else the table section of its first cell, else 报告信息. */
export const stepOfFinding = (finding: Pick<TFinding, "sectionId" | "cells">): TStep => {
  if (finding.sectionId) return finding.sectionId;
  const cell = finding.cells[0];
  return (cell && sectionOfCellId(cell)) || "details";
};

/** How many blank items a finding stands for (0 when it is not about a blank). */
export const unfilledCount = (finding: Pick<TFinding, "problem" | "cells">): number =>
  finding.problem === "blank" ? Math.max(1, finding.cells.length) : 0;

const countFindings = (findings: readonly TFinding[]) => {
  const steps = Object.fromEntries(STEPS.map((step) => [step, { unfilled: 0, errors: 0 }])) as Record<
    TStep,
    TStepProgress
  >;
  for (const finding of findings) {
    const step = steps[stepOfFinding(finding)];
    const blank = unfilledCount(finding);
    if (blank) step.unfilled += blank;
    else if (finding.severity === "error") step.errors += 1;
  }
  return steps;
};

// The fillable items of a format: everything an empty report composed here has blank (cached per format).
const fillableByFormat = new Map<number, number>();
const fillableItems = (report: Pick<TReportDocument, "formatVersion" | "year">): number => {
  const cached = fillableByFormat.get(report.formatVersion);
  if (cached !== undefined) return cached;
  const empty = { ...createEmptyReport("", report.year), formatVersion: report.formatVersion };
  const count = evaluateReport(empty).reduce((sum, finding) => sum + unfilledCount(finding), 0);
  fillableByFormat.set(report.formatVersion, count);
  return count;
};

/**
 * The progress of a report from its findings (`evaluateReport` of the same document). `completeness` compares
 * the blanks with those of an empty report of the same format, so every kind of blank the rules know counts.
 */
export const reportProgress = (
  report: Pick<TReportDocument, "formatVersion" | "year">,
  findings: readonly TFinding[],
): TReportProgress => {
  const steps = countFindings(findings);
  const unfilled = STEPS.reduce((sum, step) => sum + steps[step].unfilled, 0);
  const errors = STEPS.reduce((sum, step) => sum + steps[step].errors, 0);
  const total = Math.max(fillableItems(report), unfilled, 1);
  const filledShare = (total - unfilled) / total;
  // Floor, so a report with one blank left never reads 100%.
  const completeness = unfilled === 0 ? 100 : Math.min(99, Math.floor(filledShare * 100));
  return { steps, unfilled, errors, completeness };
};

/**
 * The one unit of 未填 (D57): 处 — a blank cell, a blank section, a blank 报告信息 field, each one place, as
 * `unfilledCount` counts them (a whole blank row of 7 cells is 7 处). The editor header, the step menu, the
 * 审核 box, the 校验结果 panel, 我的年报 and the 审核台 all print it with this function.
 */
export const unfilledText = (places: number): string => `${places} 处未填`;

/**
 * Findings counted the way every screen shows them (D57): `error` and `warning` leave the blanks out (未填 is
 * not an error while a report is being filled in), `unfilled` is the 处 of all blank findings.
 */
export const findingCounts = (findings: readonly Pick<TFinding, "problem" | "cells" | "severity">[]) => {
  const counts = { error: 0, warning: 0, unfilled: 0 };
  for (const finding of findings) {
    const blank = unfilledCount(finding);
    if (blank) counts.unfilled += blank;
    else if (finding.severity === "error") counts.error += 1;
    else if (finding.severity === "warning") counts.warning += 1;
  }
  return counts;
};

/** `✓`, `3 处未填`, `2 个错误`, `2 个错误 · 3 处未填`: a step's state as the step menu and lists print it. */
export const progressText = (progress: TStepProgress): string => {
  const parts = [
    progress.errors ? `${progress.errors} 个错误` : "",
    progress.unfilled ? unfilledText(progress.unfilled) : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "✓";
};

/** `reportProgress` of a stored report, as a list row needs it (evaluates the rules once). */
export const progressSummary = (
  report: TReportDocument,
  findings: readonly TFinding[] = evaluateReport(report),
): { completeness: number; unfilled: number; errors: number } => {
  const { completeness, unfilled, errors } = reportProgress(report, findings);
  return { completeness, unfilled, errors };
};
