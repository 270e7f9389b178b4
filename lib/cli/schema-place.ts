import { FORMATS, type TReportTemplate } from "@/lib/template";
import { cellLabel } from "@/lib/template/labels";

/**
 * Where in an interchange file a problem is, in Chinese (“基本信息·联系方式·电话”, “表格数·表三 …”), for
 * the command line's messages (issue 16: no English words among the Chinese). Unknown keys are quoted as
 * written in the file.
 */

const FIELD_NAMES: Record<string, string> = {
  $schema: "模式地址",
  format: "格式标识",
  formatVersion: "格式版本",
  year: "年度",
  details: "基本信息",
  narrative: "正文",
  cells: "表格数",
  printedTotals: "原报告印出的总计",
  remarks: "备注",
  source: "来源",
  prefill: "上年结转",
  rollup: "汇总信息",
  agencyName: "机关全称",
  title: "标题",
  publication: "发布位置",
  website: "网站",
  column: "栏目",
  contact: "联系方式",
  office: "联系部门",
  address: "地址",
  postcode: "邮政编码",
  phone: "电话",
  email: "电子邮箱",
  issuer: "落款机关",
  issueDate: "成文日期",
  offices: "汇总机关",
  name: "名称",
  covers: "所含机关",
  contributions: "各机关数值",
  missing: "未纳入的机关",
  overrides: "调整",
  sum: "原合计",
  reason: "理由",
  from: "来源",
  value: "数值",
  kind: "类型",
};

/** Keys whose children are cell ids. */
const CELL_MAPS = new Set(["cells", "printedTotals", "prefill", "contributions", "overrides"]);

const templates = (): TReportTemplate[] => FORMATS.versions.map((version) => FORMATS.getTemplate(version));

const cellName = (id: string): string | null => {
  for (const template of templates()) {
    const cell = template.cells.find((c) => c.id === id);
    if (cell) return cellLabel(cell);
  }
  return null;
};

const sectionName = (id: string): string | null => {
  for (const template of templates()) {
    const section = template.sections.find((s) => s.id === id);
    if (section) return section.heading;
  }
  return null;
};

/** The place of a zod issue path, e.g. `["details","contact","phone"]` → “基本信息·联系方式·电话”. */
export const schemaPlace = (path: readonly PropertyKey[]): string => {
  if (path.length === 0) return "整份文件";
  return path
    .map((key, i) => {
      if (typeof key === "number") return `第 ${key + 1} 项`;
      const text = String(key);
      const parent = i > 0 ? String(path[i - 1]) : "";
      if (CELL_MAPS.has(parent)) return cellName(text) ?? `单元格“${text}”`;
      if (parent === "narrative") return sectionName(text) ?? `部分“${text}”`;
      return FIELD_NAMES[text] ?? `“${text}”`;
    })
    .join("·");
};

/**
 * A refused document's first problem by its place, for the person: `正文·一、总体情况：不能超过 100000 个字符`
 * (a bare “数据无效” left them no way to find it; tester2). `issues`: a zod error's issues, at least one.
 */
export const firstSchemaProblem = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string => (issues[0] ? `${schemaPlace(issues[0].path)}：${issues[0].message}` : "");

/**
 * Why a text is not JSON, in Chinese with the line and column (from the position V8 reports), e.g.
 * “第 3 行第 14 列附近有语法错误”.
 */
export const jsonProblem = (text: string, error: unknown): string => {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  if (!position) return text.trim() ? "有语法错误" : "文件是空的";
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `第 ${line} 行第 ${column} 列附近有语法错误`;
};

/** Why a file could not be read or written, in Chinese, from the Node error code. */
export const fileProblem = (error: unknown, verb: "读取" | "写入"): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return verb === "读取" ? "文件不存在" : "所在目录不存在";
  if (code === "EISDIR") return "这是一个目录";
  if (code === "EACCES" || code === "EPERM") return `没有${verb}权限`;
  if (code === "ENOSPC") return "磁盘已满";
  return `${verb}失败（${code ?? "未知原因"}）`;
};
