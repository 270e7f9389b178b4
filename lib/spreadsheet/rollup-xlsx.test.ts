import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { asEdited, loadExample, withCells } from "@/lib/report/testing/fixtures";
import { rollUpReports } from "@/lib/rollup/rollup";

import { buildRollupWorkbook } from "./rollup-xlsx";

const readBack = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
};

const base = asEdited(loadExample("zhangdian2023"));
const rolled = () => {
  const outcome = rollUpReports(
    [
      { name: "甲局", document: withCells(base, { "t3.new_received.natural_person": 2 }) },
      { name: "乙局", document: withCells(base, { "t3.new_received.natural_person": 3 }) },
    ],
    { agencyName: "区政府办" },
  );
  if (!outcome.ok) throw new Error(outcome.errors.join());
  return outcome.result;
};

const columnOf = (sheet: ExcelJS.Worksheet, row: string, col: string) => {
  for (let c = 2; c <= sheet.columnCount; c += 1) {
    if (sheet.getCell(2, c).value === row && sheet.getCell(3, c).value === col) return c;
  }
  throw new Error(`no column ${row}/${col}`);
};

describe("roll-up as .xlsx", () => {
  it("has a sheet per table with a row per office and a 合计 row, and the findings last", async () => {
    const { document, template } = rolled();
    const workbook = await readBack(
      await buildRollupWorkbook(template, document, [
        { office: "甲局", status: "已通过", findings: [] },
        {
          office: "乙局",
          status: "已发布",
          findings: [{ severity: "warning", ruleId: "C-03", message: "未说明收费" }],
        },
        { office: "丙局", status: "未报送", missing: true, findings: [] },
      ]),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["表二", "表三", "表四", "校验结果"]);
    const t3 = workbook.getWorksheet("表三")!;
    expect([4, 5, 6].map((r) => t3.getCell(r, 1).value)).toEqual(["甲局", "乙局", "合计"]);
    const c = columnOf(t3, template.cellById.get("t3.new_received.natural_person")!.rowLabel, "自然人");
    expect([t3.getCell(4, c).value, t3.getCell(5, c).value]).toEqual([2, 3]);
    const total = t3.getCell(6, c).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^SUM\([A-Z]+4:[A-Z]+5\)$/);
    expect(total.result).toBe(5);
    expect(t3.getCell(7, 1).value).toBeNull(); // nothing overridden: no 采用数 row
    const findings = workbook.getWorksheet("校验结果")!;
    expect(findings.getRow(3).values).toEqual([undefined, "乙局", "已发布", "警告", "C-03", "未说明收费"]);
    expect(findings.getRow(4).values).toEqual([undefined, "丙局", "未报送", "", "", "未纳入汇总"]);
    expect(findings.getCell(2, 5).value).toBe("未发现问题");
  });

  // Issue 16 reported 0 totals without a cached result: the file has <v>0</v>; exceljs' `cell.value` getter drops a
  // falsy result when read back (`cell.result` does not). This guards the file, read back the right way.
  it("stores the cached result of every 合计 formula, 0 included (a viewer that does not recalculate shows it)", async () => {
    const { document, template } = rolled();
    const workbook = await readBack(await buildRollupWorkbook(template, document, []));
    const totals = workbook.worksheets
      .filter((sheet) => sheet.name !== "校验结果")
      .flatMap((sheet) => {
        const row = sheet.getRow(6);
        const cells: ExcelJS.Cell[] = [];
        row.eachCell((cell) => cells.push(cell));
        return cells.filter((cell) => cell.formula);
      });
    expect(totals.length).toBeGreaterThan(10);
    const results = totals.map((cell) => cell.result);
    expect(results.every((r) => typeof r === "number")).toBe(true);
    expect(results).toContain(0);
    expect(results).toContain(5);
  });

  it("adds the figures the report uses where a summed cell was overridden", async () => {
    const { document, template } = rolled();
    document.cells["t3.new_received.natural_person"] = 9;
    const t3 = (await readBack(await buildRollupWorkbook(template, document, []))).getWorksheet("表三")!;
    const c = columnOf(t3, template.cellById.get("t3.new_received.natural_person")!.rowLabel, "自然人");
    expect(t3.getCell(7, 1).value).toBe("汇总报告采用数（含调整）");
    expect(t3.getCell(7, c).value).toBe(9);
  });
});
