import { CELL_PROBLEM_TEXT } from "@/lib/report/cell-value";
import { listOtherTemplates, type TTableId } from "@/lib/template";
import { cellPlace, columnPlace, rowPlace, TABLE_NAMES } from "@/lib/template/labels";
import type { TReportValues } from "@/lib/report/values";
import type { TCellDef } from "@/lib/template";

import { blanksMeanZero } from "./blank-zeros";
import type { TFinding, TRule } from "./types";

/** The reading of a cell a finding is about: the typed value, or the printed total of an imported report. */
const readingOf = (values: TReportValues, cell: TCellDef) =>
  cell.sumOf ? values.printed[cell.index] : values.parsed[cell.index];

const MIN_GROUP = 2;

/** A cell printed “/” or a dash: how offices write “none” (T3-06 counts these with the blanks). */
const DASH_TEXT = /^[/／\\—\-–]+$/;
const isDashText = (raw: unknown): boolean => typeof raw === "string" && DASH_TEXT.test(raw.trim());
/** From this many blank findings in one table of a published report whose blanks mean 0, one finding says it all. */
const MIN_BLANK_FINDINGS_TO_JOIN = 3;

/**
 * The blank findings of a table joined into one when they stand for 0 (./blank-zeros.ts): the finding keeps
 * every blank cell (the editor marks each; 未填 still counts one 处 per cell) and says how many are printed totals.
 */
const joinBlanks = (
  id: string,
  table: TTableId,
  found: { at: number; finding: TFinding }[],
  isPrintedTotal: (cellId: string) => boolean,
): { at: number; finding: TFinding }[] => {
  const blanks = found.filter(({ finding }) => finding.problem === "blank");
  const first = blanks[0];
  if (!first || blanks.length < MIN_BLANK_FINDINGS_TO_JOIN) return found;
  const cells = blanks.flatMap(({ finding }) => finding.cells);
  const totals = cells.filter(isPrintedTotal).length;
  const totalsNote = totals ? `；其中 ${totals} 格是原报告没有印出的总计` : "";
  const joined: TFinding = {
    ruleId: id,
    severity: "error",
    message: `${TABLE_NAMES[table]}有 ${cells.length} 格空白，按 0 计算时本表的合计和勾稽关系都成立，应是“没有”的地方没有填 0（国家格式要求填 0）${totalsNote}`,
    cells,
    problem: "blank",
  };
  return [{ at: first.at, finding: joined }, ...found.filter(({ finding }) => finding.problem !== "blank")];
};

/**
 * Every cell of a table holds a valid number of its kind (T2-01, T3-04, T4-04). A row or column left wholly
 * blank is one finding (“表三“（一）予以公开”行整行 7 格未填写”), not one per cell: a real report left whole
 * 法人 columns empty, 125 cells (issue 12 §3). Computed totals of an edited report are never blank.
 */
const cellValidity = (id: string, table: TTableId, title: string): TRule => ({
  id,
  severity: "error",
  title,
  check: ({ template, report, values, emit }) => {
    const cells = template.cells.filter(
      (cell) => cell.table === table && readingOf(values, cell) !== undefined,
    );
    const isBlank = (cell: TCellDef) => readingOf(values, cell)?.problem === "blank";
    const found: { at: number; finding: TFinding }[] = [];
    const covered = new Set<string>();
    // A line wholly “/” is one finding too (an imported report printed 139 of them, tester of issue 12).
    const isDash = (cell: TCellDef) =>
      readingOf(values, cell)?.problem !== undefined &&
      isDashText(cell.sumOf ? report.printedTotals?.[cell.id] : report.cells[cell.id]);
    const wholeLines = (
      key: "rowId" | "colId",
      place: (cell: TCellDef) => string,
      word: string,
      test: (cell: TCellDef) => boolean = isBlank,
    ) => {
      const lines = new Map<string, TCellDef[]>();
      for (const cell of cells) lines.set(cell[key], [...(lines.get(cell[key]) ?? []), cell]);
      for (const line of lines.values()) {
        const first = line[0];
        if (!first || line.length < MIN_GROUP || !line.every(test)) continue;
        const fresh = line.filter((cell) => !covered.has(cell.id));
        if (fresh.length === 0) continue;
        for (const cell of line) covered.add(cell.id);
        found.push({
          at: first.index,
          finding: {
            ruleId: id,
            severity: "error",
            message: `${place(first)}${word} ${line.length} 格${test === isBlank ? "未填写" : "为“/”等符号，不是数字"}（没有的请填 0）`,
            cells: fresh.map((cell) => cell.id),
            problem: readingOf(values, first)?.problem ?? "blank",
          },
        });
      }
    };
    wholeLines("rowId", (cell) => rowPlace(table, cell.rowLabel), "整行");
    wholeLines("colId", (cell) => columnPlace(table, cell.colLabel), "整列");
    wholeLines("rowId", (cell) => rowPlace(table, cell.rowLabel), "整行", isDash);
    wholeLines("colId", (cell) => columnPlace(table, cell.colLabel), "整列", isDash);
    for (const cell of cells) {
      if (covered.has(cell.id)) continue;
      const problem = readingOf(values, cell)?.problem;
      // Full-width digits are CELL-01's (a warning); more than 4 decimals is T2-05's (a warning).
      if (!problem || problem === "fullwidth" || problem === "precision") continue;
      const printed = cell.sumOf ? "（原报告印出的总计）" : "";
      const raw = cell.sumOf ? report.printedTotals?.[cell.id] : report.cells[cell.id];
      const shown = problem === "blank" ? "" : `：“${String(raw)}”`;
      found.push({
        at: cell.index,
        finding: {
          ruleId: id,
          severity: "error",
          message: `${cellPlace(cell)}${printed}${CELL_PROBLEM_TEXT[problem]}${shown}`,
          cells: [cell.id],
          problem,
        },
      });
    }
    const joined = blanksMeanZero(report, values, table)
      ? joinBlanks(id, table, found, (cellId) => Boolean(template.cellById.get(cellId)?.sumOf))
      : found;
    for (const { finding } of joined.sort((a, b) => a.at - b.at)) emit(finding);
  },
});

/** Most of 表三 blank or “/”: the table was not really filled in (issue 12 §10). */
const MOSTLY_EMPTY_SHARE = 0.5;

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
      for (const table of Object.keys(TABLE_NAMES) as TTableId[]) {
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
    id: "T2-05",
    severity: "warning",
    title: "表二：收费金额超过 4 位小数（国家格式未规定位数，可在配置中调整级别）",
    check: ({ template, values, report, emit }) => {
      for (const cell of template.cells) {
        if (cell.table !== "t2" || values.parsed[cell.index]?.problem !== "precision") continue;
        emit({
          ruleId: "T2-05",
          severity: "warning",
          message: `${cellPlace(cell)}“${String(report.cells[cell.id])}”超过 4 位小数；万元金额一般保留至多 4 位小数（即精确到元）`,
          cells: [cell.id],
        });
      }
    },
  },
  {
    id: "T3-06",
    severity: "warning",
    title: "表三不能徒有其名：大部分单元格空白或为“/”",
    check: ({ template, report, values, emit }) => {
      const cells = template.cells.filter((cell) => cell.table === "t3" && !cell.sumOf);
      const empty = cells.filter((cell) => {
        const reading = values.parsed[cell.index];
        const raw = report.cells[cell.id];
        return reading?.problem === "blank" || isDashText(raw);
      });
      if (cells.length === 0 || empty.length / cells.length <= MOSTLY_EMPTY_SHARE) return;
      // A published table whose blanks stand for 0 (./blank-zeros.ts) was filled in, sparsely: say that, not “没有填写”.
      const what = blanksMeanZero(report, values, "t3")
        ? "按 0 计算时合计成立，但留空和“/”让读者分不清“没有”和“漏填”"
        : "表格实际没有填写";
      emit({
        ruleId: "T3-06",
        severity: "warning",
        message: `${TABLE_NAMES.t3}的 ${cells.length} 个单元格中有 ${empty.length} 个空白或为“/”，${what}；没有的请填 0`,
        cells: [],
        sectionId: "s3",
      });
    },
  },
  {
    id: "DATA-01",
    severity: "error",
    title: "单元格编号不属于本报告的格式",
    check: ({ template, report, emit }) => {
      const others = listOtherTemplates(template.version);
      for (const id of Object.keys(report.cells)) {
        const cell = template.cellById.get(id);
        if (cell && !cell.sumOf) continue;
        if (cell?.sumOf) {
          emit({
            ruleId: "DATA-01",
            severity: "error",
            message: `${cellPlace(cell)}是自动计算的总计，不能录入（导入报告的总计请放在 printedTotals 中）`,
            cells: [id],
          });
          continue;
        }
        const owners = others.filter((other) => other.cellById.has(id));
        const foreign = owners[0]?.cellById.get(id);
        const message = foreign
          ? `单元格“${id}”（${cellPlace(foreign)}）只属于${owners.map((other) => other.documentNo).join("、")}格式，${report.year}年度报告适用${template.documentNo}格式`
          : `未知单元格“${id}”，国家格式中没有这一栏`;
        emit({ ruleId: "DATA-01", severity: "error", message, cells: [] });
      }
    },
  },
];
