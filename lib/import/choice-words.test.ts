import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { rowProblems } from "@/components/import-batch/batch-rows";
import { runImport } from "@/lib/cli/import-command";

import { choicesPhrase } from "./choice-words";

// seeds-extra/04 with its (五)5 / (六)1 / (六)2 rows printed bare: two rows of numbers for three places, the
// review offers a placement (lib/import/orphan-rows.test.ts builds the same text).
const PLACEMENT_TEXT = readFileSync("/work/shared/seeds-extra/04_shanghai-gov-office_2025.txt", "utf8")
  .replace("| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n|---|---|---|---|---|---|---|\n", "")
  .replace("| 行政机关不再处理其政府信息公 | 40 |", "| 40 |")
  .replace("| 缴纳费用、 | 行政机关不再处理其政 | 0 |", "| 0 |");

describe("a placement is never called a split (tester2)", () => {
  it("choicesPhrase counts the two kinds apart", () => {
    expect(choicesPhrase([{}, {}])).toBe("2 行数字连在一起、可有多种拆分");
    expect(choicesPhrase([{ kind: "placement" }])).toBe("1 处没有行标签的数字可归入不止一种位置");
    expect(choicesPhrase([{}, { kind: "placement" }])).toBe(
      "1 行数字连在一起、可有多种拆分，1 处没有行标签的数字可归入不止一种位置",
    );
  });

  it("`report import` lists the placement's options by the rows they fill, once", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "placement-")), "04-bare.txt");
    writeFileSync(file, PLACEMENT_TEXT);
    const result = await runImport(file, { out: path.join(path.dirname(file), "out.json") });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /需要选择：表三没有行标签的 2 行数字，原文“40 \| 1 .*可归入的位置：（1）“40 \| 1/,
    );
    expect(result.stderr).not.toMatch(/可能的拆分/);
    expect(result.stderr).not.toMatch(/未能读取：表三有 2 行数字没有行标签/);
    // The row whose label has no numbers is placed by its label, not at the file's first line.
    const lineOfLabel =
      PLACEMENT_TEXT.split("\n").findIndex((line) => line.includes("5.要求行政机关确认")) + 1;
    expect(lineOfLabel).toBeGreaterThan(1);
    expect(result.stderr).toContain(`原报告印有 0 个：“（没有数字）”，未导入（第${lineOfLabel}行）`);
  });

  it("批量导入 says a placement waits, not digits run together", () => {
    const review = { choices: [{ kind: "placement" as const }], document: { year: 2025 } };
    const [problem] = rowProblems(
      [{ key: "a", state: "read", officeId: "o", item: { review, match: {}, printedNames: [] } } as never],
      {},
      () => "示范区教育局",
    );
    expect(problem).toBe("有 1 处没有行标签的数字可归入不止一种位置，请用“我的年报 → 导入”单独导入并选择。");
  });
});
