import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template";

import { renderChartSvg } from "@/lib/charts/render-svg";
import type { TChartData } from "@/lib/charts/report-charts";

import {
  CHARTS_HEADING,
  exportPublishable,
  type TBlock,
  type TExportEdition,
  type TPrintedCell,
  type TPrintedTable,
} from "./publishable";
import { cssFontFamily, FONT_FACES, heavierFontFaceCss } from "./fonts";

/**
 * One self-contained, publish-ready HTML page: inline CSS, no scripts, no external resources,
 * semantic tables with the template's merged cells, a print stylesheet for A4. Every piece of user text
 * passes through `escapeHtml` here, at the render step.
 */

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );

/** Fonts: each face with its fallbacks (./fonts.ts), so a machine without 黑体 still shows “一、” in a 黑-like face. */
const STYLE = `
${heavierFontFaceCss()}
:root { color-scheme: light; }
body { margin: 0; background: #f3f3f3; color: #000; font-family: ${cssFontFamily(FONT_FACES.body)}; font-size: 16pt; line-height: 1.8; }
main { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff; }
h1 { margin: 0 0 1em; text-align: center; font-family: ${cssFontFamily(FONT_FACES.title)}; font-size: 22pt; font-weight: normal; line-height: 1.5; }
h1 span { display: block; }
h2 { margin: 0; font-family: ${cssFontFamily(FONT_FACES.heading1)}; font-size: 16pt; font-weight: normal; text-indent: 2em; }
h3 { margin: 0; font-family: ${cssFontFamily(FONT_FACES.heading2)}; font-size: 16pt; font-weight: normal; text-indent: 2em; }
h4 { margin: 0; font-size: 16pt; font-weight: normal; text-indent: 2em; }
p { margin: 0; text-indent: 2em; overflow-wrap: anywhere; }
p.note { text-indent: 0; font-size: 12pt; line-height: 1.5; margin-top: 0.3em; }
.table-wrap { overflow-x: auto; margin: 0.5em 0 1em; }
table { width: 100%; border-collapse: collapse; font-family: ${cssFontFamily(FONT_FACES.body)}; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
th { font-weight: normal; text-align: center; }
th[scope="row"] { text-align: left; }
/* Column headers never wrap one character per line (自/然/人): at least two characters, table 三 three. */
th[scope="col"] { min-width: 2em; }
table.t3 th[scope="col"] { min-width: 3em; }
.draft-banner { position: sticky; top: 0; z-index: 1; margin: 0; padding: 0.4em 1em; background: #fff1f0; border-bottom: 2px solid #c00000; color: #c00000; font-family: ${cssFontFamily(FONT_FACES.heading1)}; font-size: 14pt; text-align: center; text-indent: 0; }
td { text-align: center; font-family: "Times New Roman", serif; white-space: nowrap; }
.signature { margin-top: 2em; text-align: right; text-indent: 0; }
.signature p { text-indent: 0; padding-right: 2em; }
@media screen and (max-width: 640px) {
  body { font-size: 13pt; background: #fff; }
  main { padding: 1.2em 1em; }
  h1 { font-size: 18pt; }
  h2, h3, h4 { font-size: 13pt; }
}
.tujie { margin-top: 2em; }
.tujie figure { margin: 1em 0 1.5em; }
.tujie img { display: block; width: 100%; height: auto; }
.tujie figcaption { font-size: 12pt; line-height: 1.5; }
@media print {
  .tujie { break-before: page; }
  .tujie figure { break-inside: avoid; }
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .table-wrap { overflow: visible; }
  table { page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  tr.keep-next { break-after: avoid; page-break-after: avoid; }
  /* Above the title on the first page, never over it (a fixed banner printed on top of the title). */
  .draft-banner { position: static; border: 0; background: none; margin: 0 0 1em; }
}`;

/**
 * A draft's mark in the top margin of every printed page (CSS page margin boxes; browsers without them print
 * the banner on the first page only).
 */
const draftPrintStyle = (): string => `
@media print {
  @page { @top-center { content: "${DRAFT_BANNER}"; color: #c00000; font-size: 12pt; font-family: ${cssFontFamily(FONT_FACES.heading1)}; } }
}`;

const attrs = (cell: TPrintedCell): string =>
  (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "") +
  (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "");

const renderCell = (cell: TPrintedCell): string => {
  if (!cell.header) return `<td${attrs(cell)}>${escapeHtml(cell.text)}</td>`;
  const scope = cell.scope ? ` scope="${cell.scope}"` : "";
  return `<th${scope}${attrs(cell)}>${escapeHtml(cell.text)}</th>`;
};

/**
 * Rows as markup; a row kept with the next (a 表二 band, rows of a spanned group) gets `class="keep-next"`,
 * which print avoids breaking after. One <tbody> for all rows: a rowspan cannot cross row groups.
 */
const renderRows = (rows: TPrintedCell[][], keepWithNext: readonly boolean[] = []): string =>
  rows
    .map((row, i) => `<tr${keepWithNext[i] ? ' class="keep-next"' : ""}>${row.map(renderCell).join("")}</tr>`)
    .join("\n");

const renderTable = (table: TPrintedTable, labelId: string): string => {
  const head = table.headerRows.length ? `<thead>\n${renderRows(table.headerRows)}\n</thead>\n` : "";
  return (
    // A focusable, labelled region: a narrow screen scrolls wide tables sideways, also by keyboard.
    `<section class="table-wrap" aria-labelledby="${labelId}" tabindex="0">\n` +
    `<table class="${table.id}" aria-labelledby="${labelId}">\n${head}<tbody>\n${renderRows(table.bodyRows, table.keepWithNext)}\n</tbody>\n</table>\n</section>`
  );
};

const renderBlocks = (blocks: TBlock[]): string => {
  let sectionIndex = 0;
  let lastHeadingId = "";
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "heading1":
          sectionIndex += 1;
          lastHeadingId = `section-${sectionIndex}`;
          return `<h2 id="${lastHeadingId}">${escapeHtml(block.text)}</h2>`;
        case "heading2":
          return `<h3>${escapeHtml(block.text)}</h3>`;
        case "heading3":
          return `<h4>${escapeHtml(block.text)}</h4>`;
        case "paragraph":
          return `<p>${escapeHtml(block.text)}</p>`;
        case "note":
          return `<p class="note">${escapeHtml(block.text)}</p>`;
        case "table":
          return renderTable(block.table, lastHeadingId);
      }
    })
    .join("\n");
};

/**
 * 附：图解: each chart an <img> of its server-side SVG (a data: URL, so the page stays one self-contained file)
 * whose alt is the chart's summary with every number, and that summary as the visible caption.
 */
const renderCharts = (charts: readonly TChartData[]): string => {
  if (charts.length === 0) return "";
  const figures = charts.map((chart, i) => {
    const svg = Buffer.from(renderChartSvg(chart), "utf8").toString("base64");
    return `<figure>
<h3>图${i + 1}　${escapeHtml(chart.title)}</h3>
<img src="data:image/svg+xml;base64,${svg}" alt="图${i + 1}：${escapeHtml(chart.title)}（数字见图下说明）" width="720" height="400">
<figcaption>${escapeHtml(chart.summary)}</figcaption>
</figure>`;
  });
  return `<section class="tujie" aria-labelledby="tujie">
<h2 id="tujie">${CHARTS_HEADING}</h2>
${figures.join("\n")}
</section>`;
};

/** The banner of a draft: at the top of the page on screen, on every printed page. */
export const DRAFT_BANNER = "草稿：本报告尚未发布，不得作为正式文本";

/** The .html of a report; `edition.status` "draft" adds the 草稿 banner. */
export const buildHtml = (
  template: TReportTemplate,
  report: TReportDocument,
  edition: TExportEdition,
): string => {
  const doc = exportPublishable(template, report, edition);
  const signature = [doc.signature?.issuer, doc.signature?.date]
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line ?? "")}</p>`)
    .join("");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="年报通">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}${doc.draft ? draftPrintStyle() : ""}
</style>
</head>
<body>
${doc.draft ? `<p class="draft-banner" role="note">${DRAFT_BANNER}</p>\n` : ""}<main>
<h1>${doc.titleLines.map((line) => `<span>${escapeHtml(line)}</span>`).join("")}</h1>
${renderBlocks(doc.blocks)}
${signature ? `<div class="signature">${signature}</div>` : ""}
${renderCharts(doc.charts)}
</main>
</body>
</html>
`;
};
