import { describe, expect, it } from "vitest";

import type { TFinding } from "@/lib/rules/evaluate";

import { commentTargetOf, countErrorsByStep, locateTarget, stepOf } from "./editor-steps";

const finding = (over: Partial<TFinding>): TFinding => ({
  ruleId: "rule",
  severity: "error",
  message: "…",
  cells: [],
  ...over,
});

describe("stepOf", () => {
  it("uses the finding's section, else the table section of its first cell, else 报告信息", () => {
    expect(stepOf(finding({ sectionId: "s6", cells: ["t3.a.total"] }))).toBe("s6");
    expect(stepOf(finding({ sectionId: "details" }))).toBe("details");
    expect(stepOf(finding({ cells: ["t2.a.b", "t3.a.total"] }))).toBe("s2");
    expect(stepOf(finding({ cells: ["t4.a.b"] }))).toBe("s4");
    expect(stepOf(finding({ cells: ["x9.a.b"] }))).toBe("details");
    expect(stepOf(finding({}))).toBe("details");
  });
});

describe("countErrorsByStep", () => {
  it("counts errors per step and leaves warnings and notes out", () => {
    const counts = countErrorsByStep([
      finding({ cells: ["t3.a.b"] }),
      finding({ cells: ["t3.c.d"] }),
      finding({ sectionId: "s1" }),
      finding({ cells: ["t3.a.b"], severity: "warning" }),
      finding({ cells: ["t2.a.b"], severity: "info" }),
    ]);
    expect([...counts]).toEqual([
      ["s3", 2],
      ["s1", 1],
    ]);
  });
});

describe("locateTarget", () => {
  it("finds a cell's table section and the cell to focus, or a section's step", () => {
    expect(locateTarget("cell:t3.granted.total")).toEqual({ step: "s3", cell: "t3.granted.total" });
    expect(locateTarget("section:s5")).toEqual({ step: "s5" });
    expect(locateTarget("section:details")).toEqual({ step: "details" });
    expect(locateTarget("cell:")).toBeNull();
    expect(locateTarget("nothing")).toBeNull();
  });
});

describe("commentTargetOf", () => {
  it("targets the focused cell on a table step, and the section everywhere else", () => {
    expect(commentTargetOf("t3.granted.total", "s3")).toBe("cell:t3.granted.total");
    expect(commentTargetOf(null, "s3")).toBe("section:s3");
    for (const step of ["details", "s1", "s5", "s6"] as const)
      expect(commentTargetOf("t3.granted.total", step)).toBe(`section:${step}`);
  });
});
