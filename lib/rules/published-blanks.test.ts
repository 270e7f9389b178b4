import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { importText } from "@/lib/import/import-report";
import { asEdited, loadExample } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";

import { evaluateReport } from "./evaluate";

/**
 * A published report that leaves every “没有” blank (D65, issue 12 §3): the 2019 report of 上海市人民政府办公厅
 * prints 126 of 表三's cells and 9 of 表四's blank, and its printed totals and tie-outs hold once those read as 0.
 */
const FILE = path.join(__dirname, "../import/testing/sh-2019-office.html");
const published = (): TReportDocument => {
  const outcome = importText(readFileSync(FILE, "utf8"));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result.document;
};

describe("blanks that stand for 0 in a published report", () => {
  it("are one finding per table, keeping every blank cell, instead of one per row, column and cell", () => {
    const findings = evaluateReport(published());
    const t3 = findings.filter((f) => f.ruleId === "T3-04");
    const t4 = findings.filter((f) => f.ruleId === "T4-04");
    expect(t3).toHaveLength(1);
    expect(t3[0]?.message).toBe(
      "表三有 126 格空白，按 0 计算时本表的合计和勾稽关系都成立，应是“没有”的地方没有填 0（国家格式要求填 0）；其中 21 格是原报告没有印出的总计",
    );
    expect(t3[0]?.cells).toHaveLength(126);
    expect(t3[0]?.problem).toBe("blank");
    expect(t4.map((f) => f.cells.length)).toEqual([9]);
    // 表三 is sparse, not empty: T3-06 says so instead of “表格实际没有填写”.
    const sparse = findings.filter((f) => f.ruleId === "T3-06").map((f) => f.message);
    expect(sparse).toHaveLength(1);
    expect(sparse[0]).toContain("按 0 计算时合计成立");
  });

  it("are read as 0 when the text is compared with the tables, so a blank printed total switches no claim off", () => {
    const messages = evaluateReport(published())
      .filter((f) => f.ruleId === "X-01")
      .map((f) => f.message);
    expect(messages).toEqual([
      "第一部分正文“…予以公开及部分公开258件，占33.9%…”为 258，而表三（一）予以公开与（二）部分公开之和为 275",
      "第一部分正文“…机关不掌握等原因无法提供265件，占32.9%…”为 265，而表三（四）无法提供各项之和为 337",
      "第一部分正文“…信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录…”称均获维持，而表四行政复议结果纠正 0、其他结果 0、尚未审结 2",
      "第一部分正文“…信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录…”称均获维持，而表四行政诉讼结果纠正 0、其他结果 0、尚未审结 1",
    ]);
  });

  it("stay one finding per blank row, column or cell when the tie-outs fail with them read as 0", () => {
    const report = published();
    report.cells["t3.granted.natural_person"] = 300; // 300 + … no longer makes the printed (七)总计 767
    const t3 = evaluateReport(report).filter((f) => f.ruleId === "T3-04");
    expect(t3.length).toBeGreaterThan(10);
    expect(t3.some((f) => f.message.includes("整行 7 格未填写"))).toBe(true);
  });

  it("stay one finding per blank row, column or cell in a draft being filled in", () => {
    const draft = asEdited(published());
    const t3 = evaluateReport(draft).filter((f) => f.ruleId === "T3-04");
    expect(t3.length).toBeGreaterThan(10);
    expect(t3.every((f) => !f.message.includes("按 0 计算"))).toBe(true);
  });

  it("join a row or column printed wholly “/” into one finding, as a blank one (tester of issue 12)", () => {
    const report = asEdited(loadExample("zhangdian2023"));
    for (const id of Object.keys(report.cells))
      if (/^t3\..*\.research$/.test(id) || id.startsWith("t3.deny_state_secret.")) report.cells[id] = "/";
    report.cells["t3.deny_admin_query.natural_person"] = "／";
    const t3 = evaluateReport(report).filter((f) => f.ruleId === "T3-04");
    expect(t3.map((f) => [f.message, f.cells.length])).toEqual([
      ["表三“科研机构”列整列 24 格为“/”等符号，不是数字（没有的请填 0）", 23],
      ["表三“（三）不予公开 1.属于国家秘密”行整行 6 格为“/”等符号，不是数字（没有的请填 0）", 6],
      ["表三“（三）不予公开 8.属于行政查询事项”行“自然人”列不是数字：“／”", 1],
    ]);
  });
});
