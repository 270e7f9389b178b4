import { describe, expect, it } from "vitest";

import { parseCellValue } from "./cell-value";

describe("parseCellValue", () => {
  it.each([
    [0, "count", 0, null],
    [13964, "count", 13964, null],
    ["8", "count", 8, null],
    [" 3 ", "count", 3, null],
    ["\u3000\u30000", "count", 0, null],
    ["０", "count", 0, "fullwidth"],
    ["１２", "count", 12, "fullwidth"],
    ["-140", "signedCount", -140, null],
    ["－８", "signedCount", -8, "fullwidth"],
    [-3, "signedCount", -3, null],
    [0.0328, "amount", 0.0328, null],
    ["3.58", "amount", 3.58, null],
  ] as const)("reads %j as a %s: %j", (raw, kind, value, problem) => {
    expect(parseCellValue(raw, kind)).toEqual({ value, problem });
  });

  it.each([
    [null, "count", "blank"],
    [undefined, "count", "blank"],
    ["", "count", "blank"],
    ["   ", "count", "blank"],
    ["1(裁定撤诉)", "count", "text"],
    ["251000元", "amount", "text"],
    ["1e3", "count", "text"],
    ["无", "count", "text"],
    [Number.NaN, "count", "text"],
    [Number.POSITIVE_INFINITY, "amount", "text"],
    [-1, "count", "negative"],
    ["-2", "amount", "negative"],
    [1.5, "count", "decimal"],
    ["2.0001", "signedCount", "decimal"],
  ] as const)("flags %j as a %s: %s", (raw, kind, problem) => {
    expect(parseCellValue(raw, kind).problem).toBe(problem);
    expect(parseCellValue(raw, kind).value).toBeNull();
  });

  it("keeps an over-precise amount's value but flags it", () => {
    expect(parseCellValue(0.12345, "amount")).toEqual({ value: 0.12345, problem: "precision" });
  });
});
