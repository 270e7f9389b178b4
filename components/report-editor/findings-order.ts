import type { TFinding } from "@/lib/rules/evaluate";

import { stepOf, type TStep } from "./editor-steps";

/** A finding about a value or text not written yet: 未填, not an error until submission (issue 15 §3). */
export const isBlankFinding = (finding: TFinding): boolean => finding.problem === "blank";

/** What the 校验结果 panel counts: errors and warnings without the blanks, and the blanks (未填) apart. */
export const panelCounts = (findings: readonly TFinding[]) => {
  const counts = { error: 0, warning: 0, blank: 0 };
  for (const finding of findings) {
    if (isBlankFinding(finding)) counts.blank += 1;
    else if (finding.severity === "error") counts.error += 1;
    else if (finding.severity === "warning") counts.warning += 1;
  }
  return counts;
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
