import * as echarts from "echarts";

import type { TChartData } from "./report-charts";

/**
 * Server-side SVG of one chart with Apache ECharts (`ssr: true`, `renderToSVGString`): no browser, no
 * script in the page. Text uses the CJK font the machine has (fonts-noto-cjk), then common Chinese UI
 * fonts. Every bar and point carries its number as a label, so the picture reads without hovering.
 */

/**
 * Font names in single quotes: ECharts writes them into a double-quoted `style` attribute unescaped, and a
 * double quote there broke the SVG (a strict XML reader refuses it; a browser drops the font).
 */
export const CHART_FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const COLORS = ["#1d4ed8", "#b45309", "#047857", "#9d174d", "#4b5563", "#7c3aed"];

export const CHART_SIZE = { width: 720, height: 400 };
/**
 * The phone variant (the portal shows it below 640 px): drawn at about the width it is shown (a 375 px screen
 * leaves ~340 px), so its 13 px labels stay about 12 px instead of the wide chart's ~6 px; bars lie horizontally.
 */
export const NARROW_CHART_SIZE = { width: 360, height: 440 };

/** Which drawing: `wide` for pages, Word and PNG; `narrow` for phones. */
export type TChartVariant = "wide" | "narrow";

const optionFor = (chart: TChartData, variant: TChartVariant): echarts.EChartsCoreOption => {
  const narrow = variant === "narrow";
  const horizontal = chart.kind !== "line" && (narrow || chart.categories.some((c) => c.length > 6));
  const labelWidth = narrow ? 96 : horizontal ? 200 : 110;
  const categoryAxis = {
    type: "category" as const,
    data: chart.categories,
    axisLabel: {
      fontFamily: CHART_FONT,
      fontSize: 13,
      color: "#1f1f1f",
      interval: 0,
      width: narrow && !horizontal ? 60 : labelWidth,
      overflow: "break",
    },
    inverse: horizontal,
  };
  const valueAxis = {
    type: "value" as const,
    minInterval: 1,
    axisLabel: { fontFamily: CHART_FONT, fontSize: 12, color: "#434343" },
  };
  return {
    animation: false,
    color: COLORS,
    textStyle: { fontFamily: CHART_FONT },
    backgroundColor: "#ffffff",
    legend:
      chart.series.length > 1
        ? { top: 4, textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: "#1f1f1f" } }
        : undefined,
    grid: {
      left: horizontal ? labelWidth + 12 : narrow ? 36 : 50,
      right: narrow ? 28 : 40,
      top: chart.series.length > 1 ? (narrow ? 60 : 44) : 20,
      bottom: narrow && !horizontal ? 64 : 50,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: chart.series.map((series) => ({
      name: series.name,
      type: chart.kind === "line" ? "line" : "bar",
      stack: chart.kind === "stacked-bar" ? "total" : undefined,
      data: series.values,
      barMaxWidth: 36,
      symbolSize: 8,
      label: {
        show: true,
        position:
          chart.kind === "stacked-bar"
            ? "inside"
            : chart.kind === "line"
              ? "top"
              : horizontal
                ? "right"
                : "top",
        fontFamily: CHART_FONT,
        fontSize: 13,
        color: chart.kind === "stacked-bar" ? "#ffffff" : "#1f1f1f",
        // A zero segment of a stack would print on top of its neighbour.
        ...(chart.kind === "stacked-bar"
          ? { formatter: (p: { value: unknown }) => (Number(p.value) === 0 ? "" : String(p.value)) }
          : {}),
      },
    })),
  };
};

/**
 * The chart as an SVG document string (`<svg …>…</svg>`), scalable: `CHART_SIZE` pixels, or `NARROW_CHART_SIZE`
 * for the `narrow` variant.
 */
export const renderChartSvg = (chart: TChartData, variant: TChartVariant = "wide"): string => {
  const size = variant === "narrow" ? NARROW_CHART_SIZE : CHART_SIZE;
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, ...size });
  try {
    instance.setOption(optionFor(chart, variant));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
};
