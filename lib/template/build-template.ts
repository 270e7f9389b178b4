import { TABLE_NAMES } from "./labels";
import { buildSections } from "./sections";
import { buildTable2 } from "./table2";
import { buildTable3 } from "./table3";
import { buildTable4 } from "./table4";
import { templateError } from "./template-error";
import type { TCellDef, TCellSpec, TFormatDefinition, TFormatVersion, TReportTemplate } from "./types";

const indexCells = (cells: TCellSpec[]): TCellDef[] => {
  const indexById = new Map(cells.map((cell, index) => [cell.id, index]));
  return cells.map((cell, index) => {
    if (!cell.sumOf) return { ...cell, index };
    const sumOfIndex = cell.sumOf.map((id) => {
      const part = indexById.get(id);
      if (part === undefined) throw templateError(`${cell.id} 引用了不存在的单元格 ${id}`);
      return part;
    });
    return { ...cell, index, sumOfIndex };
  });
};

/** Sums of input cells first, then sums of sums (table 三's （七）总计 × 总计). */
const orderDerived = (cells: TCellDef[]): TCellDef[] => {
  const derived = cells.filter((cell) => cell.sumOfIndex);
  const isDerived = (index: number) => cells[index]?.sumOfIndex !== undefined;
  const direct = derived.filter((cell) => !cell.sumOfIndex?.some(isDerived));
  const nested = derived.filter((cell) => cell.sumOfIndex?.some(isDerived));
  if (nested.some((cell) => cell.sumOfIndex?.some((part) => nested.includes(cells[part] as TCellDef)))) {
    throw templateError("总计的嵌套超过两层");
  }
  return [...direct, ...nested];
};

const PARTS = [
  ["table2", TABLE_NAMES.t2],
  ["table3", TABLE_NAMES.t3],
  ["section6", "第六部分"],
] as const;

/**
 * A format definition → the template every consumer reads: the shared sections and tables with the
 * definition's differences, every value cell numbered and its totals ordered.
 * Throws `模板错误：…` when the definition lacks a part or its data do not fit the shared layout.
 */
export const buildTemplate = (format: TFormatDefinition<TFormatVersion>): TReportTemplate => {
  for (const [part, name] of PARTS) {
    if (!format[part]) throw templateError(`格式 ${format.version}（${format.documentNo}）未定义${name}`);
  }
  const t2 = buildTable2(format.table2);
  const t3 = buildTable3(format.table3);
  const t4 = buildTable4();
  const cells = indexCells([...t2.cells, ...t3.cells, ...t4.cells]);
  const duplicate = cells.find((cell, index) => cells.findIndex((other) => other.id === cell.id) !== index);
  if (duplicate) throw templateError(`格式 ${format.version} 的单元格 ${duplicate.id} 出现了两次`);
  return {
    version: format.version,
    documentNo: format.documentNo,
    name: `中华人民共和国政府信息公开工作年度报告格式（${format.documentNo}）`,
    years: format.years,
    format,
    sections: buildSections(format.section6),
    tables: { t2: t2.table, t3: t3.table, t4: t4.table },
    cells,
    cellById: new Map(cells.map((cell) => [cell.id, cell])),
    derivedOrder: orderDerived(cells),
  };
};
