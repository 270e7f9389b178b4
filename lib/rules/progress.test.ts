import { describe, expect, it } from "vitest";

import { createEmptyReport } from "@/lib/report/new-report";
import { getTemplate } from "@/lib/template";

import { evaluateReport } from "./evaluate";
import { progressText, reportProgress } from "./progress";

const progressOf = (doc: ReturnType<typeof createEmptyReport>) => reportProgress(doc, evaluateReport(doc));

describe("report progress", () => {
  it("a new report has items to fill, not errors, and 0% 完整度", () => {
    const doc = createEmptyReport("示范区教育局", 2025);
    const progress = progressOf(doc);
    const inputCells = getTemplate(doc.formatVersion).cells.filter((c) => !c.sumOf);
    expect(progress.errors).toBe(0);
    // Every input cell, 第一、五、六部分, and the four publication details.
    expect(progress.unfilled).toBe(inputCells.length + 3 + 4);
    expect(progress.steps.s3.unfilled).toBe(inputCells.filter((c) => c.table === "t3").length);
    expect(progress.steps.details).toEqual({ unfilled: 4, errors: 0 });
    expect(progress.completeness).toBe(0);
    expect(progressText(progress.steps.s1)).toBe("1 处未填");
  });

  it("counts a wrong value as an error of its step and a filled step as ✓", () => {
    const doc = createEmptyReport("示范区教育局", 2025);
    const template = getTemplate(doc.formatVersion);
    for (const cell of template.cells) if (!cell.sumOf && cell.table === "t4") doc.cells[cell.id] = 0;
    doc.cells["t4.review.maintained"] = "两件";
    let progress = progressOf(doc);
    expect(progress.steps.s4).toEqual({ unfilled: 0, errors: 1 });
    expect(progressText(progress.steps.s4)).toBe("1 个错误");
    doc.cells["t4.review.maintained"] = 0;
    progress = progressOf(doc);
    expect(progressText(progress.steps.s4)).toBe("✓");
    expect(progress.completeness).toBeGreaterThan(0);
    expect(progress.completeness).toBeLessThan(100);
  });

  it("reads 100% only when nothing is blank", () => {
    const doc = createEmptyReport("示范区教育局", 2025);
    for (const cell of getTemplate(doc.formatVersion).cells) if (!cell.sumOf) doc.cells[cell.id] = 0;
    doc.narrative = {
      s1: "（一）主动公开\n本年度主动公开政府信息。",
      s5: "问题与改进。",
      s6: "本年度未收取信息处理费。",
    };
    doc.details = {
      agencyName: "示范区教育局",
      publication: { website: "示范区人民政府门户网站" },
      contact: { office: "示范区教育局办公室", phone: "010-00000000" },
      issuer: "示范区教育局",
      issueDate: "2026-01-20",
    };
    expect(progressOf(doc).unfilled).toBe(0);
    expect(progressOf(doc).completeness).toBe(100);
    delete doc.details.issueDate;
    expect(progressOf(doc).completeness).toBe(99);
    expect(progressText(progressOf(doc).steps.details)).toBe("1 处未填");
  });
});
