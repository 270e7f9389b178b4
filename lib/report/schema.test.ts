import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import { formatSchemaIssues, reportDraftSchema, reportSubmissionSchema, ZReportDocument } from "./schema";
import { asEdited, loadExample, withCells } from "./testing/fixtures";

const messages = (result: ReturnType<ReturnType<typeof reportDraftSchema>["safeParse"]>) =>
  result.success ? [] : formatSchemaIssues(result.error);

describe("report schemas", () => {
  const t2021 = getTemplate(2021);
  const draft2021 = reportDraftSchema(t2021);

  it("accepts the three transcribed seed reports as documents", () => {
    expect(loadExample("gaoxin2021").formatVersion).toBe(2021);
    expect(loadExample("zhangdian2023").year).toBe(2023);
    const shanting = loadExample("shanting2020");
    expect(reportDraftSchema(getTemplate(2019)).safeParse(shanting).success).toBe(true);
  });

  it("refuses a draft with an unknown cell, naming it", () => {
    const report = withCells(asEdited(loadExample("zhangdian2023")), { "t3.bogus.total": 1 });
    expect(messages(draft2021.safeParse(report))).toEqual([
      "cells.t3.bogus.total：未知单元格“t3.bogus.total”",
    ]);
  });

  it("refuses a 2019-only cell in a 2021 report, naming both formats", () => {
    const report = withCells(asEdited(loadExample("zhangdian2023")), { "t2.procurement.amount": 3 });
    const [message] = messages(draft2021.safeParse(report));
    expect(message).toContain("t2.procurement.amount");
    expect(message).toContain("国办公开办函〔2019〕60号");
    expect(message).toContain("国办公开办函〔2021〕30号");
  });

  it("refuses an issue date that is no day of the calendar, and keeps real ones (leap days included)", () => {
    const withDate = (issueDate: string) => {
      const report = asEdited(loadExample("zhangdian2023"));
      return { ...report, details: { ...report.details, issueDate } };
    };
    for (const bad of ["2026-13-45", "2026-02-29", "2026-04-31", "2026-00-10", "2026-01-00"]) {
      expect(messages(draft2021.safeParse(withDate(bad))), bad).toEqual([
        "details.issueDate：成文日期不是真实的日期（月应为 1–12，日不超过当月天数）",
      ]);
    }
    for (const good of ["2024-02-29", "2026-01-31", "2026-12-31"])
      expect(draft2021.safeParse(withDate(good)).success, good).toBe(true);
  });

  it("refuses a typed total", () => {
    const report = withCells(asEdited(loadExample("zhangdian2023")), { "t3.new_received.total": 1 });
    expect(messages(draft2021.safeParse(report))[0]).toContain("自动计算的总计，不能录入");
  });

  it("refuses wrong types with Chinese messages and a path", () => {
    const report = {
      ...asEdited(loadExample("zhangdian2023")),
      year: "2023",
      cells: { "t3.new_received.commercial": { n: 1 } },
    };
    const issues = messages(draft2021.safeParse(report));
    expect(issues.some((issue) => issue.startsWith("year："))).toBe(true);
    expect(issues.some((issue) => issue.startsWith("cells.t3.new_received.commercial："))).toBe(true);
    expect(issues.join("")).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("lets a draft keep blanks and raw text, but not a submission", () => {
    const report = withCells(asEdited(loadExample("zhangdian2023")), {
      "t3.granted.natural_person": null,
      "t2.fees.amount": "251000元",
    });
    expect(draft2021.safeParse(report).success).toBe(true);
    const issues = messages(reportSubmissionSchema(t2021).safeParse(report));
    expect(issues).toEqual([
      "cells.t2.fees.amount：“第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）”应为不小于 0 的数字（最多 4 位小数）",
      "cells.t3.granted.natural_person：“（一）予以公开 自然人”应为非负整数",
    ]);
  });

  it("accepts a complete report for submission", () => {
    expect(reportSubmissionSchema(t2021).safeParse(asEdited(loadExample("zhangdian2023"))).success).toBe(
      true,
    );
  });

  it("requires the narrative sections and the agency for submission", () => {
    const report = asEdited(loadExample("zhangdian2023"));
    report.narrative.s5 = "  ";
    report.details.agencyName = "";
    const issues = messages(reportSubmissionSchema(t2021).safeParse(report));
    expect(issues).toContain("details.agencyName：机关全称未填写");
    expect(issues).toContain("narrative.s5：“五、存在的主要问题及改进情况”未填写");
  });

  it("rejects a document of another kind", () => {
    expect(ZReportDocument.safeParse({ format: "something-else" }).success).toBe(false);
  });
});
