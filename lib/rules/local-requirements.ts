import { z } from "zod";

import { formatDate } from "@/lib/format/date-time";

import type { TSectionId } from "@/lib/template";

import { STAGE_LABELS, STAGES, type TStage } from "./local-requirement-findings";
import { patternProblem } from "./safe-pattern";

// The findings of the requirements and what they need live apart from the schemas, without Zod: the rule engine
// runs in the editor, whose first load should not carry Zod (docs/decisions.md D40).
export {
  checkLocalRequirements,
  countChars,
  requirementSeverities,
  stageDeadlineText,
  STAGE_LABELS,
  STAGES,
  type TStage,
} from "./local-requirement-findings";

/**
 * 本地要求 (issue 16): what a supervising office's notice imposes on the offices below it for one year, beyond
 * the national format — staged deadlines, the severity of rules the digest marks unverified, content
 * requirements per section (a length limit, required phrases or numbers as regular expressions), required
 * companion outputs (解读, 图解) and a sign-off (签批) before submission. Stored per office and year
 * (`LocalRequirement.data`); the rule engine receives the requirements that apply as data
 * (`TAppliedRequirements`), so it stays pure. Findings name the requiring office: “本地要求（示范区政府办）：…”.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZDate = z
  .string()
  .regex(ISO_DATE, { error: "日期格式应为 年-月-日，如 2026-01-20" })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), { error: "日期无效" });

export const ZStageDeadlines = z.partialRecord(z.enum(STAGES), ZDate);
export type TStageDeadlines = z.infer<typeof ZStageDeadlines>;

/**
 * Office types the deadlines are set for: 部门 (an office without offices below it) and 下级人民政府 (an
 * office that supervises others, e.g. a 乡镇/街道 or a 县政府办 under a 市政府办). See docs/decisions.md D38.
 */
export const OFFICE_KINDS = ["department", "government"] as const;
export type TOfficeKind = (typeof OFFICE_KINDS)[number];
export const OFFICE_KIND_LABELS: Record<TOfficeKind, string> = {
  department: "部门",
  government: "下级人民政府",
};

export const ZRequiredPattern = z.object({
  /** A regular expression in RE2 syntax (lib/rules/safe-pattern.ts, linear time), e.g. `政策解读\d+篇`. */
  pattern: z
    .string()
    .trim()
    .min(1, { error: "请填写要求的内容" })
    .max(200, { error: "格式不能超过 200 个字符" }),
  /** What must be written, in the finding (“须写明政策解读数量”): “政策解读数量”. */
  label: z.string().trim().min(1, { error: "请写明要求的说明" }).max(100, { error: "说明不能超过 100 个字" }),
});

export const ZSectionRequirement = z.object({
  sectionId: z.enum(["s1", "s2", "s3", "s4", "s5", "s6"], { error: "部分无效" }),
  /** 字数上限 (characters, whitespace not counted). */
  maxChars: z
    .int({ error: "字数上限应为整数" })
    .positive({ error: "字数上限应大于 0" })
    .max(100_000, { error: "字数上限不能超过 100000 字" })
    .optional(),
  patterns: z.array(ZRequiredPattern).max(20, { error: "每部分最多 20 条内容要求" }).default([]),
  /** error: blocks submission; warning: needs a written explanation (as any warning). */
  severity: z.enum(["error", "warning"]).default("warning"),
});
export type TSectionRequirement = z.infer<typeof ZSectionRequirement>;

export const ZLocalRequirements = z.object({
  deadlines: z.partialRecord(z.enum(OFFICE_KINDS), ZStageDeadlines).default({}),
  /** Per-rule severity for the offices below (rule ids of lib/rules; `off` switches a rule off). */
  severities: z.record(z.string().max(40), z.enum(["error", "warning", "info", "off"])).default({}),
  sections: z.array(ZSectionRequirement).max(12).default([]),
  companions: z.object({ jiedu: z.boolean().default(false), tujie: z.boolean().default(false) }).default({
    jiedu: false,
    tujie: false,
  }),
  /** A sign-off (签批) the 填报人 names when submitting: who signed the report off inside the office. */
  signOff: z.boolean().default(false),
});
export type TLocalRequirements = z.infer<typeof ZLocalRequirements>;
export type TLocalRequirementsInput = z.input<typeof ZLocalRequirements>;

/** The requirements of one supervising office, as the rule engine receives them. */
export interface TAppliedRequirements {
  officeName: string;
  requirements: TLocalRequirements;
  /** The kind of the report's office, for its staged deadlines (none shown when absent). */
  kind?: TOfficeKind;
}

/** The statutory deadline of the stage 发布 (条例第四十九条), `YYYY-MM-DD`, for an office kind. */
const statutoryPublishDeadline = (year: number, kind: TOfficeKind) =>
  `${year + 1}-${kind === "government" ? "03" : "01"}-31`;

/**
 * Every problem of a set of requirements for a year, in Chinese (empty when it may be saved): an invalid
 * pattern, a section named twice, stages out of order, a stage outside the report period (after the year),
 * a 发布 deadline later than the statutory one, a rule id that does not exist (`ruleIds`).
 */
export const requirementProblems = (
  requirements: TLocalRequirements,
  year: number,
  ruleIds: ReadonlySet<string>,
  sectionLabel: (id: TSectionId) => string = (id) => id,
): string[] => {
  const problems: string[] = [];
  for (const kind of OFFICE_KINDS) {
    const stages = requirements.deadlines[kind] ?? {};
    let previous: { stage: TStage; date: string } | null = null;
    for (const stage of STAGES) {
      const date = stages[stage];
      if (!date) continue;
      const who = `${OFFICE_KIND_LABELS[kind]}“${STAGE_LABELS[stage]}”期限`;
      if (date <= `${year}-12-31`) problems.push(`${who}（${formatDate(date)}）应在 ${year} 年结束之后。`);
      if (previous && date < previous.date)
        problems.push(
          `${who}（${formatDate(date)}）早于“${STAGE_LABELS[previous.stage]}”（${formatDate(previous.date)}）。`,
        );
      previous = { stage, date };
    }
    const publish = stages.publish;
    if (publish && publish > statutoryPublishDeadline(year, kind))
      problems.push(
        `${OFFICE_KIND_LABELS[kind]}“公开发布”期限（${formatDate(publish)}）晚于法定期限 ${formatDate(statutoryPublishDeadline(year, kind))}，本地要求只能更严。`,
      );
  }
  for (const ruleId of Object.keys(requirements.severities))
    if (!ruleIds.has(ruleId)) problems.push(`没有编号为 ${ruleId} 的规则。`);
  const seen = new Set<string>();
  for (const section of requirements.sections) {
    if (seen.has(section.sectionId)) problems.push(`“${sectionLabel(section.sectionId)}”的要求重复填写。`);
    seen.add(section.sectionId);
    for (const { pattern } of section.patterns) {
      const problem = patternProblem(pattern);
      if (problem) problems.push(`“${sectionLabel(section.sectionId)}”的内容要求${problem}`);
    }
  }
  return problems;
};
