import type { z } from "zod";

/**
 * zod's default messages in plain Chinese (installed with `z.config` in lib/report/report-parts.ts). zod's own
 * zh-CN locale leaves type and origin names in English (“期望 object，实际接收 undefined”); these name
 * them in Chinese and say what to do. A schema's own message (`{ error: "…" }`) still wins over these.
 */

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  bigint: "整数",
  boolean: "是/否",
  object: "对象",
  record: "对象",
  map: "对象",
  array: "列表",
  tuple: "列表",
  set: "列表",
  null: "空值",
  undefined: "缺失",
  date: "日期",
  nan: "非数字",
  literal: "固定值",
  enum: "选项",
};

const typeName = (type: string) => TYPE_NAMES[type] ?? "其他类型";

/** The Chinese name of a value's type, for “应为数字，实际为文本”. */
const typeOf = (input: unknown): string => {
  if (input === null) return "空值";
  if (Array.isArray(input)) return "列表";
  if (typeof input === "number" && Number.isNaN(input)) return "非数字";
  return typeName(typeof input);
};

const FORMAT_NAMES: Record<string, string> = {
  email: "电子邮箱地址",
  url: "网址",
  uuid: "编号",
  date: "日期（年-月-日）",
  datetime: "日期时间",
};

const show = (value: unknown) => (typeof value === "string" ? `“${value}”` : String(value));

/** One issue's message in Chinese (zod 4 raw issue). */
export const zodChineseError = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `缺少此项（应为${typeName(issue.expected)}）`
        : `应为${typeName(issue.expected)}，实际为${typeOf(issue.input)}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `应为 ${show(issue.values[0])}`
        : `应为以下之一：${issue.values.map(show).join("、")}`;
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "string") return `不能超过 ${max} 个字符`;
      if (issue.origin === "array" || issue.origin === "set") return `最多 ${max} 项`;
      return issue.inclusive ? `不能大于 ${max}` : `应小于 ${max}`;
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "string") return min === "1" ? "不能为空" : `至少 ${min} 个字符`;
      if (issue.origin === "array" || issue.origin === "set") return `至少 ${min} 项`;
      return issue.inclusive ? `不能小于 ${min}` : `应大于 ${min}`;
    }
    case "invalid_format":
      return `不是有效的${FORMAT_NAMES[issue.format] ?? "格式"}`;
    case "not_multiple_of":
      return `应为 ${String(issue.divisor)} 的倍数`;
    case "unrecognized_keys":
      return `有不认识的字段：${issue.keys.map((key) => `“${key}”`).join("、")}`;
    case "invalid_key":
      return "字段名无效";
    case "invalid_element":
      return "列表中有无效的项";
    case "invalid_union":
      return "内容不符合任何一种允许的写法";
    default:
      return "内容无效";
  }
};
