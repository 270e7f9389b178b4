import { describe, expect, it } from "vitest";

import { createEmptyReport } from "@/lib/report/new-report";

import { cellValueFromInput, documentReducer } from "./document-state";

describe("documentReducer and linked values", () => {
  it("a cell change brings the last printed number of every marker up to date", () => {
    const doc = createEmptyReport("测试机关", 2025);
    doc.narrative.s1 = "收到申请{{值:t3.new_received.total|5}}件；复议{{值:t4.review.total|2}}件。";
    const next = documentReducer(doc, {
      type: "setCells",
      values: Object.fromEntries(
        ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org"].map(
          (col, i) => [`t3.new_received.${col}`, i === 0 ? 7 : 0],
        ),
      ),
    });
    // The t3 total is readable now; 表四 is still blank, so its marker keeps the last number.
    expect(next.narrative.s1).toBe(
      "收到申请{{值:t3.new_received.total|7}}件；复议{{值:t4.review.total|2}}件。",
    );
  });

  it("leaves narrative without markers as the same object", () => {
    const doc = createEmptyReport("测试机关", 2025);
    doc.narrative.s1 = "普通文字。";
    const next = documentReducer(doc, { type: "setCells", values: { "t3.granted.natural_person": 1 } });
    expect(next.narrative).toBe(doc.narrative);
  });
});

describe("cellValueFromInput", () => {
  it("reads counts with thousands separators as numbers, typed or pasted from Excel", () => {
    expect(cellValueFromInput("1,234")).toBe(1234);
    expect(cellValueFromInput(" 12,345,678 ")).toBe(12345678);
    expect(cellValueFromInput("1，234")).toBe(1234);
    expect(cellValueFromInput("１,２３４")).toBe(1234);
    expect(cellValueFromInput("1,234.5")).toBe(1234.5);
    expect(cellValueFromInput("-1,000")).toBe(-1000);
  });

  it("keeps malformed groupings as text so the rules report them", () => {
    expect(cellValueFromInput("1,23")).toBe("1,23");
    expect(cellValueFromInput("12,345,6")).toBe("12,345,6");
    expect(cellValueFromInput(",123")).toBe(",123");
    expect(cellValueFromInput("1234,567")).toBe("1234,567");
    expect(cellValueFromInput("")).toBeNull();
    expect(cellValueFromInput("3")).toBe(3);
  });
});
