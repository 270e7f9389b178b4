import { describe, expect, it } from "vitest";

import { demoPublishedReport } from "@/lib/db/demo-reports";
import { loadExample } from "@/lib/report/testing/fixtures";

import { renderChartSvg } from "./render-svg";
import { reportCharts } from "./report-charts";

const svgTexts = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");

describe("图解 charts", () => {
  const document = demoPublishedReport("示范区教育局", 2024);
  document.cells["t3.new_received.commercial"] = 2;
  document.cells["t4.review.maintained"] = 2;
  document.cells["t4.review.corrected"] = 1;
  document.cells["t4.litigation_direct.pending"] = 4;
  const lastYear = demoPublishedReport("示范区教育局", 2023);
  lastYear.cells["t3.new_received.natural_person"] = 9;

  it("takes the numbers from the tables, with a sentence for each chart", () => {
    const charts = reportCharts(document, [lastYear]);
    expect(charts.map((c) => c.id)).toEqual(["applicants", "results", "appeals", "years"]);
    const [applicants, results, appeals, years] = charts;
    expect(applicants?.series[0]?.values).toEqual([5, 2, 0, 0, 0, 0]);
    expect(applicants?.summary).toContain("共7件：自然人5件，商业企业2件");
    expect(results?.categories.slice(0, 2)).toEqual(["（一）予以公开", "（二）部分公开"]);
    expect(results?.series[0]?.values[0]).toBe(3);
    expect(results?.summary).toContain("结转下年度继续办理2件");
    expect(appeals?.series.map((s) => [s.name, s.values])).toEqual([
      ["结果维持", [2, 0, 0]],
      ["结果纠正", [1, 0, 0]],
      ["其他结果", [0, 0, 0]],
      ["尚未审结", [0, 4, 0]],
    ]);
    expect(appeals?.summary).toContain("行政复议3件（结果维持2件，结果纠正1件");
    expect(years?.categories).toEqual(["2023年", "2024年"]);
    expect(years?.series[0]?.values).toEqual([9, 7]);
    expect(years?.series[2]?.values).toEqual([0, 4]);
  });

  it("renders each chart as SVG with its labels and numbers, in the CJK font", () => {
    for (const chart of reportCharts(document, [lastYear])) {
      const svg = renderChartSvg(chart);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain("Noto Sans CJK SC");
      const texts = svgTexts(svg);
      for (const category of chart.categories)
        expect(texts.join("|"), chart.id).toContain(category.slice(0, 4));
      // Every non-zero value is printed on its bar or point.
      for (const value of chart.series.flatMap((s) => s.values).filter((v) => v > 0))
        expect(texts, `${chart.id}: ${value}`).toContain(String(value));
    }
  });

  it("follows the format's own result rows (2019 format) and says when there is no earlier year", () => {
    const report = loadExample("shanting2020");
    const [, results, , years] = reportCharts(report);
    expect(results?.categories.at(-1)).toMatch(/^（六）/);
    expect(years?.categories).toEqual(["2020年"]);
    expect(years?.summary).toContain("下一年度的报告发布后可比较");
  });
});
