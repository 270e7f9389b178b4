import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template";

import { buildPublishable, type TBlock, type TPrintedCell, type TPrintedTable } from "./publishable";

/**
 * One self-contained, publish-ready HTML page: inline CSS, no scripts, no external resources,
 * semantic tables with the template's merged cells, a print stylesheet for A4. Every piece of user text
 * passes through `escapeHtml` here, at the render step.
 */

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #f3f3f3; color: #000; font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Times New Roman", serif; font-size: 16pt; line-height: 1.8; }
main { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff; }
h1 { margin: 0 0 1em; text-align: center; font-family: "方正小标宋简体", "小标宋", "华文中宋", "宋体", SimSun, serif; font-size: 22pt; font-weight: normal; line-height: 1.5; }
h1 span { display: block; }
h2 { margin: 0; font-family: "黑体", SimHei, "Microsoft YaHei", sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; }
h3 { margin: 0; font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; font-size: 16pt; font-weight: normal; text-indent: 2em; }
h4 { margin: 0; font-size: 16pt; font-weight: normal; text-indent: 2em; }
p { margin: 0; text-indent: 2em; overflow-wrap: anywhere; }
p.note { text-indent: 0; font-size: 12pt; line-height: 1.5; margin-top: 0.3em; }
.table-wrap { overflow-x: auto; margin: 0.5em 0 1em; }
table { width: 100%; border-collapse: collapse; font-family: "仿宋_GB2312", "仿宋", FangSong, "宋体", SimSun, serif; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
th { font-weight: normal; text-align: center; }
th[scope="row"] { text-align: left; }
td { text-align: center; font-family: "Times New Roman", serif; white-space: nowrap; }
.signature { margin-top: 2em; text-align: right; text-indent: 0; }
.signature p { text-indent: 0; padding-right: 2em; }
@media (max-width: 640px) {
  body { font-size: 13pt; background: #fff; }
  main { padding: 1.2em 1em; }
  h1 { font-size: 18pt; }
  h2, h3, h4 { font-size: 13pt; }
}
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { background: #fff; }
  main { max-width: none; padding: 0; }
  .table-wrap { overflow: visible; }
  table { page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
}`;

const attrs = (cell: TPrintedCell): string =>
  (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "") + (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "");

const renderCell = (cell: TPrintedCell): string => {
  if (!cell.header) return `<td${attrs(cell)}>${escapeHtml(cell.text)}</td>`;
  const scope = cell.scope ? ` scope="${cell.scope}"` : "";
  return `<th${scope}${attrs(cell)}>${escapeHtml(cell.text)}</th>`;
};

const renderRows = (rows: TPrintedCell[][]): string => rows.map((row) => `<tr>${row.map(renderCell).join("")}</tr>`).join("\n");

const renderTable = (table: TPrintedTable, labelId: string): string => {
  const head = table.headerRows.length ? `<thead>\n${renderRows(table.headerRows)}\n</thead>\n` : "";
  return (
    // A focusable, labelled region: a narrow screen scrolls wide tables sideways, also by keyboard.
    `<section class="table-wrap" aria-labelledby="${labelId}" tabindex="0">\n` +
    `<table aria-labelledby="${labelId}">\n${head}<tbody>\n${renderRows(table.bodyRows)}\n</tbody>\n</table>\n</section>`
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

export const buildHtml = (template: TReportTemplate, report: TReportDocument): string => {
  const doc = buildPublishable(template, report);
  const signature = [doc.signature.issuer, doc.signature.date].filter(Boolean).map((line) => `<p>${escapeHtml(line ?? "")}</p>`).join("");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="年报通">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
<h1>${doc.titleLines.map((line) => `<span>${escapeHtml(line)}</span>`).join("")}</h1>
${renderBlocks(doc.blocks)}
<div class="signature">${signature}</div>
</main>
</body>
</html>
`;
};
