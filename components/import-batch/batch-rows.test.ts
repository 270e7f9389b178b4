import { describe, expect, it } from "vitest";

import type { TBatchItem } from "@/lib/services/import-batch";

import { aliasByDefault, isKnownName, printedNameOf, rowProblems, type TBatchRow } from "./batch-rows";

const item = (
  year: number,
  match: TBatchItem["match"],
  printedNames = ["区教育局"],
  choices = 0,
): TBatchItem =>
  ({
    review: { document: { year }, choices: Array.from({ length: choices }, () => ({})) },
    printedNames,
    match,
  }) as unknown as TBatchItem;

const row = (key: string, patch: Partial<TBatchRow>): TBatchRow => ({
  key,
  label: `${key}.docx`,
  source: { text: key },
  state: "read",
  officeId: "edu",
  addAlias: false,
  ...patch,
});

const matched = {
  status: "matched" as const,
  match: {
    officeId: "edu",
    officeName: "示范区教育局",
    reason: "contained" as const,
    printed: "区教育局",
    via: "示范区教育局",
    score: 0.67,
  },
  candidates: [],
};

describe("rowProblems", () => {
  it("says why each row cannot be stored, and nothing for a stored or storable row", () => {
    const rows = [
      row("a", { item: item(2022, matched) }),
      row("b", { state: "failed", error: "该文件不是政府信息公开工作年度报告。" }),
      row("c", {
        officeId: null,
        item: item(2022, { status: "ambiguous", candidates: [matched.match, matched.match] }),
      }),
      row("d", { officeId: null, item: item(2022, { status: "none", candidates: [] }, []) }),
      row("e", { item: item(2021, matched, ["区教育局"], 1) }),
      row("f", { item: item(2022, matched) }),
      row("g", { item: item(2020, matched) }),
      row("h", { state: "saved", item: item(2023, matched) }),
    ];
    expect(rowProblems(rows, { edu: [2020, 2023] }, () => "示范区教育局")).toEqual([
      null,
      "该文件不是政府信息公开工作年度报告。",
      "印的名称 “区教育局” 与 2 个机关同样相符，请选择机关。",
      "印的名称 （未印机关名称） 与您审核的机关都不相符，请选择机关。",
      "有 1 行数字连在一起、可有多种拆分，请用“我的年报 → 导入”单独导入并选择。",
      "与第 1 个文件重复：同一机关（示范区教育局）同一年度（2022）只能导入一份。",
      "示范区教育局2020年度的年报已在系统中，不再导入。",
      null,
    ]);
  });

  it("offers the matched printed name as an alias only when the office does not know it", () => {
    const r = row("a", { item: item(2022, matched) });
    expect(printedNameOf(r)).toBe("区教育局");
    expect(isKnownName({ id: "edu", name: "示范区教育局", aliases: [] }, "区教育局")).toBe(false);
    expect(isKnownName({ id: "edu", name: "示范区教育局", aliases: ["区教育局"] }, "区教育局")).toBe(true);
  });

  // Issue 11 tester §8: 记为别名 is ticked by default only for exact or normalised matches.
  it("ticks 记为别名 by default only for an exact or normalised match the office does not know", () => {
    const office = { id: "edu", name: "示范区教育局", aliases: [] };
    const withReason = (
      reason: "exact" | "normalised" | "contained" | "similar",
      printed = "示范区教育局（本级）",
    ) => item(2022, { ...matched, match: { ...matched.match, reason, printed } });
    expect(aliasByDefault(office, withReason("normalised"))).toBe(true);
    expect(aliasByDefault(office, withReason("contained", "卫生健康局"))).toBe(false);
    expect(aliasByDefault(office, withReason("similar"))).toBe(false);
    expect(aliasByDefault(office, withReason("exact", "示范区教育局"))).toBe(false);
    expect(aliasByDefault({ ...office, id: "other" }, withReason("normalised"))).toBe(false);
  });
});
