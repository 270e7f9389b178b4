import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { onTimeReport } from "@/lib/workflow/on-time";

import { buildOnTimeWorkbook } from "./on-time-xlsx";

describe("buildOnTimeWorkbook", () => {
  it("writes the summary, a row per office and the offices that have not submitted", async () => {
    const report = onTimeReport(
      2025,
      [
        {
          id: "a",
          name: "示范区教育局",
          isGovernmentOwn: false,
          status: "PUBLISHED",
          firstPublishedAt: new Date("2026-01-20T02:00:00Z"),
        },
        { id: "b", name: "示范区卫生健康局", isGovernmentOwn: false, status: null, firstPublishedAt: null },
      ],
      new Date("2026-01-10T00:00:00Z"),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildOnTimeWorkbook(report, "示范区")).buffer);
    const sheet = workbook.getWorksheet("按时公布情况");
    const rows = (sheet?.getSheetValues() ?? []).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows[1]).toEqual(["示范区2025年度政府信息公开工作年度报告按时公布情况"]);
    expect(rows[2]).toEqual(["应公布 2 个，已公布 1 个，按时 1 个，按时公布率 50.0%"]);
    expect(rows[4]).toEqual([
      "示范区教育局",
      "已发布",
      "2026-01-20",
      "2026-01-31",
      "条例第四十九条",
      "按时",
      "",
    ]);
    expect(rows[5]?.[0]).toBe("示范区卫生健康局");
    const missing = workbook.getWorksheet("尚未报送");
    expect(missing?.getRow(2).getCell(1).value).toBe("示范区卫生健康局");
  });
});
