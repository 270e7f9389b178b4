import type { TReportDocument } from "@/lib/report/schema";
import { reportTitle } from "@/lib/report/title";
import { resolveValues, type TReportValues } from "@/lib/report/values";
import type { TGridCell, TReportTemplate, TTableDef } from "@/lib/template";

import { formatChineseDate, formatNumber, textWidthEm } from "./format";

/**
 * The report as it will be published, independent of the output format: title lines, the opening
 * paragraph, the six sections as headings, paragraphs and printed tables, and the signature. The .docx
 * and .html exporters both render this one model, so they cannot disagree about content.
 */

export type TBlock =
  | { kind: "heading1"; text: string }
  | { kind: "heading2"; text: string }
  | { kind: "heading3"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; table: TPrintedTable }
  | { kind: "note"; text: string };

export interface TPrintedCell {
  text: string;
  header: boolean;
  scope?: "row" | "col" | "rowgroup" | "colgroup";
  rowSpan: number;
  colSpan: number;
  numeric: boolean;
}

export interface TPrintedTable {
  id: TTableDef["id"];
  title: string;
  columnCount: number;
  headerRows: TPrintedCell[][];
  bodyRows: TPrintedCell[][];
}

export interface TPublishable {
  title: string;
  /** The title broken into balanced lines for a 2号 heading on the 156 mm text block. */
  titleLines: string[];
  blocks: TBlock[];
  /** 落款: the issuing office (default: the agency) and the date when one is set. */
  signature: { issuer: string; date?: string };
}

/** Characters of 2号 (22 pt) type on one 156 mm line. */
export const TITLE_CHARS_PER_LINE = 20;

/**
 * GB/T 9704 asks for a title in one or more centred lines, broken at word boundaries into a trapezoid or
 * diamond. Prefer breaking after the agency name or before the year, choosing the most even split.
 */
export const balanceTitle = (title: string, agencyName: string, perLine = TITLE_CHARS_PER_LINE): string[] => {
  if (textWidthEm(title) <= perLine) return [title];
  const candidates = new Set<number>();
  const agencyEnd = agencyName ? title.indexOf(agencyName) + agencyName.length : -1;
  if (agencyEnd > 0 && agencyEnd < title.length) candidates.add(agencyEnd);
  const suffix = title.indexOf("政府信息公开工作年度报告");
  if (suffix > 0) candidates.add(suffix);
  const yearAt = title.search(/\d{4}年/);
  if (yearAt > 0) candidates.add(yearAt);
  const fits = [...candidates].filter((at) => textWidthEm(title.slice(0, at)) <= perLine && textWidthEm(title.slice(at)) <= perLine);
  const best = fits.sort(
    (a, b) => Math.abs(textWidthEm(title.slice(0, a)) - textWidthEm(title.slice(a))) - Math.abs(textWidthEm(title.slice(0, b)) - textWidthEm(title.slice(b))),
  )[0];
  if (best !== undefined) return [title.slice(0, best), title.slice(best)];
  const lines: string[] = [];
  const chars = [...title];
  const count = Math.ceil(textWidthEm(title) / perLine);
  const size = Math.ceil(chars.length / count);
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(""));
  return lines;
};

const SUBHEADING_RE = /^（[一二三四五六七八九十]+）/;
const ITEM_RE = /^\d+[.．、]/;
const isShortHeading = (line: string): boolean => line.length <= 40 && !line.slice(0, -1).includes("。");

/** Narrative text → blocks: `（一）…` lines become level-2 headings, `1.…` lines level-3; the rest paragraphs. */
export const narrativeBlocks = (text: string | undefined): TBlock[] =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): TBlock => {
      if (SUBHEADING_RE.test(line) && isShortHeading(line)) return { kind: "heading2", text: line };
      if (ITEM_RE.test(line) && isShortHeading(line)) return { kind: "heading3", text: line };
      return { kind: "paragraph", text: line };
    });

const SECTION_SUMMARY = "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项";

/** The opening most published reports use (template-spec §3.4), built from the report's details. */
export const generatedOpening = (template: TReportTemplate, report: TReportDocument): string => {
  const { publication, contact } = report.details;
  const parts = [
    `根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（${template.documentNo}）要求，编制本报告。`,
    `全文包括${SECTION_SUMMARY}六部分。`,
    `本报告所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止。`,
  ];
  if (publication?.website) {
    const column = publication.column ? `“${publication.column}”专栏` : "";
    parts.push(`本报告电子版可在${publication.website}${column}查阅或下载。`);
  }
  const details = [
    contact?.address && `地址：${contact.address}`,
    contact?.postcode && `邮编：${contact.postcode}`,
    contact?.phone && `电话：${contact.phone}`,
    contact?.email && `电子邮箱：${contact.email}`,
  ].filter(Boolean);
  if (contact?.office || details.length) {
    const who = contact?.office || report.details.agencyName;
    parts.push(`如对本报告有疑问，请与${who}联系${details.length ? `（${details.join("；")}）` : ""}。`);
  }
  return parts.join("");
};

const printCell = (cell: TGridCell, report: TReportDocument, values: TReportValues, template: TReportTemplate): TPrintedCell => {
  if (cell.type === "label") {
    return { text: cell.text, header: cell.header ?? false, scope: cell.scope, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1, numeric: false };
  }
  const def = template.cellById.get(cell.cellId);
  const value = def ? values.effectiveAt[def.index] : null;
  const raw = def?.sumOf ? report.printedTotals?.[cell.cellId] : report.cells[cell.cellId];
  // Blank prints as an explicit 0 (template-spec §3.9); unreadable text prints as the report has it.
  const text = value !== null && value !== undefined ? formatNumber(value) : typeof raw === "string" && raw.trim() ? raw.trim() : "0";
  return { text, header: false, rowSpan: 1, colSpan: cell.colSpan ?? 1, numeric: true };
};

const printTable = (table: TTableDef, report: TReportDocument, values: TReportValues, template: TReportTemplate): TPrintedTable => {
  const rows = table.rows.map((row) => ({ isHeader: row.isHeader ?? false, cells: row.cells.map((cell) => printCell(cell, report, values, template)) }));
  return {
    id: table.id,
    title: table.title,
    columnCount: table.columnCount,
    headerRows: rows.filter((row) => row.isHeader).map((row) => row.cells),
    bodyRows: rows.filter((row) => !row.isHeader).map((row) => row.cells),
  };
};

export const buildPublishable = (template: TReportTemplate, report: TReportDocument): TPublishable => {
  const values = resolveValues(template, report);
  const title = reportTitle(report);
  const blocks: TBlock[] = [...narrativeBlocks(report.narrative.opening?.trim() || generatedOpening(template, report))];
  for (const section of template.sections) {
    blocks.push({ kind: "heading1", text: section.heading });
    blocks.push(...narrativeBlocks(report.narrative[section.id]));
    if (section.tableId) {
      blocks.push({ kind: "table", table: printTable(template.tables[section.tableId], report, values, template) });
      const remark = report.remarks?.[section.tableId]?.trim();
      if (remark) blocks.push({ kind: "note", text: `注：${remark}` });
    }
  }
  const issuer = report.details.issuer?.trim() || report.details.agencyName.trim();
  const date = report.details.issueDate;
  return {
    title,
    titleLines: balanceTitle(title, report.details.agencyName.trim()),
    blocks,
    signature: date ? { issuer, date: formatChineseDate(date) } : { issuer },
  };
};
