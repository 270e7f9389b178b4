import ExcelJS from "exceljs";

import type { TReportDocument } from "@/lib/report/schema";
import { reportTitle } from "@/lib/report/title";
import { resolveValues } from "@/lib/report/values";
import type { TReportTemplate, TTableId } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

/** One office's findings for the last sheet (the service evaluates each subordinate report with lib/rules). */
export interface TRollupSheetFindings {
  office: string;
  /** 审核状态 as shown on the 审核台, e.g. “已通过”, or “未报送” for a missing office. */
  status: string;
  /** Chosen but not summed (no approved or published report): listed without findings. */
  missing?: boolean;
  findings: { severity: "error" | "warning" | "info"; ruleId: string; message: string }[];
}

const TABLE_IDS: readonly TTableId[] = ["t2", "t3", "t4"];
const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;
const HEADER_ROWS = 3;

const columnLetter = (column: number): string => {
  let n = column;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/**
 * A roll-up (lib/rollup) as the .xlsx offices circulate for internal sign-off: one sheet per table (表二, 表三,
 * 表四) with a column per cell (header rows: row label, column label), a row per contributing office (its
 * value of every cell, totals as its report prints them), a 合计 row of `SUM` formulas with the values
 * cached, and — where a cell of the roll-up was overridden — a 汇总报告采用数 row with the figures the report
 * uses. The last sheet, 校验结果, lists each office's status and findings. Throws when `document` is no roll-up.
 */
export const buildRollupWorkbook = async (
  template: TReportTemplate,
  document: TReportDocument,
  findings: readonly TRollupSheetFindings[],
): Promise<Uint8Array<ArrayBuffer>> => {
  const rollup = document.rollup;
  if (!rollup) throw new Error("不是汇总报告");
  const values = resolveValues(template, document);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "年报通";
  workbook.created = new Date(Date.UTC(document.year + 1, 0, 1));
  for (const tableId of TABLE_IDS) {
    const sheet = workbook.addWorksheet(TABLE_NAMES[tableId]);
    const cells = template.cells.filter((cell) => cell.table === tableId);
    sheet.getCell(1, 1).value =
      `${reportTitle(document)} ${TABLE_NAMES[tableId]} ${template.tables[tableId].title}（汇总）`;
    sheet.getCell(1, 1).font = { bold: true, size: 13 };
    sheet.getCell(2, 1).value = "行";
    sheet.getCell(3, 1).value = "机关 \\ 列";
    cells.forEach((cell, i) => {
      sheet.getCell(2, i + 2).value = cell.rowLabel;
      sheet.getCell(3, i + 2).value = cell.colLabel;
      for (const r of [2, 3]) sheet.getCell(r, i + 2).alignment = { wrapText: true, vertical: "top" };
    });
    sheet.getRow(2).font = { bold: true };
    sheet.getRow(3).font = { bold: true };
    rollup.offices.forEach((office, p) => {
      const r = HEADER_ROWS + 1 + p;
      sheet.getCell(r, 1).value = office.name;
      cells.forEach((cell, i) => {
        const value = rollup.contributions[cell.id]?.[p];
        sheet.getCell(r, i + 2).value = value ?? null;
      });
    });
    const totalRow = HEADER_ROWS + rollup.offices.length + 1;
    sheet.getCell(totalRow, 1).value = "合计";
    let overridden = false;
    cells.forEach((cell, i) => {
      const letter = columnLetter(i + 2);
      const sum = (rollup.contributions[cell.id] ?? []).reduce<number>((a, v) => a + (v ?? 0), 0);
      const result = Math.round(sum * 10_000) / 10_000;
      sheet.getCell(totalRow, i + 2).value = {
        formula: `SUM(${letter}${HEADER_ROWS + 1}:${letter}${totalRow - 1})`,
        result,
      };
      const used = values.effectiveAt[cell.index];
      if (used !== null && used !== undefined && used !== result) overridden = true;
    });
    sheet.getRow(totalRow).font = { bold: true };
    if (overridden) {
      sheet.getCell(totalRow + 1, 1).value = "汇总报告采用数（含调整）";
      cells.forEach(
        (cell, i) => (sheet.getCell(totalRow + 1, i + 2).value = values.effectiveAt[cell.index] ?? null),
      );
    }
    sheet.getColumn(1).width = 28;
    for (let c = 2; c <= cells.length + 1; c += 1) sheet.getColumn(c).width = 14;
    sheet.views = [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROWS }];
  }
  const sheet = workbook.addWorksheet("校验结果");
  sheet.addRow(["机关", "状态", "严重程度", "规则", "说明"]).font = { bold: true };
  for (const office of findings) {
    if (office.findings.length === 0)
      sheet.addRow([office.office, office.status, "", "", office.missing ? "未纳入汇总" : "未发现问题"]);
    for (const finding of office.findings) {
      sheet.addRow([
        office.office,
        office.status,
        SEVERITY[finding.severity],
        finding.ruleId,
        finding.message,
      ]);
    }
  }
  sheet.columns = [{ width: 28 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 100 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
