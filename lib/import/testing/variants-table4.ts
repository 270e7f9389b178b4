import * as cheerio from "cheerio";

/**
 * 表四 as real reports lay it out (issue 11 stress set, D61): `values` are its fifteen cells in the template's
 * printed order (行政复议, 未经复议直接起诉, 复议后起诉; 结果维持 … 总计 each). Each replaces `table.t4` of a page
 * exported by lib/export/html.ts.
 */

const RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const GROUPS = ["行政复议", "未经复议直接起诉", "复议后起诉"];

const replaceTable4 = (html: string, table: string): string => {
  const $ = cheerio.load(html);
  $("table.t4").replaceWith(table);
  return $.html();
};

const cell = (value: number | null | undefined) => `<td>${value ?? ""}</td>`;

/**
 * Transposed: one row per result, one column per group. `litigationFirst` prints the two 行政诉讼 columns before
 * 行政复议 (the header says so), which the importer must not read in the template's order.
 */
export const transposeHtmlTable4 = (
  html: string,
  values: readonly (number | null)[],
  litigationFirst = false,
): string => {
  const order = litigationFirst ? [1, 2, 0] : [0, 1, 2];
  const header = litigationFirst
    ? `<tr><td rowspan="2">项目</td><td colspan="2">行政诉讼</td><td rowspan="2">行政复议</td></tr><tr><td>未经复议直接起诉</td><td>复议后起诉</td></tr>`
    : `<tr><td rowspan="2">项目</td><td rowspan="2">行政复议</td><td colspan="2">行政诉讼</td></tr><tr><td>未经复议直接起诉</td><td>复议后起诉</td></tr>`;
  const rows = RESULTS.map(
    (label, r) => `<tr><td>${label}</td>${order.map((g) => cell(values[g * 5 + r])).join("")}</tr>`,
  );
  return replaceTable4(html, `<table class="t4">${header}${rows.join("")}</table>`);
};

/** One row per group, its label first: `行政复议 | 1 | 0 | 0 | 0 | 1`. */
export const table4ByGroup = (html: string, values: readonly (number | null)[]): string => {
  const header = `<tr><td>类别</td>${RESULTS.map((label) => `<td>${label}</td>`).join("")}</tr>`;
  const rows = GROUPS.map(
    (label, g) =>
      `<tr><td>${label}</td>${values
        .slice(g * 5, g * 5 + 5)
        .map(cell)
        .join("")}</tr>`,
  );
  return replaceTable4(html, `<table class="t4">${header}${rows.join("")}</table>`);
};

/** The template's layout with a label cell before the values (`件数 | 0 | 0 | …`) and merged header cells. */
export const table4WithLeadLabel = (html: string, values: readonly (number | null)[]): string => {
  const head = `<tr><td rowspan="3">项目</td><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>${RESULTS.map((label) => `<td rowspan="2">${label}</td>`).join("")}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>${[...RESULTS, ...RESULTS].map((label) => `<td>${label}</td>`).join("")}</tr>`;
  return replaceTable4(
    html,
    `<table class="t4">${head}<tr><td>件数</td>${values.map(cell).join("")}</tr></table>`,
  );
};
