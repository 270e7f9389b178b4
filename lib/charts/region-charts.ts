import type { TReportDocument } from "@/lib/report/schema";
import { contributionsOf, rollUpReports, type TRollupPart } from "@/lib/rollup/rollup";

import { reportCharts, type TChartData } from "./report-charts";

/**
 * 图解 of a region (issue 18, 审核台): the offices' reports of a year summed by the roll-up (lib/rollup), drawn
 * by the report 图解's own builders (`reportCharts`), plus a comparison of the offices and the region's
 * years. Pure: the service (lib/services/load-region-charts.ts) chooses the reports.
 */

/** Offices drawn one by one in the comparison; the rest are summed as one “其他” bar. */
export const OFFICE_CHART_TOP = 8;

/** The cell the offices are compared by: 本年新收政府信息公开申请数量 (总计). */
const COMPARED_CELL = "t3.new_received.total";

/** One year's reports of the region's offices. */
export interface TRegionYear {
  year: number;
  parts: TRollupPart[];
}

export type TRegionChartsOutcome =
  | { ok: true; charts: TChartData[]; document: TReportDocument; years: number[] }
  | { ok: false; errors: string[] };

/**
 * 新收申请 by office, most first: the first `top` offices by name, the others as “其他（N 个机关）”. Values
 * are each office's own 总计 as its report prints it (`contributionsOf` the roll-up); an unreadable total
 * counts as 0.
 */
export const officeComparisonChart = (
  summed: TReportDocument,
  top: number = OFFICE_CHART_TOP,
): TChartData => {
  const ranked = contributionsOf(summed, COMPARED_CELL)
    .map((c) => ({ office: c.office, value: c.value ?? 0 }))
    .sort((a, b) => b.value - a.value || a.office.localeCompare(b.office, "zh-CN"));
  const shown = ranked.length > top + 1 ? ranked.slice(0, top) : ranked;
  const rest = ranked.slice(shown.length);
  const rows = rest.length
    ? [
        ...shown,
        { office: `其他（${rest.length} 个机关）`, value: rest.reduce((sum, r) => sum + r.value, 0) },
      ]
    : shown;
  const listed = rows.map((r) => `${r.office}${r.value}件`).join("，");
  return {
    id: "offices",
    title: "各机关本年新收政府信息公开申请",
    categories: rows.map((r) => r.office),
    series: [{ name: "申请数（件）", values: rows.map((r) => r.value) }],
    kind: "bar",
    summary: `${summed.year}年${ranked.length}个机关本年新收申请共${ranked.reduce((s, r) => s + r.value, 0)}件，由多到少：${listed}。${rest.length ? `其他${rest.length}个机关合计列出。` : ""}`,
  };
};

/**
 * The region's 图解 for `current.year`: applications by applicant type, results by kind, 复议/诉讼 outcomes
 * (each the sum of `current.parts`), 新收申请 by office, and year over year over `current` and `history`
 * (each year summed alike; a year that cannot be summed — mixed formats, an office twice — or has no parts is
 * left out of the comparison, and `years` lists those drawn). Errors: `rollUpReports`' Chinese messages for
 * `current` (none given: “没有选择要汇总的报告”).
 */
export const regionCharts = (
  agencyName: string,
  current: TRegionYear,
  history: readonly TRegionYear[] = [],
): TRegionChartsOutcome => {
  const outcome = rollUpReports(current.parts, { agencyName });
  if (!outcome.ok) return outcome;
  const summed = outcome.result.document;
  const earlier = history
    .filter((h) => h.year !== current.year && h.parts.length > 0)
    .flatMap((h) => {
      const other = rollUpReports(h.parts, { agencyName });
      return other.ok ? [other.result.document] : [];
    });
  const [applicants, results, appeals, years] = reportCharts(summed, earlier);
  return {
    ok: true,
    charts: [applicants!, results!, appeals!, officeComparisonChart(summed), years!],
    document: summed,
    years: [...earlier.map((d) => d.year), summed.year].sort((a, b) => a - b),
  };
};

/** What the region's 图解 page shows (lib/services/load-region-charts.ts), shared by the service and the UI. */
export interface TRegionChartsView {
  office: { id: string; name: string };
  year: number;
  /** Whether 待审核 reports are counted (each then labelled as such). */
  includeSubmitted: boolean;
  /** How many offices are below the region (the included and the missing). */
  officeCount: number;
  /** The offices summed, with where their numbers come from (“已通过”, “已发布（第 1 版）”, “待审核…”). */
  included: { name: string; label: string; pending: boolean }[];
  /** The offices not summed, with their status (未开始 / 草稿 / 待审核 / 已退回). */
  missing: { name: string; status: string }[];
  /** Empty when `message` says why there is nothing to draw. */
  charts: TChartData[];
  /** Why there are no charts, in Chinese (no office below, nothing usable this year, cannot be summed). */
  message: string | null;
  /** The years in the year-over-year chart, oldest first. */
  years: number[];
}
