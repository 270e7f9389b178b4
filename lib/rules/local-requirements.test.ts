import { describe, expect, it } from "vitest";

import { demoPublishedReport } from "@/lib/db/demo-reports";

import { ALL_RULES, evaluateReport } from "./evaluate";
import {
  countChars,
  requirementProblems,
  ZLocalRequirements,
  type TAppliedRequirements,
  type TLocalRequirementsInput,
} from "./local-requirements";

const report = demoPublishedReport("区教育局", 2025);
const RULE_IDS = new Set(ALL_RULES.map((r) => r.id));
const applied = (
  officeName: string,
  input: TLocalRequirementsInput,
  kind?: "department" | "government",
): TAppliedRequirements => ({
  officeName,
  requirements: ZLocalRequirements.parse(input),
  kind,
});
const local = (findings: ReturnType<typeof evaluateReport>) =>
  findings.filter((f) => f.ruleId.startsWith("LR-"));

describe("本地要求 in the rule engine", () => {
  it("counts 字数 without whitespace, code points not UTF-16 units", () => {
    expect(countChars("总体 情况\n良好𠀋")).toBe(7);
  });

  it("reports a length limit over the section, naming the requiring office, and stays silent within it", () => {
    const length = countChars(report.narrative.s1 ?? "");
    const over = local(
      evaluateReport(report, {
        local: [applied("示范区政府办", { sections: [{ sectionId: "s1", maxChars: length - 1 }] })],
      }),
    );
    expect(over).toEqual([
      expect.objectContaining({
        ruleId: "LR-01",
        severity: "warning",
        sectionId: "s1",
        message: `本地要求（示范区政府办）：“一、总体情况”不超过 ${length - 1} 字，现为 ${length} 字。`,
      }),
    ]);
    expect(
      local(
        evaluateReport(report, {
          local: [applied("示范区政府办", { sections: [{ sectionId: "s1", maxChars: length }] })],
        }),
      ),
    ).toEqual([]);
  });

  it("asks for required content by pattern, and lists companions and staged deadlines as information", () => {
    const findings = local(
      evaluateReport(report, {
        local: [
          applied(
            "示范市政府办",
            {
              sections: [
                {
                  sectionId: "s1",
                  severity: "error",
                  patterns: [
                    { pattern: "图解\\d+个", label: "图解数量" },
                    { pattern: ".", label: "内容" },
                  ],
                },
              ],
              companions: { jiedu: true, tujie: true },
              deadlines: {
                department: { submit: "2026-01-10", publish: "2026-01-20" },
                government: { publish: "2026-03-01" },
              },
            },
            "department",
          ),
        ],
      }),
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ["LR-02", "error", "本地要求（示范市政府办）：“一、总体情况”须写明图解数量。"],
      [
        "LR-04",
        "info",
        "本地要求（示范市政府办）：期限——报送审核 2026年1月10日前；公开发布 2026年1月20日前。",
      ],
      ["LR-03", "info", "本地要求（示范市政府办）：发布年报时须同时发布解读、图解。"],
    ]);
  });

  it("lets the nearest office set a rule's severity, or switch it off", () => {
    // A 六 without a 信息处理费 statement draws warning C-03.
    const warned = {
      ...report,
      narrative: { ...report.narrative, s6: "本单位已按要求落实年度政务公开工作要点。" },
    };
    const ruleId = "C-03";
    expect(
      evaluateReport(warned)
        .filter((f) => f.ruleId === ruleId)
        .map((f) => f.severity),
    ).toEqual(["warning"]);
    const tuned = evaluateReport(warned, {
      local: [
        applied("市", { severities: { [ruleId]: "error" } }),
        applied("区", { severities: { [ruleId]: "off" } }),
      ],
    });
    expect(tuned.some((f) => f.ruleId === ruleId)).toBe(false);
    const stricter = evaluateReport(warned, {
      local: [applied("区", { severities: { [ruleId]: "error" } })],
    });
    expect(stricter.filter((f) => f.ruleId === ruleId).map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("requirementProblems", () => {
  const problems = (input: TLocalRequirementsInput) =>
    requirementProblems(ZLocalRequirements.parse(input), 2025, RULE_IDS);

  it("accepts sensible requirements", () => {
    expect(
      problems({
        deadlines: {
          department: {
            fill: "2026-01-05",
            submit: "2026-01-10",
            review: "2026-01-15",
            publish: "2026-01-20",
            file: "2026-01-25",
          },
        },
        sections: [
          {
            sectionId: "s1",
            maxChars: 1000,
            patterns: [{ pattern: "政策解读\\d+篇", label: "写明政策解读数量" }],
          },
        ],
        severities: { [ALL_RULES[0]?.id ?? ""]: "warning" },
      }),
    ).toEqual([]);
  });

  it("names every problem: a bad pattern, stages out of order, a looser deadline, an unknown rule, a section twice", () => {
    expect(
      problems({
        deadlines: {
          department: { submit: "2026-01-20", review: "2026-01-10" },
          government: { publish: "2026-04-01", fill: "2025-12-01" },
        },
        sections: [
          { sectionId: "s1", patterns: [{ pattern: "[未闭合", label: "x" }] },
          { sectionId: "s1", maxChars: 10 },
        ],
        severities: { "NO-SUCH": "off" },
      }),
    ).toEqual([
      "部门“审核完成”期限（2026年1月10日）早于“报送审核”（2026年1月20日）。",
      "下级人民政府“填报完成”期限（2025年12月1日）应在 2025 年结束之后。",
      "下级人民政府“公开发布”期限（2026年4月1日）晚于法定期限 2026年3月31日，本地要求只能更严。",
      "没有编号为 NO-SUCH 的规则。",
      "“s1”的内容要求“[未闭合”不是有效的匹配格式（正则表达式）：缺少右方括号“]”。",
      "“s1”的要求重复填写。",
    ]);
  });

  it("refuses dates that do not exist and lengths that are not whole numbers, in Chinese", () => {
    const date = ZLocalRequirements.safeParse({ deadlines: { department: { submit: "2026-13-40" } } });
    expect(date.error?.issues[0]?.message).toBe("日期无效");
    const length = ZLocalRequirements.safeParse({ sections: [{ sectionId: "s1", maxChars: 10.5 }] });
    expect(length.error?.issues[0]?.message).toBe("字数上限应为整数");
  });
});
