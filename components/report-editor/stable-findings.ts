import type { TFinding } from "@/lib/rules/evaluate";

/**
 * Keeps the findings shown stable across keystrokes: each new evaluation is matched against the previous one,
 * a finding with the same content keeps its previous object, and a list with the same findings in the same order
 * is the previous array itself. The panels, marks and counts that depend on the findings then re-render only when
 * a finding really appeared, went or changed. One per editor (state: the last list given out).
 */
export const createFindingsKeeper = () => {
  let last: readonly TFinding[] = [];
  return (next: readonly TFinding[]): readonly TFinding[] => {
    const known = new Map(last.map((finding) => [JSON.stringify(finding), finding]));
    let same = next.length === last.length;
    const kept = next.map((finding, index) => {
      const previous = known.get(JSON.stringify(finding));
      if (previous !== last[index]) same = false;
      return previous ?? finding;
    });
    if (!same) last = kept;
    return last;
  };
};
