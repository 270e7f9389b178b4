import type { TReportTemplate } from "@/lib/template";
import { columnPlace, rowPlace } from "@/lib/template/labels";
import {
  T3_APPLICANT_COLUMNS,
  T3_COLUMNS,
  T3_ROW_LABELS,
  T3_ROW_SHORT_LABELS as SHORT,
  t3ResultRowIds,
} from "@/lib/template/table3";

import { show, termList } from "./format";
import { checkIdentity, indexOf, perTemplate, type TIdentityCheck } from "./plan";
import type { TRule } from "./types";

/** Table 三 tie-outs (template-spec §3.8). */

/** The tail of a message when blanks leave one side unknown but its filled cells already exceed the other. */
export const boundNote = (
  check: Extract<TIdentityCheck, { exact: false }>,
  sides: [string, string],
): string => {
  const [known, open] = check.known === "left" ? sides : [sides[1], sides[0]];
  return `（含未填写的单元格；${open}已填的数字合计至少 ${check.atLeast}，已大于${known} ${check.knownValue}）`;
};

const id = (row: string, column: string) => `t3.${row}.${column}`;

const plan = perTemplate((template: TReportTemplate) => {
  const at = (row: string, column: string) => indexOf(template, id(row, column));
  const resultRows = t3ResultRowIds(template.format.table3);
  return {
    balance: T3_COLUMNS.map((column) => ({
      column,
      ids: ["new_received", "carried_over", "results_total", "carried_forward"].map((row) =>
        id(row, column.id),
      ),
      indexes: ["new_received", "carried_over", "results_total", "carried_forward"].map((row) =>
        at(row, column.id),
      ),
    })),
    results: T3_COLUMNS.map((column) => ({
      column,
      total: at("results_total", column.id),
      parts: resultRows.map((row) => at(row, column.id)),
    })),
    rows: template.cells
      .filter((cell) => cell.table === "t3" && cell.colId === "total")
      .map((cell) => ({ cell, parts: T3_APPLICANT_COLUMNS.map((column) => at(cell.rowId, column)) })),
    carriedOver: T3_COLUMNS.map((column) => ({
      column,
      index: at("carried_over", column.id),
      id: id("carried_over", column.id),
    })),
  };
});

export const TABLE3_RULES: TRule[] = [
  {
    id: "T3-01",
    severity: "error",
    title: "表三每列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理",
    check: ({ template, values, emit }) => {
      for (const { column, ids, indexes } of plan(template).balance) {
        const [a = null, b = null, c = null, d = null] = indexes.map(
          (index) => values.effectiveAt[index] ?? null,
        );
        const check = checkIdentity(template, values.effectiveAt, indexes.slice(0, 2), indexes.slice(2));
        if (check.holds) continue;
        const formula =
          `${columnPlace("t3", column.label)}：${SHORT.new_received} ${show(a)} + ${SHORT.carried_over} ${show(b)} ≠ ` +
          `${SHORT.results_total} ${show(c)} + ${SHORT.carried_forward} ${show(d)}`;
        emit({
          ruleId: "T3-01",
          severity: "error",
          message: check.exact
            ? `${formula}（${check.left} ≠ ${check.right}）`
            : formula + boundNote(check, ["左边", "右边"]),
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
        const check = checkIdentity(template, values.effectiveAt, [totalIndex], parts);
        if (check.holds || total === null) continue;
        const partSum = check.exact ? check.right : `至少 ${check.atLeast}（含未填写的单元格）`;
        const partCells = parts.map((index) => template.cells[index]);
        const terms = partCells.map((cell) => ({
          label: cell?.rowLabel ?? "",
          value: cell ? (values.effectiveAt[cell.index] ?? null) : null,
        }));
        emit({
          ruleId: "T3-02",
          severity: "error",
          message: `${columnPlace("t3", column.label)}：${T3_ROW_LABELS.results_total} ${total} ≠ 各项办理结果之和 ${partSum}（${termList(terms)}）`,
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
        const check = checkIdentity(template, values.effectiveAt, [cell.index], parts);
        if (check.holds || total === null) continue;
        const partSum = check.exact ? check.right : `至少 ${check.atLeast}（含未填写的单元格）`;
        const terms = T3_COLUMNS.slice(0, 6).map((column, i) => ({
          label: column.label,
          value: values.effectiveAt[parts[i] ?? -1] ?? null,
        }));
        emit({
          ruleId: "T3-03",
          severity: "error",
          message: `${rowPlace("t3", cell.rowLabel)}：总计 ${total} ≠ 各类申请人之和 ${partSum}（${termList(terms, true)}）`,
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
            `${columnPlace("t3", column.label)}：本年“${T3_ROW_LABELS.carried_over}” ${show(current)} ≠ ` +
            `${lastYear.report.year}年度报告“${T3_ROW_LABELS.carried_forward}” ${show(previous)}`,
          cells: [cellId],
        });
      }
    },
  },
];
