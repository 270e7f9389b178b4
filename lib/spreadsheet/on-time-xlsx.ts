import ExcelJS from "exceljs";

import { nameThenYear } from "@/lib/report/title";
import { ON_TIME_HEADER, onTimeCells, onTimeSummary, type TOnTimeReport } from "@/lib/workflow/on-time";

/**
 * The on-time report as .xlsx (exceljs): sheet “按时公布情况” with a title, the summary (按时公布率), the header
 * and a row per office; sheet “尚未报送” lists the offices that have not submitted. Returns the file's bytes.
 */
export const buildOnTimeWorkbook = async (
  report: TOnTimeReport,
  regionName: string,
): Promise<Uint8Array<ArrayBuffer>> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("按时公布情况");
  sheet.addRow([`${nameThenYear(regionName, report.year)}年度政府信息公开工作年度报告按时公布情况`]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([onTimeSummary(report)]);
  sheet.addRow([...ON_TIME_HEADER]).font = { bold: true };
  for (const row of report.rows) sheet.addRow(onTimeCells(row));
  sheet.columns.forEach((column, i) => {
    column.width = [28, 10, 12, 12, 24, 18, 8][i] ?? 12;
  });
  const missing = workbook.addWorksheet("尚未报送");
  missing.addRow(["机关", "状态"]).font = { bold: true };
  for (const row of report.rows.filter((r) => r.notSubmitted)) missing.addRow([row.officeName, row.status]);
  missing.getColumn(1).width = 28;
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
};
