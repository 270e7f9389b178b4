import { describe, expect, it } from "vitest";

import { pasteOutcome } from "./paste-outcome";

describe("pasteOutcome", () => {
  it("writes numbers and blanks and says how many cells were pasted", () => {
    const outcome = pasteOutcome({ values: { a: "12", b: "1,234", c: " " }, skippedTotals: 0, outside: 0 });
    expect(outcome.accepted).toEqual({ a: 12, b: 1234, c: null });
    expect(outcome.text).toBe("已粘贴 3 个单元格");
    expect(outcome.warn).toBe(false);
  });

  it("skips totals without warning, but warns about values beyond the table", () => {
    expect(pasteOutcome({ values: { a: "1" }, skippedTotals: 2, outside: 0 })).toMatchObject({
      text: "已粘贴 1 个单元格；2 个值落在自动计算的总计上，已忽略",
      warn: false,
    });
    expect(pasteOutcome({ values: { a: "1" }, skippedTotals: 0, outside: 3 })).toMatchObject({
      text: "已粘贴 1 个单元格；3 个值超出表格范围",
      warn: true,
    });
  });

  it("leaves out texts that are not numbers and quotes the first five", () => {
    const values = Object.fromEntries(
      ["x1", "x2", "x3", "x4", "x5", "x6"].map((t, i) => [`c${i}`, ` ${t} `]),
    );
    const outcome = pasteOutcome({ values: { ...values, n: "7" }, skippedTotals: 0, outside: 0 });
    expect(outcome.accepted).toEqual({ n: 7 });
    expect(outcome.text).toBe("已粘贴 1 个单元格；6 个值不是数字，未填入：“x1”、“x2”、“x3”、“x4”、“x5”等");
    expect(outcome.warn).toBe(true);
    expect(pasteOutcome({ values: { a: "abc" }, skippedTotals: 0, outside: 0 }).text).toBe(
      "已粘贴 0 个单元格；1 个值不是数字，未填入：“abc”",
    );
  });
});
