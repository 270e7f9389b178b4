import { readFileSync } from "node:fs";
import path from "node:path";

import { ZReportDocument, type TCellValue, type TReportDocument } from "../schema";

/** The seed reports transcribed in docs/examples, as parsed documents, for tests. */
export const EXAMPLES = {
  /** 枣庄高新区党政综合办公室 2021 (2021 format), all tables zero. */
  gaoxin2021: "2021-zaozhuang-gaoxin.json",
  /** 枣庄市山亭区人民政府 2020 (2019 format), full-width digits and text in a cell. */
  shanting2020: "2020-shanting.json",
  /** 山东张店经济开发区管理委员会 2023 (2021 format), one request from a 商业企业. */
  zhangdian2023: "2023-zhangdian-kaifaqu.json",
} as const;

export const examplePath = (name: keyof typeof EXAMPLES): string =>
  path.resolve(import.meta.dirname, "../../../docs/examples", EXAMPLES[name]);

export const loadExample = (name: keyof typeof EXAMPLES): TReportDocument =>
  ZReportDocument.parse(JSON.parse(readFileSync(examplePath(name), "utf8")));

/** A copy of the report as the editor would hold it: typed cells only, no printed totals. */
export const asEdited = (report: TReportDocument): TReportDocument => {
  const edited = structuredClone(report);
  delete edited.printedTotals;
  return { ...edited, source: { kind: "editor" } };
};

export const withCells = (
  report: TReportDocument,
  changes: Record<string, TCellValue | undefined>,
): TReportDocument => {
  const next = structuredClone(report);
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete next.cells[id];
    else next.cells[id] = value;
  }
  return next;
};

export const withPrinted = (
  report: TReportDocument,
  changes: Record<string, TCellValue>,
): TReportDocument => {
  const next = structuredClone(report);
  next.printedTotals = { ...next.printedTotals, ...changes };
  return next;
};
