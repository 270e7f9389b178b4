import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";

import { CHART_PNG_SIZE, renderChartPng } from "@/lib/charts/render-png";
import { renderChartSvg } from "@/lib/charts/render-svg";
import { chartsForPrint } from "@/lib/charts/report-charts";
import { loadExample } from "@/lib/report/testing/fixtures";
import { getTemplate } from "@/lib/template";

import { buildDocx } from "./docx";
import { buildHtml } from "./html";
import { CHARTS_HEADING } from "./publishable";
import { textOf } from "./testing/docx-reader";

const report = loadExample("zhangdian2023");
const template = getTemplate(report.formatVersion);
const charts = chartsForPrint(report);

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("附：图解 in the exports (issue 18)", () => {
  it("prints no years chart for a single year, and every chart's SVG is well-formed XML", () => {
    expect(charts.map((chart) => chart.id)).toEqual(["applicants", "results", "appeals"]);
    const lastYear = { ...report, year: report.year - 1 };
    expect(chartsForPrint(report, [lastYear]).map((chart) => chart.id)).toContain("years");
    for (const chart of charts) expect(XMLValidator.validate(renderChartSvg(chart))).toBe(true);
  });

  it("draws each chart as a PNG of the announced size", () => {
    const png = renderChartPng(charts[0]!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngSize(png)).toEqual(CHART_PNG_SIZE);
  });

  it("puts the charts after the report in the .docx, each with its summary as text alternative and caption", async () => {
    const zip = await JSZip.loadAsync(await buildDocx(template, report, { status: "published", charts }));
    const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(charts.length);
    const document = (await zip.file("word/document.xml")!.async("string")) ?? "";
    const text = textOf(document);
    expect(text.indexOf(CHARTS_HEADING)).toBeGreaterThan(text.indexOf("五、存在的主要问题"));
    for (const chart of charts) {
      expect(text).toContain(chart.title);
      expect(text).toContain(chart.summary);
      expect(document).toContain(`descr="${chart.summary}"`);
    }
  });

  it("leaves the .docx and .html without an appendix when no charts are asked for", async () => {
    const zip = await JSZip.loadAsync(await buildDocx(template, report, { status: "published" }));
    expect(Object.keys(zip.files).some((name) => name.startsWith("word/media/"))).toBe(false);
    expect(buildHtml(template, report, { status: "published" })).not.toContain(CHARTS_HEADING);
  });

  it("embeds the SVGs in the .html as images with alternatives and visible captions, still one file", () => {
    const html = buildHtml(template, report, { status: "published", charts });
    const images = [...html.matchAll(/<img src="data:image\/svg\+xml;base64,([^"]+)" alt="([^"]+)"/g)];
    expect(images).toHaveLength(charts.length);
    images.forEach((image, i) => {
      const svg = Buffer.from(image[1]!, "base64").toString("utf8");
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(image[2]).toContain(charts[i]!.title);
    });
    for (const chart of charts) expect(html).toContain(`<figcaption>${chart.summary}</figcaption>`);
    expect(html).not.toMatch(/src="https?:/);
  });
});
