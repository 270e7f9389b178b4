import { z } from "zod";

import { FORMATS } from "@/lib/template";

import type { TFormatRegistry } from "@/lib/template/registry";

import { isCalendarDate, NARRATIVE_MAX } from "./plain-parts";

import { zodChineseError } from "./zod-chinese";

// zod's own messages in plain Chinese, wherever a report schema is used (browser, server, CLI).
z.config({ localeError: zodChineseError });

/**
 * The parts of a report document (./schema.ts): cell values, 报告信息 (details), the narrative and the format
 * version, each with Chinese messages.
 */

/** A string of at most `max` characters, with a Chinese message. */
export const text = (max: number) => z.string().max(max, { error: `不能超过 ${max} 个字符` });

export const ZCellValue = z.union([z.number(), text(200), z.null()]);
export type TCellValue = z.infer<typeof ZCellValue>;

export { isCalendarDate } from "./plain-parts";

export const ZReportDetails = z.object({
  /** 机关全称 */
  agencyName: text(200),
  /** The printed title of an imported report; generated from agency and year when absent. */
  title: text(300).optional(),
  publication: z.object({ website: text(300).optional(), column: text(200).optional() }).optional(),
  contact: z
    .object({
      office: text(200).optional(),
      address: text(300).optional(),
      postcode: text(20).optional(),
      phone: text(100).optional(),
      email: text(200).optional(),
    })
    .optional(),
  /** 落款机关 */
  issuer: text(200).optional(),
  /** 成文日期 YYYY-MM-DD */
  issueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日期格式应为 YYYY-MM-DD" })
    .refine(isCalendarDate, { error: "成文日期不是真实的日期（月应为 1–12，日不超过当月天数）" })
    .optional(),
});
export type TReportDetails = z.infer<typeof ZReportDetails>;

/**
 * Narrative text: plain text, one paragraph a line. It may hold linked values (关联数值, issue 13), markers
 * `{{值:SOURCE|LAST}}` read from the tables (lib/report/linked-values.ts, docs/report-format.md).
 */
const narrativeText = () =>
  text(NARRATIVE_MAX).meta({
    description:
      "正文纯文本，每段一行。可含关联数值标记 {{值:来源|上次数字}}：来源为单元格编号（如 t3.new_received.total）" +
      "或派生合计（如 sum.t3.granted_partial），上次数字为上次保存时显示的数字；导出和校验时替换为表格中的当前数字。",
  });

export const ZNarrative = z.object({
  /** Opening paragraph; generated from the details when empty. */
  opening: narrativeText().optional(),
  s1: narrativeText().optional(),
  s2: narrativeText().optional(),
  s3: narrativeText().optional(),
  s4: narrativeText().optional(),
  s5: narrativeText().optional(),
  s6: narrativeText().optional(),
});
export type TNarrative = z.infer<typeof ZNarrative>;
export type TNarrativeKey = keyof TNarrative;

export { SECTION_OF_NARRATIVE_KEY } from "./plain-parts";

/**
 * `formatVersion`: one of the registry's versions (a literal each, so the JSON Schema lists them), with a
 * Chinese message naming them.
 */
export const formatVersionSchema = (formats: Pick<TFormatRegistry, "versions" | "versionList"> = FORMATS) =>
  z.union(
    formats.versions.map((version) => z.literal(version)),
    { error: `格式版本应为 ${formats.versionList}` },
  );
