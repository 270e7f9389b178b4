import { z } from "zod";

z.config(z.locales.zhCN());

import { getTemplate, type TFormatVersion, type TReportTemplate } from "@/lib/template";

/**
 * The report interchange format (docs/report-format.md): one JSON document per report, keyed by the
 * template's stable cell ids. The same schemas validate in the browser and on the server.
 *
 * - `ZReportDocument` is lenient: the shape of a draft or an imported report. Cells may be empty or hold
 *   the raw text a person typed or an imported file printed; the rule engine judges their content.
 * - `reportDraftSchema(template)` adds what a save must never carry: unknown cell ids, cells of the other
 *   format version, typed totals.
 * - `reportSubmissionSchema(template)` is strict: every input cell a number of the right kind, the
 *   narrative sections written, the agency named.
 */

export const REPORT_FORMAT_ID = "nianbaotong-report";

const text = (max: number) => z.string().max(max, { error: `不能超过 ${max} 个字符` });

export const ZCellValue = z.union([z.number(), text(200), z.null()]);
export type TCellValue = z.infer<typeof ZCellValue>;

export const ZReportDetails = z.object({
  /** 机关全称 */
  agencyName: text(200),
  /** The printed title of an imported report; generated from agency and year when absent. */
  title: text(300).optional(),
  publication: z
    .object({ website: text(300).optional(), column: text(200).optional() })
    .optional(),
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
    .optional(),
});
export type TReportDetails = z.infer<typeof ZReportDetails>;

const NARRATIVE_MAX = 100_000;

export const ZNarrative = z.object({
  /** Opening paragraph; generated from the details when empty. */
  opening: text(NARRATIVE_MAX).optional(),
  s1: text(NARRATIVE_MAX).optional(),
  s2: text(NARRATIVE_MAX).optional(),
  s3: text(NARRATIVE_MAX).optional(),
  s4: text(NARRATIVE_MAX).optional(),
  s5: text(NARRATIVE_MAX).optional(),
  s6: text(NARRATIVE_MAX).optional(),
});
export type TNarrative = z.infer<typeof ZNarrative>;
export type TNarrativeKey = keyof TNarrative;

export const ZReportDocument = z.object({
  $schema: z.string().optional(),
  format: z.literal(REPORT_FORMAT_ID, { error: `format 应为 "${REPORT_FORMAT_ID}"` }),
  formatVersion: z.union([z.literal(2019), z.literal(2021)], { error: "formatVersion 应为 2019 或 2021" }),
  year: z.int({ error: "year 应为整数年份" }).min(2000, { error: "年份不早于 2000" }).max(2100, { error: "年份不晚于 2100" }),
  details: ZReportDetails,
  narrative: ZNarrative,
  /** Input cells by cell id. */
  cells: z.record(z.string(), ZCellValue),
  /** Totals as an imported report printed them, checked against the computed ones. */
  printedTotals: z.record(z.string(), ZCellValue).optional(),
  /** Notes printed under a table (e.g. an explanation an imported report typed into a cell). */
  remarks: z.object({ t2: text(5000).optional(), t3: text(5000).optional(), t4: text(5000).optional() }).optional(),
  source: z.object({ kind: z.enum(["editor", "import"]), note: text(2000).optional() }).optional(),
  /** Values a new report took over from last year's, with where each came from (shown beside the cell). */
  prefill: z.record(z.string(), z.object({ from: text(300), value: z.number() })).optional(),
});
export type TReportDocument = z.infer<typeof ZReportDocument>;

/** Problems a saved draft must not have; each names the cell. */
const checkCellIds = (template: TReportTemplate, report: TReportDocument, ctx: z.RefinementCtx): void => {
  const other = getTemplate(template.version === 2021 ? 2019 : 2021);
  for (const id of Object.keys(report.cells)) {
    const cell = template.cellById.get(id);
    if (!cell) {
      const message = other.cellById.has(id)
        ? `单元格“${id}”属于${other.documentNo}格式，${report.year}年度报告适用${template.documentNo}格式`
        : `未知单元格“${id}”`;
      ctx.addIssue({ code: "custom", path: ["cells", id], message });
    } else if (cell.sumOf) {
      ctx.addIssue({ code: "custom", path: ["cells", id], message: `“${cell.rowLabel} ${cell.colLabel}”为自动计算的总计，不能录入` });
    }
  }
  for (const id of Object.keys(report.printedTotals ?? {})) {
    if (!template.cellById.get(id)?.sumOf) {
      ctx.addIssue({ code: "custom", path: ["printedTotals", id], message: `“${id}”不是总计单元格` });
    }
  }
};

const checkVersion = (template: TReportTemplate, report: TReportDocument, ctx: z.RefinementCtx): void => {
  if (report.formatVersion !== template.version) {
    ctx.addIssue({ code: "custom", path: ["formatVersion"], message: `格式版本 ${report.formatVersion} 与模板 ${template.version} 不符` });
  }
};

export const reportDraftSchema = (template: TReportTemplate) =>
  ZReportDocument.superRefine((report, ctx) => {
    checkVersion(template, report, ctx);
    checkCellIds(template, report, ctx);
  });

const COUNT_RE = /^\d+$/;

export const reportSubmissionSchema = (template: TReportTemplate) =>
  reportDraftSchema(template).superRefine((report, ctx) => {
    if (!report.details.agencyName.trim()) {
      ctx.addIssue({ code: "custom", path: ["details", "agencyName"], message: "机关全称未填写" });
    }
    for (const section of template.sections.filter((s) => s.kind === "narrative")) {
      if (!report.narrative[section.id]?.trim()) {
        ctx.addIssue({ code: "custom", path: ["narrative", section.id], message: `“${section.heading}”未填写` });
      }
    }
    for (const cell of template.cells) {
      if (cell.sumOf) continue;
      const value = report.cells[cell.id];
      const where = `“${cell.rowLabel} ${cell.colLabel}”`;
      const valid =
        typeof value === "number" &&
        Number.isFinite(value) &&
        (cell.kind === "signedCount" ? Number.isInteger(value) : value >= 0) &&
        (cell.kind !== "count" || COUNT_RE.test(String(value)));
      if (!valid) {
        ctx.addIssue({ code: "custom", path: ["cells", cell.id], message: `${where}应为${describeKind(cell.kind)}` });
      }
    }
  });

export const describeKind = (kind: TReportTemplate["cells"][number]["kind"]): string =>
  kind === "count" ? "非负整数" : kind === "signedCount" ? "整数（可为负数）" : "不小于 0 的数字（最多 4 位小数）";

/** Chinese, path-qualified messages for a failed parse, e.g. `cells.t3.new_received.total：…`. */
export const formatSchemaIssues = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "（根）"}：${issue.message}`);

export const templateFor = (report: Pick<TReportDocument, "formatVersion">): TReportTemplate =>
  getTemplate(report.formatVersion as TFormatVersion);
