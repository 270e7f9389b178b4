import type { TFormatDefinition, TSectionId } from "@/lib/template";

import { normalized } from "./text";
import type { TRule, TRuleContext } from "./types";

/** Text checks: required sections, what they must say, narrative versus tables. */

const sectionText = (ctx: TRuleContext, id: TSectionId): string => ctx.report.narrative[id]?.trim() ?? "";
/** The section as every text rule reads it (`./text`). */
const sectionRead = (ctx: TRuleContext, id: TSectionId): string => normalized(ctx.report.narrative[id]);

const requireSection = (ruleId: string, sectionId: TSectionId, severity: "error" | "warning"): TRule => ({
  id: ruleId,
  severity,
  title: `第${sectionId.slice(1)}部分不能为空`,
  check: (ctx) => {
    const section = ctx.template.sections.find((s) => s.id === sectionId);
    if (!section || sectionText(ctx, sectionId)) return;
    ctx.emit({
      ruleId,
      severity,
      message: `“${section.heading}”尚未填写`,
      cells: [],
      sectionId,
      problem: "blank",
    });
  },
});

/** Formats whose section 六 checklist requires an item (〔2021〕30号: the 信息处理费 statement). */
const requiresSection6Item =
  (itemId: string) =>
  (format: TFormatDefinition): boolean =>
    format.section6.checklist?.some((item) => item.id === itemId && item.required) ?? false;

/** A 信息处理费 statement in its real wordings: 信息处理费, 信息公开处理费, 处理费, 收费, 收取…费用. */
const FEE_STATEMENT_RE = /处理费|收费|收取[^。；\n]{0,10}?费用/;
/**
 * The least a narrative section says when it reports what the format asks (issue 12 §10), in characters
 * without punctuation. Real reports that write 五 as “无” or one line exist; a full 一 covers five topics.
 * The rule's severity is configurable (C-06).
 */
const MINIMUM_CONTENT: { id: TSectionId; minimum: number; what: string }[] = [
  { id: "s1", minimum: 120, what: "应写明主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面" },
  { id: "s5", minimum: 30, what: "应写明本年度存在的主要问题和具体改进措施" },
];

/** Section text that says nothing: 无, 无。, 暂无, 没有, a dash or a slash. */
const NOTHING_RE = /^(?:无|暂无|没有|本年度无|本年度暂无|无其他需要报告的事项|[-—–/／]+)[。.]?$/;
/** 六 reading just “无” while the tables show no fee notice at all: in effect, no fee was charged. */
const saysNoFeeCharged = (ctx: TRuleContext, text: string): boolean =>
  NOTHING_RE.test(text) && (ctx.values.effective("t3.other_no_fee.total") ?? 0) === 0;

export const TEXT_RULES: TRule[] = [
  requireSection("C-01", "s1", "error"),
  requireSection("C-02", "s5", "error"),
  requireSection("C-05", "s6", "warning"),
  {
    id: "C-03",
    severity: "warning",
    title: "第六部分说明信息处理费收费情况（2021格式）",
    appliesTo: requiresSection6Item("fee"),
    check: (ctx) => {
      const text = sectionRead(ctx, "s6");
      if (!text || FEE_STATEMENT_RE.test(text)) return;
      // 六 reading just “无” while the tables show no fee notice at all says, in effect, that no fee was
      // charged (the peer checker agrees): at most a suggestion to write the sentence out.
      if (saysNoFeeCharged(ctx, text)) return;
      ctx.emit({
        ruleId: "C-03",
        severity: "warning",
        message:
          "“六、其他需要报告的事项”没有说明信息处理费收取情况（未收取的也应写明，如“本年度未收取信息处理费”）",
        cells: [],
        sectionId: "s6",
      });
    },
  },
  {
    id: "C-07",
    severity: "info",
    title: "第六部分只写“无”时，建议写明信息处理费收取情况",
    appliesTo: requiresSection6Item("fee"),
    check: (ctx) => {
      const text = sectionRead(ctx, "s6");
      if (!saysNoFeeCharged(ctx, text)) return;
      ctx.emit({
        ruleId: "C-07",
        severity: "info",
        message: `“六、其他需要报告的事项”只写了“${text}”；建议写明“本年度未收取信息处理费”`,
        cells: [],
        sectionId: "s6",
      });
    },
  },
  {
    id: "C-06",
    severity: "warning",
    title: "叙述部分不能徒有其名（只写“无”、一行，或远短于应写内容）",
    check: (ctx) => {
      for (const { id, minimum, what } of MINIMUM_CONTENT) {
        const section = ctx.template.sections.find((s) => s.id === id);
        const text = sectionRead(ctx, id);
        if (!section || !text) continue;
        const length = [...text.replace(/[\s。，；：、,.;:（）()“”"'-]/g, "")].length;
        if (!NOTHING_RE.test(text) && length >= minimum) continue;
        ctx.emit({
          ruleId: "C-06",
          severity: "warning",
          message: NOTHING_RE.test(text)
            ? `“${section.heading}”只写了“${text}”，没有写出应报告的内容`
            : `“${section.heading}”只有 ${length} 字，远短于应写的内容（${what}）`,
          cells: [],
          sectionId: id,
        });
      }
    },
  },
  {
    id: "X-03",
    severity: "info",
    title: "第五部分的改进计划不应写成报告年度本身",
    check: (ctx) => {
      const text = sectionRead(ctx, "s5");
      const year = ctx.report.year;
      const re = new RegExp(
        `${year}年(?:度)?[，,]?(?:我|本|将|计划|拟|要|继续)[^。；\n]{0,12}?(?:将|计划|拟|要)`,
      );
      const match = re.exec(text);
      if (!match) return;
      ctx.emit({
        ruleId: "X-03",
        severity: "info",
        message: `“五、存在的主要问题及改进情况”中“${match[0]}……”把改进计划写在报告年度 ${year} 年，应为 ${year + 1} 年的计划（或写明已采取的改进措施）`,
        cells: [],
        sectionId: "s5",
      });
    },
  },
];
