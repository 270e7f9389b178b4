import type { TFinding } from "@/lib/rules/evaluate";
import { findingCounts } from "@/lib/rules/progress";

import { stepOf, type TStep } from "./editor-steps";

/** A finding about a value or text not written yet: 未填, not an error until submission (issue 15 §3). */
export const isBlankFinding = (finding: TFinding): boolean => finding.problem === "blank";

/**
 * What the 校验结果 panel counts: errors and warnings without the blanks, and the blanks apart in 处 (the
 * unit of the header and the step menu, D57), not in findings: a blank row of 7 cells is one line, 7 处.
 */
export const panelCounts = (findings: readonly TFinding[]) => {
  const { error, warning, unfilled } = findingCounts(findings);
  return { error, warning, blank: unfilled };
};

/**
 * The findings as the panel lists them: those of the open step first, then the rest; within each, problems
 * before blanks; otherwise in the checker's order (stable).
 */
export const orderFindings = (findings: readonly TFinding[], step: TStep): TFinding[] => {
  const rank = (finding: TFinding) => (stepOf(finding) === step ? 0 : 2) + (isBlankFinding(finding) ? 1 : 0);
  return findings
    .map((finding, index) => ({ finding, index, rank: rank(finding) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ finding }) => finding);
};
