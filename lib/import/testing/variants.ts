import * as cheerio from "cheerio";

import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template/types";

import type { TTruth } from "./accuracy";

/**
 * Variants of a report as real offices publish it (issue 11 stress set, D61): the same report with other page
 * chrome, tables broken over pages, labels broken over lines, full-width digits, headings spelt otherwise,
 * 表四 transposed, a report body inside a layout table, text copied column by column. Each takes a report's
 * text, HTML or document.xml and returns the changed one; the truth (./accuracy.ts) does not change.
 */

/** A report whose every input cell holds its own value (so a value read into the wrong cell shows). */
export const distinctReport = (template: TReportTemplate, base: TReportDocument): TReportDocument => {
  const cells: TReportDocument["cells"] = {};
  template.cells.forEach((cell, index) => {
    if (cell.sumOf) return;
    cells[cell.id] = cell.kind === "amount" ? ((index * 37) % 900) + 0.25 : ((index * 13) % 97) + 1;
  });
  const { printedTotals: _printed, ...rest } = base;
  void _printed;
  return { ...rest, cells };
};

/** Every cell's value as printed (totals computed from their parts) — the truth of a made report. */
export const truthOfMade = (template: TReportTemplate, report: TReportDocument): TTruth => {
  const truth: TTruth = new Map();
  const value = (id: string): number => {
    const cell = template.cellById.get(id)!;
    if (!cell.sumOf) return Number(report.cells[id] ?? 0);
    return cell.sumOf.reduce((sum, part) => sum + value(part), 0);
  };
  for (const cell of template.cells) truth.set(cell.id, Math.round(value(cell.id) * 10_000) / 10_000);
  return truth;
};

/** ASCII digits to full-width ones (`12` → `１２`), as a Chinese IME types them. */
export const fullWidthDigits = (text: string): string =>
  text.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const CHROME_TOP = [
  "当前位置：首页 > 政务公开 > 政府信息公开年报",
  "字号：大 中 小",
  "【打印本页】 【关闭窗口】",
];
const CHROME_END = ["分享到：", "附件下载：", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页"];

/** A web page around the report: navigation, 当前位置, 字号, 打印本页, 分享到, related links, footer. */
export const wrapHtmlInChrome = (html: string): string => {
  const $ = cheerio.load(html);
  const body = $("body").html() ?? "";
  const nav = `<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/nb">政府信息公开年报</a></div>`;
  const crumbs = `<div class="crumb">${CHROME_TOP.map((line) => `<span>${line}</span>`).join("")}</div>`;
  const related = `<div class="related"><h4>相关链接</h4><ul><li><a href="/a.html">某某县2022年政府信息公开工作年度报告</a></li><li><a href="/b.html">某某县2021年政府信息公开工作年度报告</a></li></ul></div>`;
  const tail = `<div class="tools">${CHROME_END.map((line) => `<span>${line}</span>`).join(" ")}</div>`;
  const footer = `<div class="footer">主办单位：某某县人民政府办公室 网站标识码：3213220001 ICP备案号：苏ICP备05006160号</div>`;
  $("body").html(`${nav}${crumbs}<div class="article">${body}${tail}</div>${related}${footer}`);
  return $.html();
};

/**
 * An old portal's page laid out in tables: a navigation row, the title in its own cell, the body in two more
 * (cut before 三), a footer row; the report's tables are nested inside the layout table's cells.
 */
export const wrapHtmlInLayoutTable = (html: string): string => {
  const $ = cheerio.load(html);
  const title = $("h1").first();
  const heading = $.html(title);
  title.remove();
  const body = $("body").html() ?? "";
  // The body in two cells (the CMS's two content blocks), cut before section 三: no one cell holds the report.
  const cut = body.search(/<h2[^>]*>三、/);
  const [first, second] = cut === -1 ? [body, ""] : [body.slice(0, cut), body.slice(cut)];
  const nav = `<tr><td><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | 当前位置：首页 > 年报</td></tr>`;
  const footer = `<tr><td>版权所有：某某县人民政府 技术支持：某某网络公司 【打印本页】【关闭窗口】</td></tr>`;
  $("body").html(
    `<table width="980">${nav}<tr><td align="center">${heading}</td></tr><tr><td>${first}</td></tr><tr><td>${second}</td></tr>${footer}</table>`,
  );
  return $.html();
};

/**
 * 表三 broken over two pages: the table is cut after its `at`-th body row, the second part repeats the header
 * rows, and a page number and 打印本页 stand between the two tables.
 */
export const splitHtmlTable = (html: string, tableClass: string, at: number): string => {
  const $ = cheerio.load(html);
  const table = $(`table.${tableClass}`).first();
  const head = table.find("thead").first().clone();
  const rows = table.find("tbody > tr");
  const second = $("<table></table>")
    .append(head)
    .append($("<tbody></tbody>").append(rows.slice(at)));
  table.after(second).after("<p>— 5 —</p><p>【打印本页】</p>");
  return $.html();
};

/** A WPS/Word “save as web page”: cells hold `<p><span>`, empty cells `&nbsp;`, labels broken by `<br>`. */
export const wordStyleHtml = (html: string): string => {
  const $ = cheerio.load(html);
  $("td, th").each((_, cell) => {
    const node = $(cell);
    const text = node.text();
    const broken = text.length > 6 ? `${text.slice(0, 4)}<br/>${text.slice(4)}` : text;
    node.html(
      `<p class=MsoNormal align=center><span lang=EN-US style='font-size:10.5pt'>${broken || "&nbsp;"}</span></p>`,
    );
  });
  $("th").each((_, cell) => void (cell.tagName = "td"));
  return $.html();
};

/** Text as a browser copies a page: a table row per line with its cells tab-separated, blocks as lines. */
export const htmlToCopiedText = (html: string): string => {
  const $ = cheerio.load(html);
  $("script, style").remove();
  $("tr").each((_, row) => {
    const cells = $(row)
      .children("td, th")
      .toArray()
      .map((cell) => $(cell).text().replace(/\s+/g, " ").trim());
    $(row).replaceWith(`<p>${cells.join("\t")}</p>`);
  });
  $("br").replaceWith("\n");
  $("p, h1, h2, h3, h4, li, div, table, tbody, thead").each((_, el) => void $(el).append("\n"));
  return $("body")
    .text()
    .split("\n")
    .map((line) => line.replace(/^[ ]+|[ ]+$/g, ""))
    .filter((line, i, all) => line !== "" || all[i - 1] !== "")
    .join("\n");
};

/**
 * Text as a PDF extracts it with no tabs: each table row one line of words and numbers separated by spaces,
 * long labels broken onto a second line before the numbers (`4.保护第三方` / `合法权益 0 1 0 0 0 0 1`).
 */
export const copiedTextAsPdfLines = (text: string): string =>
  text
    .split("\n")
    .map((line) => {
      if (!line.includes("\t")) return line;
      const cells = line.split("\t").filter((cell) => cell.trim() !== "");
      const label = cells.filter((cell) => !/^[\d.\s]+$/.test(cell)).join(" ");
      const numbers = cells.filter((cell) => /^[\d.\s]+$/.test(cell)).join(" ");
      if (label.length > 8 && numbers) return `${label.slice(0, 6)}\n${label.slice(6)} ${numbers}`;
      return [label, numbers].filter(Boolean).join(" ");
    })
    .join("\n");

/** Section headings spelt otherwise: `一、 总体情况` (a space), `（二）` for `二、`, and no 五 heading at all. */
export const respellHeadings = (text: string): string =>
  text
    .replace(/^(\s*)一、\s*总体情况/m, "$1一、 总体情况")
    .replace(/^(\s*)二、\s*主动公开/m, "$1（二）主动公开")
    .replace(/^(\s*)五、[^\n]*\n/m, "$1");

/**
 * A Word body inside a one-cell layout table (WPS templates, some CMS exports): the report's own tables become
 * tables nested in that cell.
 */
export const nestBodyInLayoutTable = (xml: string): string =>
  xml.replace(
    /(<w:body>)([\s\S]*?)(<w:sectPr[\s\S]*<\/w:body>)/,
    (_, open: string, body: string, close: string) =>
      `${open}<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/></w:tcPr>${body}<w:p/></w:tc></w:tr></w:tbl>${close}`,
  );

/**
 * The title paragraph as a text box, as Word writes one: once in `mc:Choice` and again in `mc:Fallback` (VML);
 * a reader taking both reads the title twice.
 */
export const titleInTextBox = (xml: string): string => {
  const at = xml.search(/<w:t[^>]*>[^<]*年度报告<\/w:t>/);
  if (at === -1) return xml;
  const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  const title = xml.slice(at).match(/>([^<]*年度报告)</)![1]!;
  const box = `<w:txbxContent><w:p><w:r><w:t>${title}</w:t></w:r></w:p></w:txbxContent>`;
  const run = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
  return xml.slice(0, start) + run + xml.slice(end);
};

/**
 * A WPS table with a table nested in a cell: 表三's 申请人情况 header cell holds a small table of its own (the
 * applicant groups), as WPS writes when a header was pasted in.
 */
export const nestTableInHeaderCell = (xml: string): string => {
  const at = xml.indexOf(">申请人情况<");
  const end = at === -1 ? -1 : xml.indexOf("</w:tc>", at);
  if (end === -1) return xml;
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const nested = `<w:tbl><w:tr>${cell("自然人")}${cell("法人或其他组织")}</w:tr></w:tbl><w:p/>`;
  return xml.slice(0, end) + nested + xml.slice(end);
};

/** A line of copied text that is a 表三 body row: its label then seven numbers. */
const T3_ROW = /^(.*[\u4e00-\u9fa5”)）].*?)((?:\t[\d.]*){7})$/;

/**
 * 表三 as a PDF text layer gives it column by column: the row labels one a line, then each column's values
 * top to bottom, one a line (`lineEach`: each column's values on one line; `byRows`: the rows' values after all
 * the labels instead); `copied` is ./htmlToCopiedText's.
 */
export const table3InColumnOrder = (copied: string, lineEach = false, byRows = false): string => {
  const lines = copied.split("\n");
  const rows = lines.map((line, index) => ({ index, match: line.match(T3_ROW) })).filter((row) => row.match);
  if (rows.length === 0) return copied;
  const labels = rows.map((row) => row.match![1]!.split("\t").filter(Boolean).join(" "));
  const values = rows.map((row) => row.match![2]!.split("\t").slice(1));
  const columns = values[0]!.map((_, c) => values.map((row) => row[c]!));
  const runs = byRows ? values : columns;
  const block = [...labels, ...(lineEach ? runs.map((run) => run.join(" ")) : runs.flat())];
  const first = rows[0]!.index;
  const last = rows[rows.length - 1]!.index;
  return [...lines.slice(0, first), ...block, ...lines.slice(last + 1)].join("\n");
};

/**
 * A table broken over a page in copied text: after the `at`-th 表三 body row come a page number, chrome and the
 * header rows again (as a PDF or a printed page repeats them).
 */
export const repeatHeaderInText = (copied: string, at: number): string => {
  const lines = copied.split("\n");
  const rows = lines.map((line, index) => ({ index, line })).filter((row) => T3_ROW.test(row.line));
  const header = lines.slice(rows[0]!.index - 3, rows[0]!.index).filter((line) => line.includes("\t"));
  const cut = rows[at]?.index;
  if (cut === undefined) return copied;
  return [
    ...lines.slice(0, cut),
    "— 6 —",
    "第 6 页 共 12 页",
    "打印本页",
    ...header,
    ...lines.slice(cut),
  ].join("\n");
};
