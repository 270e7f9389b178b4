import { describe, expect, it } from "vitest";

import { evaluateReport } from "@/lib/rules/evaluate";

import { createEmptyReport, prefillFromLastYear } from "./new-report";
import { reportDraftSchema } from "./schema";
import { asEdited, loadExample, withCells } from "./testing/fixtures";
import { getTemplate } from "@/lib/template";

describe("createEmptyReport", () => {
  it("follows the year's format and starts blank", () => {
    const report = createEmptyReport("示范区教育局", 2020);
    expect(report.formatVersion).toBe(2019);
    expect(createEmptyReport("示范区教育局", 2025).formatVersion).toBe(2021);
    expect(
      reportDraftSchema(getTemplate(2021)).safeParse(createEmptyReport("示范区教育局", 2025)).success,
    ).toBe(true);
    // Every input cell of 表三 blank: one finding per blank row (24 rows), covering all 175 − 31 input cells.
    const blanks = evaluateReport(createEmptyReport("示范区教育局", 2025)).filter(
      (f) => f.ruleId === "T3-04",
    );
    expect(blanks).toHaveLength(24);
    expect(blanks.flatMap((f) => f.cells)).toHaveLength(175 - 31);
  });
});

describe("prefillFromLastYear", () => {
  const lastYear = withCells(asEdited(loadExample("zhangdian2023")), {
    "t3.carried_forward.natural_person": 2,
    "t3.carried_forward.commercial": 1,
    "t2.normative_documents.valid": 12,
  });

  it("takes 上年结转 from last year's 结转下年度继续办理, column by column, saying where from", () => {
    const report = prefillFromLastYear(createEmptyReport("山东张店经济开发区管理委员会", 2024), lastYear);
    expect(report.cells["t3.carried_over.natural_person"]).toBe(2);
    expect(report.cells["t3.carried_over.commercial"]).toBe(1);
    expect(report.cells["t3.carried_over.research"]).toBe(0);
    expect(report.cells["t3.carried_over.total"]).toBeUndefined();
    expect(report.prefill?.["t3.carried_over.natural_person"]).toEqual({
      from: "2023年度报告“四、结转下年度继续办理”",
      value: 2,
    });
    expect(evaluateReport(report, { lastYear }).filter((f) => f.ruleId === "T3-05")).toEqual([]);
  });

  it("takes 现行有效件数 and the contact details", () => {
    const report = prefillFromLastYear(createEmptyReport("山东张店经济开发区管理委员会", 2024), lastYear);
    expect(report.cells["t2.normative_documents.valid"]).toBe(12);
    expect(report.details.contact?.phone).toBe("0533—2867267");
    expect(report.details.agencyName).toBe("山东张店经济开发区管理委员会");
  });

  it("does not carry table 二 across the 2019→2021 format change", () => {
    const report = prefillFromLastYear(
      createEmptyReport("枣庄市山亭区人民政府", 2021),
      loadExample("shanting2020"),
    );
    expect(Object.keys(report.cells).filter((id) => id.startsWith("t2."))).toEqual([]);
    expect(report.cells["t3.carried_over.natural_person"]).toBe(0);
  });
});
