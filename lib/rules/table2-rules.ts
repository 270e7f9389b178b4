import type { TFormatDefinition, TReportTemplate, TTable2Continuity } from "@/lib/template";
import { inTable } from "@/lib/template/labels";

import { perTemplate } from "./plan";
import type { TRule, TRuleContext } from "./types";

/**
 * Table 二 cross-year checks (template-spec §3.8). Each applies to formats whose table 二 continues from
 * year to year in one way (`table2.continuity`), and compares with last year's report only when that
 * report's format continues the same way.
 */

const continuityIs =
  (continuity: TTable2Continuity) =>
  (format: TFormatDefinition): boolean =>
    format.table2.continuity === continuity;

const comparableLastYear = ({ template, lastYear }: TRuleContext): TRuleContext["lastYear"] =>
  lastYear?.values.template.format.table2.continuity === template.format.table2.continuity
    ? lastYear
    : undefined;

/** The rows of the table-二 blocks that have a column, with their labels (规章, 行政许可 …). */
const rowsWithColumn = (columnId: string) =>
  perTemplate((template: TReportTemplate) => {
    const rows = template.format.table2.blocks.flatMap((block) =>
      block.columns.some((column) => column.id === columnId) ? block.rows : [],
    );
    if (rows.length === 0) throw new Error(`规则引用了模板中不存在的表二列 ${columnId}`);
    return rows;
  });

const documentRows = rowsWithColumn("valid");
const itemRows = rowsWithColumn("items_last_year");

type TRow = { id: string; label: string };
type TComparableYear = NonNullable<TRuleContext["lastYear"]>;

/** A rule run row by row against last year's report, when that report's table 二 is comparable. */
const crossYearRule = (
  rule: Pick<TRule, "id" | "severity" | "title">,
  continuity: TTable2Continuity,
  rows: (template: TReportTemplate) => TRow[],
  checkRow: (row: TRow, ctx: TRuleContext, lastYear: TComparableYear) => void,
): TRule => ({
  ...rule,
  appliesTo: continuityIs(continuity),
  check: (ctx) => {
    const lastYear = comparableLastYear(ctx);
    if (!lastYear) return;
    for (const row of rows(ctx.template)) checkRow(row, ctx, lastYear);
  },
});

export const TABLE2_RULES: TRule[] = [
  crossYearRule(
    { id: "T2-02", severity: "info", title: "表二：现行有效件数 ≈ 上年现行有效件数 + 本年制发 − 本年废止" },
    "valid-documents",
    documentRows,
    (row, { values, emit }, lastYear) => {
      const [made, repealed, valid] = ["made", "repealed", "valid"].map((col) =>
        values.effective(`t2.${row.id}.${col}`),
      );
      const previous = lastYear.values.effective(`t2.${row.id}.valid`);
      if (made == null || repealed == null || valid == null || previous == null) return;
      const expected = previous + made - repealed;
      if (valid === expected) return;
      emit({
        ruleId: "T2-02",
        severity: "info",
        message:
          `${inTable("t2", row.label)}：现行有效件数 ${valid} ≠ 上年现行有效 ${previous} + 本年制发 ${made} − 本年废止 ${repealed}（= ${expected}）；` +
          `如因修订、清理或重新编号造成差异，可在说明中注明`,
        cells: [`t2.${row.id}.valid`, `t2.${row.id}.made`, `t2.${row.id}.repealed`],
      });
    },
  ),
  crossYearRule(
    { id: "T2-03", severity: "warning", title: "表二：本年废止件数 ≤ 上年现行有效件数 + 本年制发件数" },
    "valid-documents",
    documentRows,
    (row, { values, emit }, lastYear) => {
      const made = values.effective(`t2.${row.id}.made`);
      const repealed = values.effective(`t2.${row.id}.repealed`);
      const previous = lastYear.values.effective(`t2.${row.id}.valid`);
      if (made == null || repealed == null || previous == null || repealed <= previous + made) return;
      emit({
        ruleId: "T2-03",
        severity: "warning",
        message: `${inTable("t2", row.label)}：本年废止 ${repealed} > 上年现行有效 ${previous} + 本年制发 ${made}（= ${previous + made}），废止的多于可废止的`,
        cells: [`t2.${row.id}.repealed`, `t2.${row.id}.made`],
      });
    },
  ),
  crossYearRule(
    {
      id: "T2-19-01",
      severity: "warning",
      title: "表二（2019格式）：本年上一年项目数量 = 上年度上一年项目数量 + 上年度本年增/减",
    },
    "item-counts",
    itemRows,
    (row, { values, emit }, lastYear) => {
      const current = values.effective(`t2.${row.id}.items_last_year`);
      const previous = lastYear.values.effective(`t2.${row.id}.items_last_year`);
      const change = lastYear.values.effective(`t2.${row.id}.items_change`);
      if (current == null || previous == null || change == null || current === previous + change) return;
      emit({
        ruleId: "T2-19-01",
        severity: "warning",
        message: `${inTable("t2", row.label)}：上一年项目数量 ${current} ≠ ${lastYear.report.year}年度报告的上一年项目数量 ${previous} + 本年增/减 ${change}（= ${previous + change}）`,
        cells: [`t2.${row.id}.items_last_year`],
      });
    },
  ),
  {
    id: "T2-19-02",
    severity: "warning",
    title: "表二（2019格式）：上一年项目数量 + 本年增/减 不小于 0",
    appliesTo: continuityIs("item-counts"),
    check: ({ template, values, emit }) => {
      for (const row of itemRows(template)) {
        const count = values.effective(`t2.${row.id}.items_last_year`);
        const change = values.effective(`t2.${row.id}.items_change`);
        if (count == null || change == null || count + change >= 0) continue;
        emit({
          ruleId: "T2-19-02",
          severity: "warning",
          message: `${inTable("t2", row.label)}：上一年项目数量 ${count} + 本年增/减 ${change} = ${count + change}，事项数量不能为负`,
          cells: [`t2.${row.id}.items_last_year`, `t2.${row.id}.items_change`],
        });
      }
    },
  },
];
