import { formatDate } from "@/lib/format/date-time";

import { matchPattern } from "./pattern-engine";
import type { TAppliedRequirements, TStageDeadlines } from "./local-requirements";
import type { TFinding, TRuleContext, TSeverity } from "./types";

/**
 * The findings of 本地要求 (lib/rules/local-requirements.ts holds their schemas): kept free of Zod, since the rule
 * engine that calls them runs in the editor's first load (docs/decisions.md D40).
 */

/** The stages of a year's report, in order: 填报, 报送 (to the supervisor), 审核, 发布, 报备 (the published address). */
export const STAGES = ["fill", "submit", "review", "publish", "file"] as const;
export type TStage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<TStage, string> = {
  fill: "填报完成",
  submit: "报送审核",
  review: "审核完成",
  publish: "公开发布",
  file: "报备公开地址",
};

/** The staged deadlines for an office kind as one sentence: “报送审核 2026年1月10日前；公开发布 2026年1月20日前”. */
export const stageDeadlineText = (stages: TStageDeadlines): string =>
  STAGES.filter((stage) => stages[stage])
    .map((stage) => `${STAGE_LABELS[stage]} ${formatDate(stages[stage] ?? "")}前`)
    .join("；");

/** 字数 as notices count it: every character except whitespace. */
export const countChars = (text: string): number => [...text.replace(/\s/g, "")].length;

/** The severity overrides of the applied requirements, nearest office last (it wins). */
export const requirementSeverities = (
  applied: readonly TAppliedRequirements[],
): Partial<Record<string, TSeverity | "off">> =>
  Object.assign({}, ...applied.map((a) => a.requirements.severities)) as Partial<
    Record<string, TSeverity | "off">
  >;

/**
 * Findings of the requirements (rule ids LR-01 字数, LR-02 required content, LR-03 companions, LR-04 staged
 * deadlines), each
 * naming the requiring office; reads the narrative as printed (`ctx.report`, linked values resolved). In the browser,
 * LR-02 waits for the RE2 engine (`loadPatternEngine`, lib/rules/pattern-engine.ts); on the server a missing engine
 * throws, never passes a report unchecked.
 */
export const checkLocalRequirements = (
  ctx: Pick<TRuleContext, "template" | "report">,
  applied: readonly TAppliedRequirements[],
): TFinding[] => {
  const findings: TFinding[] = [];
  for (const { officeName, requirements, kind } of applied) {
    const from = `本地要求（${officeName}）`;
    const stages = kind ? stageDeadlineText(requirements.deadlines[kind] ?? {}) : "";
    if (stages)
      findings.push({ ruleId: "LR-04", severity: "info", message: `${from}：期限——${stages}。`, cells: [] });
    for (const section of requirements.sections) {
      const def = ctx.template.sections.find((s) => s.id === section.sectionId);
      if (!def) continue;
      const title = def.heading;
      const text = ctx.report.narrative[section.sectionId] ?? "";
      const length = countChars(text);
      if (section.maxChars !== undefined && length > section.maxChars)
        findings.push({
          ruleId: "LR-01",
          severity: section.severity,
          message: `${from}：“${title}”不超过 ${section.maxChars} 字，现为 ${length} 字。`,
          cells: [],
          sectionId: section.sectionId,
        });
      for (const { pattern, label } of section.patterns) {
        const match = matchPattern(pattern, text);
        // In the browser the engine loads on demand and the editor checks again (D71); the server always has it.
        if (match === "pending" && typeof window === "undefined")
          throw new Error("本地要求的匹配格式引擎未加载");
        // "invalid": refused when saved; a stored one never breaks the editor.
        if (match === "absent")
          findings.push({
            ruleId: "LR-02",
            severity: section.severity,
            message: `${from}：“${title}”须写明${label}。`,
            cells: [],
            sectionId: section.sectionId,
          });
      }
    }
    const companions = [
      ...(requirements.companions.jiedu ? ["解读"] : []),
      ...(requirements.companions.tujie ? ["图解"] : []),
    ];
    if (companions.length)
      findings.push({
        ruleId: "LR-03",
        severity: "info",
        message: `${from}：发布年报时须同时发布${companions.join("、")}。`,
        cells: [],
      });
  }
  return findings;
};
