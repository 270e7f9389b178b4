import { z } from "zod";

import { listOtherTemplates, type TReportTemplate } from "@/lib/template";
import { cellRowColumn } from "@/lib/template/labels";

import { formatVersionSchema, text, ZCellValue, ZNarrative, ZReportDetails } from "./report-parts";

/**
 * The report interchange format (docs/report-format.md): one JSON document per report, keyed by the
 * template's stable cell ids. The same schemas validate in the browser and on the server. The parts (details,
 * narrative, cell values) are in ./report-parts.ts and exported from here too.
 *
 * - `ZReportDocument` is lenient: the shape of a draft or an imported report. Cells may be empty or hold
 *   the raw text a person typed or an imported file printed; the rule engine judges their content.
 * - `reportDraftSchema(template)` adds what a save must never carry: unknown cell ids, cells of another
 *   format version, typed totals.
 * - `reportSubmissionSchema(template)` is strict: every input cell a number of the right kind, the
 *   narrative sections written, the agency named.
 */

export {
  formatVersionSchema,
  isCalendarDate,
  SECTION_OF_NARRATIVE_KEY,
  ZCellValue,
  ZNarrative,
  ZReportDetails,
  type TCellValue,
  type TNarrative,
  type TNarrativeKey,
  type TReportDetails,
} from "./report-parts";

import { REPORT_FORMAT_ID } from "./plain-parts";

export { REPORT_FORMAT_ID };

/** A cell id as a record key (the longest template id is far shorter). */
const cellKey = text(100);

export const ZReportDocument = z.object({
  $schema: text(500).optional(),
  format: z.literal(REPORT_FORMAT_ID, { error: `格式标识应为“${REPORT_FORMAT_ID}”` }),
  formatVersion: formatVersionSchema(),
  year: z
    .int({ error: "年度应为整数年份" })
    .min(2000, { error: "年份不早于 2000" })
    .max(2100, { error: "年份不晚于 2100" }),
  details: ZReportDetails,
  narrative: ZNarrative,
  /** Input cells by cell id. */
  cells: z.record(cellKey, ZCellValue),
  /** Totals as an imported report printed them, checked against the computed ones. */
  printedTotals: z.record(cellKey, ZCellValue).optional(),
  /**
   * 表下说明: publishable notes printed under a table, as the original printed them (“注：行政复议、行政诉讼数量含
   * 上年度结转数量。”). Every export prints them; a transcriber's own remarks belong in `source.note`.
   */
  remarks: z
    .object({ t2: text(5000).optional(), t3: text(5000).optional(), t4: text(5000).optional() })
    .meta({
      description:
        "表下说明：原报告印在表下、应随报告发布的说明，导出时印在对应表格下；转录人的说明请写在 source.note",
    })
    .optional(),
  /**
   * Where the report came from. `import`: transcribed from a published file — exported as published (blank
   * cells blank, no generated opening or 落款). `note`: the transcriber's note, never printed.
   */
  source: z
    .object({ kind: z.enum(["editor", "import"]), note: text(2000).optional() })
    .meta({
      description:
        "来源：kind 为 import 表示转录自已发布的报告，导出时按原样（空白单元格留空，不补开头段落和落款）；note 为转录说明，从不印出",
    })
    .optional(),
  /** Values a new report took over from last year's, with where each came from (shown beside the cell). */
  prefill: z.record(cellKey, z.object({ from: text(300), value: z.number() })).optional(),
  /**
   * 汇总 (lib/rollup): the offices whose reports were summed into this one, in order, and per cell each
   * office's contribution (aligned with `offices`; null where that office's cell was blank or unreadable).
   */
  rollup: z
    .object({
      offices: z
        .array(
          z.object({
            name: text(200),
            /** The offices a contributing roll-up itself covers (to refuse counting an office twice). */
            covers: z.array(text(200)).max(10_000).optional(),
          }),
        )
        .max(10_000),
      contributions: z.record(cellKey, z.array(z.number().nullable()).max(10_000)),
      /** Offices chosen for the roll-up that had no approved or published report when it was made. */
      missing: z.array(text(200)).max(10_000).optional(),
      /** Summed cells overridden by hand: the sum they replace and the written reason (the value is in `cells`). */
      overrides: z.record(cellKey, z.object({ sum: z.number().nullable(), reason: text(2000) })).optional(),
    })
    .meta({
      description:
        "汇总：offices 为被汇总的机关（按顺序），contributions 为每个单元格中各机关的数值（与 offices 一一对应，空白或无法读取为 null），missing 为已选择但当时没有已通过或已发布报告的机关，overrides 为人工调整的单元格（原合计数与调整理由）",
    })
    .optional(),
});
export type TReportDocument = z.infer<typeof ZReportDocument>;

/** Problems a saved draft must not have; each names the cell. */
const checkCellIds = (template: TReportTemplate, report: TReportDocument, ctx: z.RefinementCtx): void => {
  const others = listOtherTemplates(template.version);
  for (const id of Object.keys(report.cells)) {
    const cell = template.cellById.get(id);
    if (!cell) {
      const owners = others.filter((other) => other.cellById.has(id)).map((other) => other.documentNo);
      const message = owners.length
        ? `单元格“${id}”属于${owners.join("、")}格式，${report.year}年度报告适用${template.documentNo}格式`
        : `未知单元格“${id}”`;
      ctx.addIssue({ code: "custom", path: ["cells", id], message });
    } else if (cell.sumOf) {
      ctx.addIssue({
        code: "custom",
        path: ["cells", id],
        message: `“${cellRowColumn(cell)}”为自动计算的总计，不能录入`,
      });
    }
  }
  for (const id of Object.keys(report.printedTotals ?? {})) {
    if (!template.cellById.get(id)?.sumOf) {
      ctx.addIssue({ code: "custom", path: ["printedTotals", id], message: `“${id}”不是总计单元格` });
    }
  }
  // 上年结转 notes only for input cells of this format, so `prefill` cannot grow without bound.
  for (const id of Object.keys(report.prefill ?? {})) {
    const cell = template.cellById.get(id);
    if (!cell || cell.sumOf) {
      ctx.addIssue({ code: "custom", path: ["prefill", id], message: `“${id}”不是可结转的单元格` });
    }
  }
};

const checkVersion = (template: TReportTemplate, report: TReportDocument, ctx: z.RefinementCtx): void => {
  if (report.formatVersion !== template.version) {
    ctx.addIssue({
      code: "custom",
      path: ["formatVersion"],
      message: `格式版本 ${report.formatVersion} 与模板 ${template.version} 不符`,
    });
  }
};

const draftSchemas = new WeakMap<TReportTemplate, ReturnType<typeof buildDraftSchema>>();
const buildDraftSchema = (template: TReportTemplate) =>
  ZReportDocument.superRefine((report, ctx) => {
    checkVersion(template, report, ctx);
    checkCellIds(template, report, ctx);
  });

/**
 * The draft schema of a template, built once per template: Zod compiles a schema's parser on its first use,
 * so a schema made per save would be compiled again on every save.
 */
export const reportDraftSchema = (template: TReportTemplate) => {
  const cached = draftSchemas.get(template);
  if (cached) return cached;
  const schema = buildDraftSchema(template);
  draftSchemas.set(template, schema);
  return schema;
};

const COUNT_RE = /^\d+$/;

export const reportSubmissionSchema = (template: TReportTemplate) =>
  reportDraftSchema(template).superRefine((report, ctx) => {
    if (!report.details.agencyName.trim()) {
      ctx.addIssue({ code: "custom", path: ["details", "agencyName"], message: "机关全称未填写" });
    }
    for (const section of template.sections.filter((s) => s.kind === "narrative")) {
      if (!report.narrative[section.id]?.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["narrative", section.id],
          message: `“${section.heading}”未填写`,
        });
      }
    }
    for (const cell of template.cells) {
      if (cell.sumOf) continue;
      const value = report.cells[cell.id];
      const where = `“${cellRowColumn(cell)}”`;
      const valid =
        typeof value === "number" &&
        Number.isFinite(value) &&
        (cell.kind === "signedCount" ? Number.isInteger(value) : value >= 0) &&
        (cell.kind !== "count" || COUNT_RE.test(String(value)));
      if (!valid) {
        ctx.addIssue({
          code: "custom",
          path: ["cells", cell.id],
          message: `${where}应为${describeKind(cell.kind)}`,
        });
      }
    }
  });

export const describeKind = (kind: TReportTemplate["cells"][number]["kind"]): string =>
  kind === "count"
    ? "非负整数"
    : kind === "signedCount"
      ? "整数（可为负数）"
      : "不小于 0 的数字（最多 4 位小数）";

/** Chinese, path-qualified messages for a failed parse, e.g. `cells.t3.new_received.total：…`. */
export const formatSchemaIssues = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "（根）"}：${issue.message}`);
