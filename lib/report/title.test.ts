import { describe, expect, it } from "vitest";

import { asEdited, loadExample } from "@/lib/report/testing/fixtures";
import { evaluateReport } from "@/lib/rules/evaluate";

import { reportTitle, standardTitle } from "./title";

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
