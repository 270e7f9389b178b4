import type { TFinding } from "./types";

/** A stable key for a finding, so an explanation or acceptance stays attached while the numbers in its message change. */
export const findingKey = (finding: Pick<TFinding, "ruleId" | "sectionId" | "cells">): string =>
  [finding.ruleId, finding.sectionId ?? "", ...finding.cells].join("|");
