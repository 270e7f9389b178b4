import { buildSections } from "./sections";
import { buildTable2 } from "./table2";
import { buildTable3 } from "./table3";
import { buildTable4 } from "./table4";
import type { TCellDef, TCellSpec, TFormatVersion, TReportTemplate } from "./types";

export type * from "./types";

const DOCUMENT = {
  2021: { documentNo: "国办公开办函〔2021〕30号", years: { from: 2021 } },
  2019: { documentNo: "国办公开办函〔2019〕60号", years: { from: 2019, to: 2020 } },
} as const;

export const FORMAT_VERSIONS: readonly TFormatVersion[] = [2019, 2021];

const indexCells = (cells: TCellSpec[]): TCellDef[] => {
  const indexById = new Map(cells.map((cell, index) => [cell.id, index]));
  return cells.map((cell, index) => {
    if (!cell.sumOf) return { ...cell, index };
    const sumOfIndex = cell.sumOf.map((id) => {
      const part = indexById.get(id);
      if (part === undefined) throw new Error(`模板错误：${cell.id} 引用了不存在的单元格 ${id}`);
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
    throw new Error("模板错误：总计的嵌套超过两层");
  }
  return [...direct, ...nested];
};

const buildTemplate = (version: TFormatVersion): TReportTemplate => {
  const t2 = buildTable2(version);
  const t3 = buildTable3(version);
  const t4 = buildTable4();
  const cells = indexCells([...t2.cells, ...t3.cells, ...t4.cells]);
  return {
    version,
    ...DOCUMENT[version],
    name: `中华人民共和国政府信息公开工作年度报告格式（${DOCUMENT[version].documentNo}）`,
    sections: buildSections(version),
    tables: { t2: t2.table, t3: t3.table, t4: t4.table },
    cells,
    cellById: new Map(cells.map((cell) => [cell.id, cell])),
    derivedOrder: orderDerived(cells),
  };
};

const TEMPLATES: Record<TFormatVersion, TReportTemplate> = { 2019: buildTemplate(2019), 2021: buildTemplate(2021) };

export const getTemplate = (version: TFormatVersion): TReportTemplate => TEMPLATES[version];

/** First report year of the national format (the 2019 条例 revision); earlier years are not supported. */
export const FIRST_SUPPORTED_YEAR = 2019;

/** 2019 and 2020 reports follow 〔2019〕60号; 2021 onward 〔2021〕30号. */
export const formatVersionForYear = (year: number): TFormatVersion => (year <= 2020 ? 2019 : 2021);

export const isSupportedYear = (year: number): boolean => Number.isInteger(year) && year >= FIRST_SUPPORTED_YEAR && year <= 2100;

export const isFormatVersion = (value: unknown): value is TFormatVersion => value === 2019 || value === 2021;
