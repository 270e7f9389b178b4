import { describe, expect, it } from "vitest";

import type { TFinding } from "@/lib/rules/evaluate";

import { orderFindings, panelCounts } from "./findings-order";

const finding = (
  ruleId: string,
  sectionId: TFinding["sectionId"],
  extra: Partial<TFinding> = {},
): TFinding => ({
  ruleId,
  severity: "error",
  message: ruleId,
  cells: [],
  sectionId,
  ...extra,
});

describe("the 校验结果 panel's order and counts", () => {
  const list = [
    finding("A", "s1"),
    finding("B", "s5", { problem: "blank" }),
    finding("C", "s5", { severity: "warning" }),
    finding("D", "s1", { problem: "blank" }),
    finding("E", "s5"),
  ];

  it("lists the open step's findings first, problems before blanks, else in order", () => {
    expect(orderFindings(list, "s5").map((f) => f.ruleId)).toEqual(["C", "E", "B", "A", "D"]);
    expect(orderFindings(list, "s1").map((f) => f.ruleId)).toEqual(["A", "D", "C", "E", "B"]);
  });

  it("counts blanks as 未填, not as errors", () => {
    expect(panelCounts(list)).toEqual({ error: 2, warning: 1, blank: 2 });
  });
});
