import { existsSync } from "node:fs";

import { Resvg } from "@resvg/resvg-js";

import { CHART_SIZE, renderChartSvg } from "./render-svg";
import type { TChartData } from "./report-charts";

/**
 * Chart pictures for the .docx (Word shows PNG everywhere; SVG only in recent versions): the server-side SVG of
 * `render-svg.ts` rasterised by resvg (a Rust renderer shipped as an npm prebuild, no browser). The text needs
 * a CJK font file: `CHART_FONT_FILES` (paths separated by `:`) or the first of the usual Linux locations
 * (Debian's fonts-noto-cjk, WenQuanYi). Without one the machine's fonts are tried and Chinese may print as
 * boxes; `chartFontFiles()` tells which files are used.
 */

const FONT_CANDIDATES = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
];

/** The font files the PNG charts are drawn with (empty: none of the known CJK fonts is installed). */
export const chartFontFiles = (): string[] => {
  const configured = process.env.CHART_FONT_FILES?.split(":").filter(Boolean);
  if (configured?.length) return configured.filter((file) => existsSync(file));
  const found = FONT_CANDIDATES.find((file) => existsSync(file));
  return found ? [found] : [];
};

/** Pixels per SVG pixel: 2 gives a 1440 × 800 picture, sharp when printed 15 cm wide. */
export const CHART_PNG_ZOOM = 2;

/**
 * One chart as a PNG: `CHART_SIZE` × `CHART_PNG_ZOOM` pixels, white background. Takes about 40 ms (the font
 * file is read each time); callers render a report's four charts once per export.
 */
export const renderChartPng = (chart: TChartData): Buffer => {
  const fontFiles = chartFontFiles();
  const resvg = new Resvg(renderChartSvg(chart), {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: CHART_PNG_ZOOM },
    font: {
      fontFiles,
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: "Noto Sans CJK SC",
    },
  });
  return resvg.render().asPng();
};

/** The PNG's size in pixels, for laying it out. */
export const CHART_PNG_SIZE = {
  width: CHART_SIZE.width * CHART_PNG_ZOOM,
  height: CHART_SIZE.height * CHART_PNG_ZOOM,
};
