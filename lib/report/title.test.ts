import { describe, expect, it } from "vitest";

import { asEdited, loadExample } from "@/lib/report/testing/fixtures";
import { evaluateReport } from "@/lib/rules/evaluate";

import { duplicateProblems } from "@/lib/import/batch";
import { buildOnTimeWorkbook } from "@/lib/spreadsheet/on-time-xlsx";

import { nameThenYear, reportTitle, standardTitle } from "./title";

describe("standardTitle (template-spec §3.4)", () => {
  it("joins name, year and the suffix", () => {
    expect(standardTitle(" 示范区教育局 ", 2025)).toBe("示范区教育局2025年政府信息公开工作年度报告");
  });

  it("keeps the year apart from a name that ends in a digit, and the checker still takes the title", () => {
    for (const name of ["示范区第12", "示范区第１２"]) {
      const title = standardTitle(name, 2025);
      expect(title).toBe(`${name} 2025年政府信息公开工作年度报告`);
      const report = asEdited(loadExample("zhangdian2023"));
      report.details.agencyName = name;
      report.details.title = undefined;
      expect(reportTitle(report)).toBe(standardTitle(name, report.year));
      const titleRules = evaluateReport(report).filter((f) => f.ruleId === "C-04" || f.ruleId === "X-02");
      expect(titleRules).toEqual([]);
    }
  });
});

describe("nameThenYear: every name-and-year the app prints keeps them apart (tester2)", () => {
  it("spaces a name ending in a digit, not others", () => {
    expect(nameThenYear("示范区第12 ", 2025)).toBe("示范区第12 2025");
    expect(nameThenYear("示范区教育局", 2025)).toBe("示范区教育局2025");
  });

  it("批量导入's already-in-the-system message", () => {
    const [problem] = duplicateProblems([{ officeId: "a", year: 2022 }], { a: [2022] }, () => "示范区第12");
    expect(problem).toBe("示范区第12 2022年度的年报已在系统中，不再导入。");
  });

  it("the on-time workbook's title row", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const bytes = await buildOnTimeWorkbook(
      { year: 2025, rows: [], total: 0, published: 0, onTime: 0, rate: null, notSubmitted: [] },
      "示范区第12",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.getWorksheet("按时公布情况")?.getCell("A1").value).toBe(
      "示范区第12 2025年度政府信息公开工作年度报告按时公布情况",
    );
  });
});
