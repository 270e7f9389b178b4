import { describe, expect, it } from "vitest";

import { demoPublishedReport } from "@/lib/db/demo-reports";

import { evaluateReport } from "./evaluate";
import { ZLocalRequirements } from "./local-requirements";
import { patternFound, patternProblem } from "./safe-pattern";

// Patterns that make a backtracking engine take exponential time on a near-match: each must finish at once.
const CATASTROPHIC = ["(a+)+$", "(a|a)*$", "(a|aa)+$", "(.*a){20}$", "^(\\w+\\s?)*$", "(x+x+)+y"];

describe("safe-pattern (RE2, linear time)", () => {
  it("runs the classic catastrophic patterns on long text without hanging", () => {
    const inputs = ["a".repeat(50_000) + "!", "x".repeat(50_000), "字 ".repeat(20_000) + "!"];
    for (const pattern of CATASTROPHIC) {
      expect(patternProblem(pattern)).toBeNull();
      for (const text of inputs) {
        const started = performance.now();
        patternFound(pattern, text);
        // A backtracking engine needs centuries for these; linear matching needs well under a second even
        // on a slow, shared machine. This bound is a hang guard, not a speed target.
        expect(performance.now() - started).toBeLessThan(5_000);
      }
    }
  });

  it("matches what a notice asks for, Chinese text included", () => {
    expect(patternFound("政策解读\\d+篇", "全年发布政策解读12篇。")).toBe(true);
    expect(patternFound("政策解读\\d+篇", "全年发布政策解读若干篇。")).toBe(false);
    expect(patternFound("\\p{Han}{2}局", "区教育局")).toBe(true);
    expect(patternFound("[未闭合", "未闭合")).toBe(false);
  });

  it("says in Chinese, without the engine's English, why a pattern cannot be used", () => {
    const cases: [string, string][] = [
      ["(a|", "缺少右括号“)”"],
      ["a)", "多了一个右括号“)”"],
      ["[未闭合", "缺少右方括号“]”"],
      ["*a", "重复符号（* + ? {n}）前面缺少内容"],
      ["a**", "重复符号不能连用（如 a**）"],
      ["a{1001}", "重复次数无效（{n} 中 n 最大为 1000）"],
      ["(a)\\1", "含有无效的转义（不支持 \\1 等反向引用）"],
      ["[z-a]", "字符范围无效（如 [z-a]）"],
      ["a\\", "末尾多了一个反斜杠“\\”"],
    ];
    for (const [pattern, reason] of cases) {
      const problem = patternProblem(pattern);
      expect(problem).toBe(`“${pattern}”不是有效的匹配格式（正则表达式）：${reason}。`);
      expect(problem).not.toMatch(/[A-Za-z]{4,}/);
    }
  });

  it("names look-around as look-around (not as a bad named group), in each of its four forms", () => {
    const reason = "含有不支持的写法（不支持前后查看，如 (?=…)、(?!…)、(?<=…)、(?<!…)）";
    for (const pattern of ["(?=政策)", "政策(?!解读)", "(?<=政策)解读", "(?<!政策)解读", "a|(?<=b)"]) {
      expect(patternProblem(pattern)).toBe(`“${pattern}”不是有效的匹配格式（正则表达式）：${reason}。`);
    }
    // Not look-around: a named group, an escaped parenthesis, the characters inside a class.
    expect(patternProblem("(?P<year>\\d{4})年")).toBeNull();
    expect(patternProblem("\\(?=")).toBeNull();
    expect(patternProblem("[(?=]政策")).toBeNull();
    expect(patternProblem("(?<a b>x)")).toContain("命名分组写法无效");
  });

  it("a catastrophic required pattern in a 本地要求 is checked on a long section at once", () => {
    const requirements = ZLocalRequirements.parse({
      sections: [{ sectionId: "s1", patterns: [{ pattern: "(a+)+$", label: "某内容" }] }],
    });
    const report = demoPublishedReport("区教育局", 2025);
    report.narrative.s1 = "a".repeat(30_000) + "!";
    const started = performance.now();
    const findings = evaluateReport(report, { local: [{ officeName: "区政府办", requirements }] });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(findings.filter((f) => f.ruleId === "LR-02").map((f) => f.message)).toEqual([
      "本地要求（区政府办）：“一、总体情况”须写明某内容。",
    ]);
  });
});
