import type { TReportTemplate } from "@/lib/template";
import { T3_APPLICANT_COLUMNS, T3_COLUMNS, T3_ROW_LABELS, t3ResultRowIds } from "@/lib/template/table3";

import { show, termList } from "./format";
import { indexOf, perTemplate, sumAt } from "./plan";
import type { TRule } from "./types";

/** Table 三 tie-outs (template-spec §3.8). */

const id = (row: string, column: string) => `t3.${row}.${column}`;

const SHORT = { new_received: "本年新收", carried_over: "上年结转", results_total: "办理结果总计", carried_forward: "结转下年度" } as const;

const plan = perTemplate((template: TReportTemplate) => {
  const at = (row: string, column: string) => indexOf(template, id(row, column));
  const resultRows = t3ResultRowIds(template.version);
  return {
    balance: T3_COLUMNS.map((column) => ({
      column,
      ids: ["new_received", "carried_over", "results_total", "carried_forward"].map((row) => id(row, column.id)),
      indexes: ["new_received", "carried_over", "results_total", "carried_forward"].map((row) => at(row, column.id)),
    })),
    results: T3_COLUMNS.map((column) => ({
      column,
      total: at("results_total", column.id),
      parts: resultRows.map((row) => at(row, column.id)),
    })),
    rows: template.cells
      .filter((cell) => cell.table === "t3" && cell.colId === "total")
      .map((cell) => ({ cell, parts: T3_APPLICANT_COLUMNS.map((column) => at(cell.rowId, column)) })),
    carriedOver: T3_COLUMNS.map((column) => ({ column, index: at("carried_over", column.id), id: id("carried_over", column.id) })),
  };
});

export const TABLE3_RULES: TRule[] = [
  {
    id: "T3-01",
    severity: "error",
    title: "表三每列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理",
    check: ({ template, values, emit }) => {
      for (const { column, ids, indexes } of plan(template).balance) {
        const [a, b, c, d] = indexes.map((index) => values.effectiveAt[index] ?? null);
        if (a == null || b == null || c == null || d == null || a + b === c + d) continue;
        emit({
          ruleId: "T3-01",
          severity: "error",
          message:
            `表三“${column.label}”列：${SHORT.new_received} ${a} + ${SHORT.carried_over} ${b} ≠ ` +
            `${SHORT.results_total} ${c} + ${SHORT.carried_forward} ${d}（${a + b} ≠ ${c + d}）`,
          cells: ids,
        });
      }
    },
  },
  {
    id: "T3-02",
    severity: "error",
    title: "表三每列：（七）总计 = 各项办理结果之和",
    check: ({ template, values, emit }) => {
      for (const { column, total: totalIndex, parts } of plan(template).results) {
        const total = values.effectiveAt[totalIndex] ?? null;
        const partSum = sumAt(values.effectiveAt, parts);
        if (total === null || partSum === null || partSum === total) continue;
        const partCells = parts.map((index) => template.cells[index]);
        const terms = partCells.map((cell) => ({ label: cell?.rowLabel ?? "", value: cell ? (values.effectiveAt[cell.index] ?? null) : null }));
        emit({
          ruleId: "T3-02",
          severity: "error",
          message: `表三“${column.label}”列：${T3_ROW_LABELS.results_total} ${total} ≠ 各项办理结果之和 ${partSum}（${termList(terms)}）`,
          cells: [template.cells[totalIndex]?.id ?? "", ...partCells.map((cell) => cell?.id ?? "")],
        });
      }
    },
  },
  {
    id: "T3-03",
    severity: "error",
    title: "表三每行：总计 = 六类申请人之和",
    check: ({ template, values, emit }) => {
      for (const { cell, parts } of plan(template).rows) {
        const total = values.effectiveAt[cell.index] ?? null;
        const partSum = sumAt(values.effectiveAt, parts);
        if (total === null || partSum === null || partSum === total) continue;
        const terms = T3_COLUMNS.slice(0, 6).map((column, i) => ({ label: column.label, value: values.effectiveAt[parts[i] ?? -1] ?? null }));
        emit({
          ruleId: "T3-03",
          severity: "error",
          message: `表三“${cell.rowLabel}”行：总计 ${total} ≠ 各类申请人之和 ${partSum}（${termList(terms, true)}）`,
          cells: [cell.id, ...parts.map((index) => template.cells[index]?.id ?? "")],
        });
      }
    },
  },
  {
    id: "T3-05",
    severity: "warning",
    title: "表三每列：本年“二、上年结转” = 上年度报告“四、结转下年度继续办理”",
    check: ({ template, values, lastYear, emit }) => {
      if (!lastYear) return;
      for (const { column, index, id: cellId } of plan(template).carriedOver) {
        const current = values.effectiveAt[index] ?? null;
        const previous = lastYear.values.effective(id("carried_forward", column.id));
        if (current === null || previous === null || current === previous) continue;
        emit({
          ruleId: "T3-05",
          severity: "warning",
          message:
            `表三“${column.label}”列：本年“${T3_ROW_LABELS.carried_over}” ${show(current)} ≠ ` +
            `${lastYear.report.year}年度报告“${T3_ROW_LABELS.carried_forward}” ${show(previous)}`,
          cells: [cellId],
        });
      }
    },
  },
];
