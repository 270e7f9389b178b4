import type { TRule } from "./types";

/** Table 二 cross-year checks (template-spec §3.8); they run only when last year's report is known. */

const DOCUMENT_ROWS = [
  { id: "regulations", label: "规章" },
  { id: "normative_documents", label: "行政规范性文件" },
] as const;

const ITEM_ROWS_2019 = [
  { id: "licensing", label: "行政许可" },
  { id: "other_services", label: "其他对外管理服务事项" },
  { id: "punishment", label: "行政处罚" },
  { id: "coercion", label: "行政强制" },
  { id: "fees", label: "行政事业性收费" },
] as const;

export const TABLE2_RULES: TRule[] = [
  {
    id: "T2-02",
    severity: "info",
    title: "表二：现行有效件数 ≈ 上年现行有效件数 + 本年制发 − 本年废止",
    appliesTo: [2021],
    check: ({ values, lastYear, emit }) => {
      if (lastYear?.values.template.version !== 2021) return;
      for (const row of DOCUMENT_ROWS) {
        const [made, repealed, valid] = ["made", "repealed", "valid"].map((col) => values.effective(`t2.${row.id}.${col}`));
        const previous = lastYear.values.effective(`t2.${row.id}.valid`);
        if (made == null || repealed == null || valid == null || previous == null) continue;
        const expected = previous + made - repealed;
        if (valid === expected) continue;
        emit({
          ruleId: "T2-02",
          severity: "info",
          message:
            `表二“${row.label}”：现行有效件数 ${valid} ≠ 上年现行有效 ${previous} + 本年制发 ${made} − 本年废止 ${repealed}（= ${expected}）；` +
            `如因修订、清理或重新编号造成差异，可在说明中注明`,
          cells: [`t2.${row.id}.valid`, `t2.${row.id}.made`, `t2.${row.id}.repealed`],
        });
      }
    },
  },
  {
    id: "T2-03",
    severity: "warning",
    title: "表二：本年废止件数 ≤ 上年现行有效件数 + 本年制发件数",
    appliesTo: [2021],
    check: ({ values, lastYear, emit }) => {
      if (lastYear?.values.template.version !== 2021) return;
      for (const row of DOCUMENT_ROWS) {
        const made = values.effective(`t2.${row.id}.made`);
        const repealed = values.effective(`t2.${row.id}.repealed`);
        const previous = lastYear.values.effective(`t2.${row.id}.valid`);
        if (made == null || repealed == null || previous == null || repealed <= previous + made) continue;
        emit({
          ruleId: "T2-03",
          severity: "warning",
          message: `表二“${row.label}”：本年废止 ${repealed} > 上年现行有效 ${previous} + 本年制发 ${made}（= ${previous + made}），废止的多于可废止的`,
          cells: [`t2.${row.id}.repealed`, `t2.${row.id}.made`],
        });
      }
    },
  },
  {
    id: "T2-19-01",
    severity: "warning",
    title: "表二（2019格式）：本年上一年项目数量 = 上年度上一年项目数量 + 上年度本年增/减",
    appliesTo: [2019],
    check: ({ values, lastYear, emit }) => {
      if (lastYear?.values.template.version !== 2019) return;
      for (const row of ITEM_ROWS_2019) {
        const current = values.effective(`t2.${row.id}.items_last_year`);
        const previous = lastYear.values.effective(`t2.${row.id}.items_last_year`);
        const change = lastYear.values.effective(`t2.${row.id}.items_change`);
        if (current == null || previous == null || change == null || current === previous + change) continue;
        emit({
          ruleId: "T2-19-01",
          severity: "warning",
          message:
            `表二“${row.label}”：上一年项目数量 ${current} ≠ ${lastYear.report.year}年度报告的上一年项目数量 ${previous} + 本年增/减 ${change}（= ${previous + change}）`,
          cells: [`t2.${row.id}.items_last_year`],
        });
      }
    },
  },
  {
    id: "T2-19-02",
    severity: "warning",
    title: "表二（2019格式）：上一年项目数量 + 本年增/减 不小于 0",
    appliesTo: [2019],
    check: ({ values, emit }) => {
      for (const row of ITEM_ROWS_2019) {
        const count = values.effective(`t2.${row.id}.items_last_year`);
        const change = values.effective(`t2.${row.id}.items_change`);
        if (count == null || change == null || count + change >= 0) continue;
        emit({
          ruleId: "T2-19-02",
          severity: "warning",
          message: `表二“${row.label}”：上一年项目数量 ${count} + 本年增/减 ${change} = ${count + change}，事项数量不能为负`,
          cells: [`t2.${row.id}.items_last_year`, `t2.${row.id}.items_change`],
        });
      }
    },
  },
];
