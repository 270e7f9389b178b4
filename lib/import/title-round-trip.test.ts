import { describe, expect, it } from "vitest";

import { buildDocx } from "@/lib/export/docx";
import { asEdited, loadExample } from "@/lib/report/testing/fixtures";
import { reportTitle } from "@/lib/report/title";
import { getTemplate } from "@/lib/template";

import { importFile } from "./import-report";
import { findTitle } from "./narrative";

describe("a title whose office name ends in a digit reads back as printed (tester2)", () => {
  it("an exported Word file of 示范区第12 imports with the space before the year kept", async () => {
    const report = asEdited(loadExample("zhangdian2023"));
    report.details.agencyName = "示范区第12";
    report.details.title = undefined;
    const docx = await buildDocx(getTemplate(report.formatVersion), report, { status: "published" });
    const outcome = await importFile(docx);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.result.document.details.title).toBe(reportTitle(report));
    expect(outcome.result.document.details.title).toBe("示范区第12 2023年政府信息公开工作年度报告");
    expect(outcome.result.document.details.agencyName).toBe("示范区第12");
    expect(outcome.result.document.year).toBe(2023);
  });

  it("other spaces still go, a letter-spaced year included", () => {
    expect(findTitle(["某某区 2 0 2 4 年政府信息公开工作 年度报告"])).toBe(
      "某某区2024年政府信息公开工作年度报告",
    );
    expect(findTitle(["# 示范区第１２  2024年度政府信息公开工作年度报告"])).toBe(
      "示范区第１２ 2024年度政府信息公开工作年度报告",
    );
  });
});
