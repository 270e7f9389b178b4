import { describe, expect, it } from "vitest";

import type { TFinding } from "@/lib/rules/evaluate";

import { createFindingsKeeper } from "./stable-findings";

const finding = (message: string, cells: string[] = []): TFinding => ({
  ruleId: "T3-01",
  severity: "error",
  message,
  cells,
});

describe("createFindingsKeeper", () => {
  it("gives back the previous list when a new evaluation finds the same", () => {
    const keep = createFindingsKeeper();
    const first = keep([finding("甲", ["t3.a"]), finding("乙")]);
    expect(keep([finding("甲", ["t3.a"]), finding("乙")])).toBe(first);
  });

  it("keeps the objects of unchanged findings in a changed list", () => {
    const keep = createFindingsKeeper();
    const first = keep([finding("甲"), finding("乙")]);
    const second = keep([finding("丙"), finding("甲"), finding("乙")]);
    expect(second).not.toBe(first);
    expect(second.map((f) => f.message)).toEqual(["丙", "甲", "乙"]);
    expect(second[1]).toBe(first[0]);
    expect(second[2]).toBe(first[1]);
  });

  it("tells findings apart by every field (the cells too)", () => {
    const keep = createFindingsKeeper();
    const first = keep([finding("甲", ["t3.a"])]);
    const second = keep([finding("甲", ["t3.b"])]);
    expect(second).not.toBe(first);
    expect(second[0]!.cells).toEqual(["t3.b"]);
  });

  it("an emptied list is the previous empty list", () => {
    const keep = createFindingsKeeper();
    const empty = keep([]);
    keep([finding("甲")]);
    const again = keep([]);
    expect(again).toEqual([]);
    expect(keep([])).toBe(again);
    expect(empty).toEqual([]);
  });
});
