import type { TReportDocument } from "@/lib/report/schema";
import { resolveValues } from "@/lib/report/values";
import { getTemplate, type TReportTemplate } from "@/lib/template";
import { T3_COLUMNS } from "@/lib/template/table3";
import { T4_GROUPS, T4_RESULT_COLUMNS } from "@/lib/template/table4";

/**
 * 图解: the numbers of a report's tables as chart data, each chart with a sentence and a data table as its
 * text alternative (WCAG 1.1.1). Pure; rendering is `render-svg.ts`. Labels come from lib/template, the
 * same words the tables print. A cell that does not read as a number counts as 0 here (the tables show the
 * report's own text).
 */

export interface TChartSeries {
  name: string;
  values: number[];
}

export interface TChartData {
  id: "applicants" | "results" | "appeals" | "offices" | "years";
  title: string;
  /** Category labels along the axis. */
  categories: string[];
  series: TChartSeries[];
  kind: "bar" | "stacked-bar" | "line";
  /** The chart in one or two sentences (its text alternative). */
  summary: string;
}

const number = (template: TReportTemplate, document: TReportDocument) => {
  const values = resolveValues(template, document);
  return (id: string): number => values.effective(id) ?? 0;
};

const APPLICANT_COLUMNS = T3_COLUMNS.filter((column) => column.id !== "total");

const listing = (categories: string[], values: number[], unit: string): string =>
  categories.map((label, i) => `${label}${values[i] ?? 0}${unit}`).join("，");

/** 本年新收申请 by applicant type (表三 一、本年新收政府信息公开申请数量). */
const applicantsChart = (template: TReportTemplate, document: TReportDocument): TChartData => {
  const value = number(template, document);
  const categories = APPLICANT_COLUMNS.map((c) =>
    c.id === "other_org" ? "其他（法人或其他组织）" : c.label,
  );
  const values = APPLICANT_COLUMNS.map((c) => value(`t3.new_received.${c.id}`));
  const total = value("t3.new_received.total");
  return {
    id: "applicants",
    title: "本年新收政府信息公开申请（按申请人类型）",
    categories,
    series: [{ name: "申请数（件）", values }],
    kind: "bar",
    summary: `${document.year}年本年新收政府信息公开申请共${total}件：${listing(categories, values, "件")}。`,
  };
};

/** 本年度办理结果 by kind: each （一）…（六） of 表三's 总计 column, groups summed. */
const resultsChart = (template: TReportTemplate, document: TReportDocument): TChartData => {
  const value = number(template, document);
  const entries = template.format.table3.results.map((entry) =>
    entry.kind === "row"
      ? { label: entry.label, total: value(`t3.${entry.id}.total`) }
      : { label: entry.label, total: entry.rows.reduce((sum, row) => sum + value(`t3.${row.id}.total`), 0) },
  );
  // （二）部分公开's label carries a counting note; the chart keeps the name.
  const categories = entries.map((e) => e.label.replace(/（区分处理的.*$/, ""));
  const values = entries.map((e) => e.total);
  return {
    id: "results",
    title: "本年度办理结果",
    categories,
    series: [{ name: "件数", values }],
    kind: "bar",
    summary: `${document.year}年办理结果共${value("t3.results_total.total")}件：${listing(categories, values, "件")}；结转下年度继续办理${value("t3.carried_forward.total")}件。`,
  };
};

/** 行政复议 and 行政诉讼 by outcome (表四). */
const appealsChart = (template: TReportTemplate, document: TReportDocument): TChartData => {
  const value = number(template, document);
  const outcomes = T4_RESULT_COLUMNS.filter((c) => c.id !== "total");
  const categories = T4_GROUPS.map((g) => g.label);
  const series = outcomes.map((o) => ({
    name: o.label,
    values: T4_GROUPS.map((g) => value(`t4.${g.id}.${o.id}`)),
  }));
  const sentences = T4_GROUPS.map(
    (g) =>
      `${g.label}${value(`t4.${g.id}.total`)}件（${outcomes.map((o) => `${o.label}${value(`t4.${g.id}.${o.id}`)}件`).join("，")}）`,
  );
  return {
    id: "appeals",
    title: "政府信息公开行政复议、行政诉讼结果",
    categories,
    series,
    kind: "stacked-bar",
    summary: `${document.year}年${sentences.join("；")}。`,
  };
};

/** Year over year: the office's published reports (latest edition of each year), oldest first. */
const yearsChart = (history: readonly TReportDocument[]): TChartData => {
  const sorted = [...history].sort((a, b) => a.year - b.year);
  const rows = sorted.map((document) => {
    const value = number(getTemplate(document.formatVersion), document);
    return {
      year: document.year,
      received: value("t3.new_received.total"),
      review: value("t4.review.total"),
      litigation: value("t4.litigation_direct.total") + value("t4.litigation_after_review.total"),
    };
  });
  const categories = rows.map((r) => `${r.year}年`);
  return {
    id: "years",
    title: "历年情况对比",
    categories,
    series: [
      { name: "本年新收申请", values: rows.map((r) => r.received) },
      { name: "行政复议", values: rows.map((r) => r.review) },
      { name: "行政诉讼", values: rows.map((r) => r.litigation) },
    ],
    kind: "line",
    summary:
      rows.length < 2
        ? `目前只有${rows[0] ? `${rows[0].year}年` : "本"}年度的报告，下一年度的报告发布后可比较。`
        : rows
            .map(
              (r) => `${r.year}年新收申请${r.received}件、行政复议${r.review}件、行政诉讼${r.litigation}件`,
            )
            .join("；") + "。",
  };
};

/**
 * The 图解 of one report: applications by applicant type, results by kind, 复议/诉讼 outcomes, and the year
 * over year comparison with `history` (the office's reports to compare, the report itself included or not:
 * its own year is taken from `document`).
 */
export const reportCharts = (
  document: TReportDocument,
  history: readonly TReportDocument[] = [],
): TChartData[] => {
  const template = getTemplate(document.formatVersion);
  const years = [...history.filter((h) => h.year !== document.year), document];
  return [
    applicantsChart(template, document),
    resultsChart(template, document),
    appealsChart(template, document),
    yearsChart(years),
  ];
};

/**
 * The charts printed in an export's 附：图解 (lib/export `TExportEdition.charts`): those of `reportCharts`, less
 * the year-over-year line while there is only one year to show.
 */
export const chartsForPrint = (
  document: TReportDocument,
  history: readonly TReportDocument[] = [],
): TChartData[] =>
  reportCharts(document, history).filter((chart) => chart.id !== "years" || chart.categories.length >= 2);
