import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";

import { StreamBuilder, type TStream } from "./stream";

const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "section",
  "article",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "dd",
  "dt",
  "header",
  "footer",
  "center",
  "form",
  "hr",
  // Cells of a layout table (./isLayoutTable) are blocks; a report table's cells are read by the table branch.
  "tr",
  "td",
  "th",
]);
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "nav",
  "iframe",
  "select",
  "option",
  "button",
  "head",
  "svg",
]);

/** Words of the six sections' headings: the report's content holds every one of them the page holds. */
const SECTION_MARKS = [
  /总体情况/,
  /主动公开政府信息/,
  /收到和处理/,
  /行政复议/,
  /存在的主要问题/,
  /其他需要报告/,
];

/**
 * The element that holds the report: the smallest one holding every section heading word the whole page holds
 * (at least 总体情况 and 收到和处理 or 行政复议), so page chrome is left out but no part of a report split over
 * several blocks (a CMS's two content cells) is.
 */
const contentRoot = ($: cheerio.CheerioAPI): cheerio.Cheerio<AnyNode> => {
  let best: cheerio.Cheerio<AnyNode> = $("body").length ? $("body") : $.root();
  const whole = best.text();
  const marks = SECTION_MARKS.filter((mark) => mark.test(whole));
  if (!/总体情况/.test(whole) || !/收到和处理|行政复议/.test(whole)) return best;
  let bestLength = whole.length;
  $("div, article, section, td, main").each((_, element) => {
    const node = $(element);
    const text = node.text();
    if (text.length < bestLength && marks.every((mark) => mark.test(text))) {
      best = node;
      bestLength = text.length;
    }
  });
  return best;
};

/** The table's own rows (not those of tables nested in its cells). */
const ownRows = ($: cheerio.CheerioAPI, table: Element) =>
  $(table)
    .find("tr")
    .filter((_, tr) => $(tr).closest("table")[0] === table);

/**
 * A layout table: it holds other tables, and none of its own cells is a number (a report table's are). Its
 * cells are read as blocks of the page, so a report set inside one reads like any other and its tables are
 * counted as the person sees them (“第2个表格”).
 */
const isLayoutTable = ($: cheerio.CheerioAPI, table: Element): boolean =>
  $(table).find("table").length > 0 &&
  !ownRows($, table)
    .children("td, th")
    .toArray()
    .some((cell) => $(cell).find("table").length === 0 && /^[\d.,，\s]+$/.test($(cell).text().trim() || "x"));

/**
 * A web page → stream: each `<tr>` a row and each `<td>`/`<th>` a cell
 * (row/column spans need no expansion: rows are found by their labels), blocks and `<br>` break lines; a layout
 * table (./isLayoutTable) is see-through. `where` names the table and row (as the page shows them: layout
 * tables not counted) or the paragraph for provenance.
 */
export const streamFromHtml = (html: string, label = "网页"): { stream: TStream; title?: string } => {
  const $ = cheerio.load(html);
  const title = ($("h1").first().text() || $("title").first().text()).trim() || undefined;
  const builder = new StreamBuilder();
  let paragraph = 0;
  let table = 0;
  let line = "";
  const flush = () => {
    if (line.trim()) builder.line(line.replace(/\s+/g, " ").trim(), `${label}第${++paragraph}段`);
    line = "";
  };
  const walk = (node: AnyNode) => {
    if (node.type === "text") {
      line += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== "tag") return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === "br") return void flush();
    if (tag === "table" && isLayoutTable($, element)) {
      // Page layout (old portals set whole pages in tables): its cells are blocks, the tables inside are the tables.
      flush();
      for (const child of element.children) walk(child);
      flush();
      return;
    }
    if (tag === "table") {
      flush();
      table++;
      let row = 0;
      ownRows($, element).each((_, tr) => {
        row++;
        $(tr)
          .children("td, th")
          .each((__, cell) => {
            const text = $(cell)
              .find("br, p, div")
              .each((___, inner) => void $(inner).before(" "))
              .end()
              .text();
            builder.cell(text.replace(/\s+/g, " "), `第${table}个表格第${row}行`);
          });
        builder.endRow(`第${table}个表格第${row}行`);
      });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of element.children) walk(child);
    if (block) flush();
  };
  for (const child of contentRoot($).contents().toArray()) walk(child);
  flush();
  return { stream: builder.build(), title };
};

const ATTACHMENT_RE = /\.(?:pdf|docx?|wps|xlsx?)(?:[?#]|$)/i;
const REPORT_TITLE_RE = /政府信息公开.{0,6}年度报告|信息公开.{0,4}年报/;

/**
 * Why a fetched web page holding no report is not one (issue 11: “say so plainly when the page is a list or only
 * links a PDF”): the attachment it links (`《标题》（网址）`), or the report pages it lists; null when neither.
 * `baseUrl` resolves relative links.
 */
export const describeNonReportPage = (html: string, baseUrl: string): string | null => {
  const $ = cheerio.load(html);
  const links = $("a[href]")
    .toArray()
    .map((element) => {
      const href = $(element).attr("href") ?? "";
      let url = href;
      try {
        url = new URL(href, baseUrl).toString();
      } catch {
        /* keep as written */
      }
      return { text: $(element).text().replace(/\s+/g, " ").trim(), url, href };
    });
  const attachments = links.filter((link) => ATTACHMENT_RE.test(link.href));
  const reportAttachment =
    attachments.find((link) => REPORT_TITLE_RE.test(link.text) || REPORT_TITLE_RE.test(link.href)) ??
    (attachments.length === 1 ? attachments[0] : undefined);
  if (reportAttachment) {
    return `该网页没有报告正文，只链接了附件“${reportAttachment.text || "附件"}”（${reportAttachment.url}）。请下载该附件后上传，或填写附件的网址。`;
  }
  const listed = links.filter((link) => REPORT_TITLE_RE.test(link.text));
  if (listed.length >= 2) {
    return `该网页是列表页，列出了 ${listed.length} 篇年度报告（如“${listed[0]!.text}”）。请打开要导入的那一篇，填写它的网址。`;
  }
  return null;
};
