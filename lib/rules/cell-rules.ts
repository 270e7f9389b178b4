import { CELL_PROBLEM_TEXT } from "@/lib/report/cell-value";
import { getTemplate, type TTableId } from "@/lib/template";

import { cellPlace } from "./format";
import type { TRule } from "./types";

/** Every cell of a table holds a valid number of its kind (T2-01, T3-04, T4-04). */
const cellValidity = (id: string, table: TTableId, title: string): TRule => ({
  id,
  severity: "error",
  title,
  check: ({ template, report, values, emit }) => {
    for (const cell of template.cells) {
      if (cell.table !== table) continue;
      const parsed = cell.sumOf ? values.printed[cell.index] : values.parsed[cell.index];
      const problem = parsed?.problem;
      if (!problem || problem === "fullwidth") continue;
      const printed = cell.sumOf ? "（原报告印出的总计）" : "";
      const raw = cell.sumOf ? report.printedTotals?.[cell.id] : report.cells[cell.id];
      const shown = problem === "blank" ? "" : `：“${String(raw)}”`;
      emit({ ruleId: id, severity: "error", message: `${cellPlace(cell)}${printed}${CELL_PROBLEM_TEXT[problem]}${shown}`, cells: [cell.id], problem });
    }
  },
});

export const CELL_RULES: TRule[] = [
  cellValidity("T2-01", "t2", "表二：件数为非负整数，收费金额为不小于 0 的数字，不含单位"),
  cellValidity("T3-04", "t3", "表三：全部单元格为非负整数，无空白"),
  cellValidity("T4-04", "t4", "表四：全部单元格为非负整数，无空白"),
  {
    id: "CELL-01",
    severity: "warning",
    title: "单元格使用全角数字",
    // Imported reports often use full-width digits throughout a table: one finding per table, not one per cell.
    check: ({ template, values, emit }) => {
      for (const table of ["t2", "t3", "t4"] as const) {
        const cells = template.cells.filter((cell) => {
          if (cell.table !== table) return false;
          const parsed = cell.sumOf ? values.printed[cell.index] : values.parsed[cell.index];
          return parsed?.problem === "fullwidth";
        });
        const first = cells[0];
        if (!first) continue;
        const example = cells.length > 1 ? `等 ${cells.length} 个单元格` : "";
        emit({
          ruleId: "CELL-01",
          severity: "warning",
          message: `${cellPlace(first)}${example}使用了全角数字（如“０”），已按对应的半角数字计算，请改为半角数字`,
          cells: cells.map((cell) => cell.id),
        });
      }
    },
  },
  {
    id: "DATA-01",
    severity: "error",
    title: "单元格编号不属于本报告的格式",
    check: ({ template, report, emit }) => {
      const other = getTemplate(template.version === 2021 ? 2019 : 2021);
      for (const id of Object.keys(report.cells)) {
        const cell = template.cellById.get(id);
        if (cell && !cell.sumOf) continue;
        if (cell?.sumOf) {
          emit({ ruleId: "DATA-01", severity: "error", message: `${cellPlace(cell)}是自动计算的总计，不能录入（导入报告的总计请放在 printedTotals 中）`, cells: [id] });
          continue;
        }
        const foreign = other.cellById.get(id);
        const message = foreign
          ? `单元格“${id}”（${cellPlace(foreign)}）只属于${other.documentNo}格式，${report.year}年度报告适用${template.documentNo}格式`
          : `未知单元格“${id}”，国家格式中没有这一栏`;
        emit({ ruleId: "DATA-01", severity: "error", message, cells: [] });
      }
    },
  },
];
