import { describe, expect, it } from "vitest";

import { ZReportDocument, type TReportDocument } from "@/lib/report/schema";
import { asEdited, loadExample, withCells } from "@/lib/report/testing/fixtures";
import { resolveValues } from "@/lib/report/values";
import { getTemplate } from "@/lib/template";

import {
  checkRollupParts,
  compareRollups,
  contributionsOf,
  describeRollupChanges,
  rollUpReports,
  sumOfContributions,
  type TRollupChange,
  type TRollupPart,
} from "./rollup";

const base = asEdited(loadExample("zhangdian2023"));
const part = (name: string, cells: Record<string, number | string | null>, from = base): TRollupPart => ({
  name,
  document: withCells(from, cells),
});

const sumOf = (parts: TRollupPart[]) => {
  const outcome = rollUpReports(parts, { agencyName: "示范区人民政府办公室" });
  if (!outcome.ok) throw new Error(outcome.errors.join("\n"));
  return outcome.result;
};

describe("rollUpReports", () => {
  it("sums every input cell and keeps each office's contribution, totals included", () => {
    const a = part("甲局", {
      "t3.new_received.natural_person": 3,
      "t2.fees.amount": 0.1,
      "t4.review.maintained": 2,
    });
    const b = part("乙局", {
      "t3.new_received.natural_person": 4,
      "t2.fees.amount": 0.2,
      "t4.review.maintained": 0,
    });
    const { document, gaps } = sumOf([a, b]);
    expect(document.cells["t3.new_received.natural_person"]).toBe(7);
    expect(document.cells["t2.fees.amount"]).toBe(0.3); // not 0.30000000000000004
    expect(document.cells["t4.review.maintained"]).toBe(2);
    expect(contributionsOf(document, "t3.new_received.natural_person")).toEqual([
      { office: "甲局", value: 3 },
      { office: "乙局", value: 4 },
    ]);
    // A derived total of the sum equals the sum of the parts' totals.
    const template = getTemplate(document.formatVersion);
    const total = resolveValues(template, document).effective("t3.new_received.total");
    const parts = [a, b].map((p) => resolveValues(template, p.document).effective("t3.new_received.total")!);
    expect(total).toBe(parts[0]! + parts[1]!);
    expect(contributionsOf(document, "t3.new_received.total").map((c) => c.value)).toEqual(parts);
    expect(gaps).toEqual([]);
    expect(document.year).toBe(2023);
    expect(document.details.agencyName).toBe("示范区人民政府办公室");
    // The output is a valid interchange document.
    expect(ZReportDocument.parse(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  it("leaves blank and unreadable cells out of the sum and lists them", () => {
    const { document, gaps } = sumOf([
      part("甲局", { "t3.new_received.natural_person": null }),
      part("乙局", { "t3.new_received.natural_person": "五" }),
    ]);
    expect(document.cells["t3.new_received.natural_person"]).toBeNull();
    expect(gaps.filter((g) => g.cellId === "t3.new_received.natural_person").map((g) => g.office)).toEqual([
      "甲局",
      "乙局",
    ]);
    expect(gaps[0]!.label).toContain("表三");
  });

  it("refuses mixed years and mixed format versions with a Chinese message", () => {
    const mixedYears = rollUpReports(
      [part("甲局", {}), { name: "乙局", document: { ...base, year: 2024 } }],
      {
        agencyName: "区政府办",
      },
    );
    expect(mixedYears).toEqual({ ok: false, errors: [expect.stringContaining("不能汇总不同年度的报告")] });
    expect(!mixedYears.ok && mixedYears.errors[0]).toMatch(/甲局为2023年度.*乙局为2024年度/);

    const old = loadExample("shanting2020");
    const mixedFormats = checkRollupParts(
      [
        { name: "甲局", document: { ...base, year: 2020 } },
        { name: "乙局", document: old },
      ],
      { agencyName: "区政府办" },
    );
    expect(mixedFormats).toEqual([expect.stringMatching(/不能汇总不同格式版本.*〔2021〕30号.*〔2019〕60号/)]);
  });

  it("refuses an office chosen twice, directly or through a contributing roll-up, and circular choices", () => {
    const agency = { agencyName: "区政府办" };
    expect(checkRollupParts([part("甲局", {}), part("甲局", {})], agency)).toEqual([
      "重复选择了甲局，每个机关只能汇总一次",
    ]);
    const town = sumOf([part("甲局", {}), part("乙局", {})]).document;
    const townPart: TRollupPart = { name: "某镇", document: town };
    expect(checkRollupParts([townPart, part("甲局", {})], agency)).toEqual([
      "甲局被汇总了两次：含在某镇的汇总中，又单独选择",
    ]);
    expect(checkRollupParts([part("区政府办", {})], agency)[0]).toMatch(/循环汇总/);
    const upward: TRollupPart = {
      name: "某镇",
      document: sumOf([part("区政府办", {}), part("乙局", {})]).document,
    };
    expect(checkRollupParts([upward], agency)).toEqual([
      "某镇的汇总报告已包含区政府办，不能再汇总进区政府办的报告（循环汇总）",
    ]);
    expect(checkRollupParts([], agency)).toEqual(["没有选择要汇总的报告"]);
  });

  it("a roll-up of roll-ups sums the same as one flat roll-up", () => {
    const offices = ["甲局", "乙局", "丙局"].map((name, i) =>
      part(name, { "t3.new_received.natural_person": i + 1, "t4.review.pending": 2 * i }),
    );
    const flat = sumOf(offices).document;
    const town = sumOf(offices.slice(0, 2));
    const nested = rollUpReports([{ name: "某镇", document: town.document }, offices[2]!], {
      agencyName: "区政府办",
    });
    expect(nested.ok && nested.result.document.cells).toEqual(flat.cells);
  });
});

describe("compareRollups", () => {
  it("names the office and cell whose value moved, and offices added or dropped", () => {
    const before = sumOf([part("甲局", { "t3.new_received.natural_person": 1 }), part("乙局", {})]).document;
    const after = sumOf([part("甲局", { "t3.new_received.natural_person": 5 }), part("丙局", {})]).document;
    const comparison = compareRollups(before, after);
    expect(comparison.changes).toEqual([
      expect.objectContaining({
        office: "甲局",
        cellId: "t3.new_received.natural_person",
        before: 1,
        after: 5,
      }),
    ]);
    expect(comparison.added).toEqual(["丙局"]);
    expect(comparison.removed).toEqual(["乙局"]);
    const same: TReportDocument = structuredClone(before);
    expect(compareRollups(before, same)).toEqual({ changes: [], added: [], removed: [] });
  });
});

describe("sumOfContributions", () => {
  it("sums as the roll-up does: rounded to 4 decimals, blanks left out, all blank is blank", () => {
    // The 调整 dialog showed 各机关合计 0.30000000000000004 for amounts of 0.1 and 0.2 (issue 16 tester).
    expect(sumOfContributions([0.1, 0.2, null])).toBe(0.3);
    expect(sumOfContributions([3, null, 4])).toBe(7);
    expect(sumOfContributions([null, null])).toBeNull();
    expect(sumOfContributions([])).toBeNull();
  });
});

describe("describeRollupChanges", () => {
  it("names only what happened", () => {
    const change: TRollupChange = {
      office: "甲局",
      cellId: "t3.new_received.natural_person",
      label: "",
      before: 5,
      after: 6,
    };
    expect(describeRollupChanges({ changes: [], added: ["乙局"], removed: [] })).toBe(
      "汇总后乙局的年报有变化（新纳入 乙局）",
    );
    expect(describeRollupChanges({ changes: [change], added: [], removed: ["丙局"] })).toBe(
      "汇总后甲局、丙局的年报有变化（1 处数值变化，不再纳入 丙局）",
    );
    expect(describeRollupChanges({ changes: [], added: [], removed: [] })).toBe("");
  });
});
