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

/** The element that holds the report: the smallest one holding both 总体情况 and 其他需要报告 (page chrome off). */
const contentRoot = ($: cheerio.CheerioAPI): cheerio.Cheerio<AnyNode> => {
  let best: cheerio.Cheerio<AnyNode> = $("body").length ? $("body") : $.root();
  let bestLength = best.text().length;
  $("div, article, section, td, main").each((_, element) => {
    const node = $(element);
    const text = node.text();
    if (/总体情况/.test(text) && /(?:收到和处理|行政复议)/.test(text) && text.length < bestLength) {
      // A table cell holding the whole report (old page layouts) counts; a 表三 cell does not.
      if (element.tagName === "td" && !/总体情况[\s\S]*其他需要报告/.test(text)) return;
      best = node;
      bestLength = text.length;
    }
  });
  return best;
};

/**
 * A web page → stream: each `<tr>` a row and each `<td>`/`<th>` a cell
 * (row/column spans need no expansion: rows are found by their labels), blocks and `<br>` break lines.
 * `where` names the table and row or the paragraph for provenance.
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
    if (tag === "table") {
      flush();
      table++;
      let row = 0;
      $(element)
        .find("tr")
        .filter((_, tr) => $(tr).closest("table")[0] === element)
        .each((_, tr) => {
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
