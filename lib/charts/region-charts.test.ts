import { describe, expect, it } from "vitest";

import { demoPublishedReport } from "@/lib/db/demo-reports";
import type { TReportDocument } from "@/lib/report/schema";

import { officeComparisonChart, regionCharts } from "./region-charts";
import { renderChartSvg } from "./render-svg";

const report = (name: string, year: number, cells: Record<string, number>): TReportDocument => {
  const document = demoPublishedReport(name, year);
  Object.assign(document.cells, cells);
  return document;
};

describe("图解 of a region", () => {
  // The demo report has 5 requests from 自然人 and 2 carried forward; each office adds its own.
  const jia = report("甲局", 2025, { "t3.new_received.natural_person": 3, "t4.review.maintained": 1 });
  const yi = report("乙局", 2025, {
    "t3.new_received.commercial": 4,
    "t4.review.corrected": 2,
    "t4.litigation_direct.pending": 1,
  });
  const parts = [
    { name: "甲局", document: jia },
    { name: "乙局", document: yi },
  ];

  it("sums the offices' tables with the roll-up and draws them with the report 图解's builders", () => {
    const outcome = regionCharts("区政府办", { year: 2025, parts });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.charts.map((c) => c.id)).toEqual(["applicants", "results", "appeals", "offices", "years"]);
    const [applicants, , appeals, offices, years] = outcome.charts;
    // 自然人 3 + 5, 商业企业 0 + 4: the sums of the two reports.
    expect(applicants?.series[0]?.values.slice(0, 2)).toEqual([8, 4]);
    expect(applicants?.summary).toContain("2025年本年新收政府信息公开申请共12件");
    expect(appeals?.series.map((s) => s.values)).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [0, 0, 0],
      [0, 1, 0],
    ]);
    expect(offices?.categories).toEqual(["乙局", "甲局"]);
    expect(offices?.series[0]?.values).toEqual([9, 3]);
    expect(offices?.summary).toBe("2025年2个机关本年新收申请共12件，由多到少：乙局9件，甲局3件。");
    expect(years?.categories).toEqual(["2025年"]);
    expect(outcome.years).toEqual([2025]);
    expect(renderChartSvg(offices!)).toContain("乙局");
  });

  it("compares the region's years, each summed alike; a year without reports is left out", () => {
    const earlier = [
      { year: 2023, parts: [{ name: "甲局", document: report("甲局", 2023, {}) }] },
      { year: 2022, parts: [] },
      {
        year: 2024,
        parts: [
          { name: "甲局", document: report("甲局", 2024, { "t4.review.other": 2 }) },
          { name: "乙局", document: report("乙局", 2024, { "t3.new_received.natural_person": 1 }) },
        ],
      },
    ];
    const outcome = regionCharts("区政府办", { year: 2025, parts }, earlier);
    if (!outcome.ok) throw new Error(outcome.errors.join());
    const years = outcome.charts.at(-1)!;
    expect(outcome.years).toEqual([2023, 2024, 2025]);
    expect(years.categories).toEqual(["2023年", "2024年", "2025年"]);
    expect(years.series[0]?.values).toEqual([5, 6, 12]);
    expect(years.series[1]?.values).toEqual([0, 2, 3]);
    expect(years.summary).toContain("2024年新收申请6件、行政复议2件、行政诉讼0件");
  });

  it("refuses what the roll-up refuses, in Chinese", () => {
    const twice = regionCharts("区政府办", { year: 2025, parts: [parts[0]!, parts[0]!] });
    expect(twice).toEqual({ ok: false, errors: ["重复选择了甲局，每个机关只能汇总一次"] });
    const none = regionCharts("区政府办", { year: 2025, parts: [] });
    expect(none).toEqual({ ok: false, errors: ["没有选择要汇总的报告"] });
  });

  it("compares the offices by 新收申请, the first eight drawn and the rest as 其他", () => {
    const many = Array.from({ length: 11 }, (_, i) => ({
      name: `第${i + 1}局`,
      document: report(`第${i + 1}局`, 2025, { "t3.new_received.natural_person": i }),
    }));
    const outcome = regionCharts("区政府办", { year: 2025, parts: many });
    if (!outcome.ok) throw new Error(outcome.errors.join());
    const chart = officeComparisonChart(outcome.document);
    expect(chart.categories).toEqual([
      "第11局",
      "第10局",
      "第9局",
      "第8局",
      "第7局",
      "第6局",
      "第5局",
      "第4局",
      "其他（3 个机关）",
    ]);
    // Office i has i requests (all from 自然人); 其他 sums the three smallest: 2 + 1 + 0.
    expect(chart.series[0]?.values).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 3]);
    expect(chart.summary).toContain("2025年11个机关本年新收申请共");
    expect(chart.summary).toContain("其他3个机关合计列出");
    // With room for all but one, all are drawn: no 其他 bar for a single office.
    expect(officeComparisonChart(outcome.document, 10).categories).toHaveLength(11);
  });
});
