import { describe, expect, it } from "vitest";

import { createEmptyReport } from "@/lib/report/new-report";
import { getTemplate } from "@/lib/template";

import { evaluateReport } from "./evaluate";
import { extractNarrativeClaims } from "./narrative-claims";

const kinds = (text: string) =>
  extractNarrativeClaims({ s1: text } as Parameters<typeof extractNarrativeClaims>[0]).map((c) => [
    c.kind,
    c.value,
  ]);

/** A report whose 表四 is all 0 except the given cells, with `s1` as 第一部分. */
const withLawsuit = (cells: Record<string, number>, s1: string) => {
  const doc = createEmptyReport("测试机关", 2025);
  for (const cell of getTemplate(doc.formatVersion).cells)
    if (!cell.sumOf && cell.table === "t4") doc.cells[cell.id] = cells[cell.id] ?? 0;
  doc.narrative.s1 = s1;
  return evaluateReport(doc, {}).filter((f) => f.ruleId === "X-01");
};

describe("negated statements about 纠错 and 败诉", () => {
  it.each([
    "未发生因依申请公开引发的行政诉讼败诉。",
    "本年度未发生因依申请公开引发的行政诉讼败诉情况。",
    "因依申请公开引发的行政诉讼败诉情况未发生。",
    "本年度行政诉讼无败诉。",
    "本年度发生行政诉讼1件，未发生败诉。",
    "本年度未发生因政府信息公开申请引发的、经人民法院审理后认定本机关行政诉讼败诉的情况。",
  ])("“%s” is about 败诉 only, never about how many lawsuits there were", (text) => {
    const claims = kinds(text);
    expect(claims).toContainEqual(["litigation_corrected", 0]);
    expect(claims.filter(([kind]) => kind === "litigation")).toEqual(
      text.includes("1件") ? [["litigation", 1]] : [],
    );
    // A lawsuit in 表四 that the office did not lose raises no warning.
    expect(withLawsuit({ "t4.litigation_direct.maintained": 1 }, text)).toEqual([]);
    expect(withLawsuit({ "t4.litigation_after_review.pending": 1 }, text)).toEqual([]);
  });

  it("still warns when 表四 records a lost lawsuit", () => {
    const findings = withLawsuit(
      { "t4.litigation_direct.corrected": 1 },
      "因依申请公开引发的行政诉讼败诉情况未发生。",
    );
    expect(findings.map((f) => f.message)).toEqual([
      "第一部分正文“…因依申请公开引发的行政诉讼败诉情况未发生…”称未发生纠错（败诉），而表四行政诉讼结果纠正为 1",
    ]);
  });

  it("names 复议 and 诉讼 by the clause that negates them", () => {
    expect(kinds("未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。")).toEqual([
      ["review_corrected", 0],
      ["litigation_corrected", 0],
    ]);
    expect(kinds("未发生被行政复议纠错的情况，行政诉讼2件。")).toEqual([
      ["litigation", 2],
      ["review_corrected", 0],
    ]);
    // A clause that does not negate states a loss, not its absence.
    expect(kinds("行政诉讼2件，其中1件败诉。")).toEqual([["litigation", 2]]);
  });

  it("reads a sentence without 纠错/败诉 as a claim about the number of cases", () => {
    expect(kinds("本年度未发生行政复议和行政诉讼。")).toEqual([
      ["review", 0],
      ["litigation", 0],
    ]);
    expect(withLawsuit({ "t4.litigation_direct.maintained": 1 }, "本年度未发生行政诉讼。")).toHaveLength(1);
  });
});
