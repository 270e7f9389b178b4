import type { TChartData } from "@/lib/charts/report-charts";
import { resolveLinkedNarrative } from "@/lib/report/linked-values";
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
  /**
   * Per body row: keep it on the page of the next row. A 表二 band row (第二十条第（一）项) stays with its
   * rows, and the rows under a spanned group label (（三）不予公开 …) stay together, so a page break never
   * leaves a band alone at the bottom or a group's rows without their label.
   */
  keepWithNext: boolean[];
  /** Per body row: the index of the group it belongs to (rows sharing a spanned label or a band). */
  groupOf: number[];
}

/** Which edition is exported: anything not 已发布 is a draft and says so on every page (issue 12). */
export interface TExportEdition {
  status: "draft" | "published";
  /**
   * 图解 to print after the report as 附：图解 (lib/charts `reportCharts`), each picture with its summary as the
   * text alternative. Absent or empty: no appendix (the frozen publication files never carry one).
   */
  charts?: readonly TChartData[];
}

export interface TPublishable {
  title: string;
  /** The title broken into balanced lines for a 2号 heading on the 156 mm text block. */
  titleLines: string[];
  blocks: TBlock[];
  /**
   * 落款: the issuing office (default: the agency) and the date when one is set. An imported report prints
   * only what the original had: no 落款 at all when it had none.
   */
  signature?: { issuer: string; date?: string };
  /** A draft: the .docx carries “草稿” in the header of every page, the .html a banner. */
  draft: boolean;
  /** 附：图解 after the 落款 (`TExportEdition.charts`); empty when none was asked for. */
  charts: readonly TChartData[];
}

/** The heading of the charts appendix. */
export const CHARTS_HEADING = "附：图解";

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
  const fits = [...candidates].filter(
    (at) => textWidthEm(title.slice(0, at)) <= perLine && textWidthEm(title.slice(at)) <= perLine,
  );
  const best = fits.sort(
    (a, b) =>
      Math.abs(textWidthEm(title.slice(0, a)) - textWidthEm(title.slice(a))) -
      Math.abs(textWidthEm(title.slice(0, b)) - textWidthEm(title.slice(b))),
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

const SECTION_SUMMARY =
  "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项";

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

const printCell = (
  cell: TGridCell,
  report: TReportDocument,
  values: TReportValues,
  template: TReportTemplate,
  asPublished: boolean,
): TPrintedCell => {
  if (cell.type === "label") {
    return {
      text: cell.text,
      header: cell.header ?? false,
      scope: cell.scope,
      rowSpan: cell.rowSpan ?? 1,
      colSpan: cell.colSpan ?? 1,
      numeric: false,
    };
  }
  const def = template.cellById.get(cell.cellId);
  const value = def ? values.effectiveAt[def.index] : null;
  const raw = def?.sumOf ? report.printedTotals?.[cell.cellId] : report.cells[cell.cellId];
  // Blank prints as an explicit 0 (template-spec §3.9) — except in an imported report, which prints as it
  // was published: a blank stays blank. Unreadable text prints as the report has it.
  const text =
    value !== null && value !== undefined
      ? formatNumber(value)
      : typeof raw === "string" && raw.trim()
        ? raw.trim()
        : asPublished
          ? ""
          : "0";
  return { text, header: false, rowSpan: 1, colSpan: cell.colSpan ?? 1, numeric: true };
};

/** A short run of rows to keep on one page: a band with its rows, or the rows of a spanned group label. */
const MAX_KEPT_ROWS = 10;

/**
 * Groups of body rows that belong together: a row whose single label spans the whole width (a 表二 band)
 * starts a group running to the next band; a label spanning several rows (（三）不予公开 over 8 rows) makes
 * those rows a group, unless the span is longer than a page can surely hold (三、本年度办理结果).
 */
const rowGroups = (rows: TPrintedCell[][], columnCount: number): number[] => {
  const groupOf = rows.map((_, i) => i);
  rows.forEach((row, i) => {
    const band = row.length === 1 && row[0]?.header && row[0].colSpan === columnCount;
    if (band) {
      for (let j = i + 1; j < rows.length; j += 1) {
        const next = rows[j];
        if (next?.length === 1 && next[0]?.colSpan === columnCount) break;
        groupOf[j] = groupOf[i] ?? i;
      }
    }
    for (const cell of row) {
      if (cell.rowSpan > 1 && cell.rowSpan <= MAX_KEPT_ROWS) {
        for (let j = i + 1; j < i + cell.rowSpan && j < rows.length; j += 1) groupOf[j] = groupOf[i] ?? i;
      }
    }
  });
  return groupOf;
};

const printTable = (
  table: TTableDef,
  report: TReportDocument,
  values: TReportValues,
  template: TReportTemplate,
  asPublished: boolean,
): TPrintedTable => {
  const rows = table.rows.map((row) => ({
    isHeader: row.isHeader ?? false,
    cells: row.cells.map((cell) => printCell(cell, report, values, template, asPublished)),
  }));
  const bodyRows = rows.filter((row) => !row.isHeader).map((row) => row.cells);
  const groupOf = rowGroups(bodyRows, table.columnCount);
  return {
    id: table.id,
    title: table.title,
    columnCount: table.columnCount,
    headerRows: rows.filter((row) => row.isHeader).map((row) => row.cells),
    bodyRows,
    keepWithNext: bodyRows.map((_, i) => i + 1 < bodyRows.length && groupOf[i + 1] === groupOf[i]),
    groupOf,
  };
};

/** A 表下说明 as printed: “注：” once, whether or not the text already starts with it. */
const remarkText = (remark: string): string => (/^注[:：]/.test(remark) ? remark : `注：${remark}`);

/**
 * The publishable model of a report. `edition.status` must be given: a draft is marked on every page.
 * A report imported from a published file (`source.kind` "import") is printed as published: blank cells
 * blank, no generated opening or 落款 where it had none; `source.note` (the transcriber's note) is never
 * printed, the 表下说明 (`remarks`) always is.
 */
export const buildPublishable = (
  template: TReportTemplate,
  marked: TReportDocument,
  edition: TExportEdition,
): TPublishable => {
  const values = resolveValues(template, marked);
  // Linked values (issue 13) print as the current table numbers; nothing below sees a marker.
  const narrative = resolveLinkedNarrative(marked.narrative, values);
  const report = narrative === marked.narrative ? marked : { ...marked, narrative };
  const asPublished = report.source?.kind === "import";
  const title = reportTitle(report);
  const opening = report.narrative.opening?.trim() || (asPublished ? "" : generatedOpening(template, report));
  const blocks: TBlock[] = [...narrativeBlocks(opening)];
  for (const section of template.sections) {
    blocks.push({ kind: "heading1", text: section.heading });
    blocks.push(...narrativeBlocks(report.narrative[section.id]));
    if (section.tableId) {
      blocks.push({
        kind: "table",
        table: printTable(template.tables[section.tableId], report, values, template, asPublished),
      });
      const remark = report.remarks?.[section.tableId]?.trim();
      if (remark) blocks.push({ kind: "note", text: remarkText(remark) });
    }
  }
  const issuer = report.details.issuer?.trim() || (asPublished ? "" : report.details.agencyName.trim());
  const date = report.details.issueDate ? formatChineseDate(report.details.issueDate) : undefined;
  const signature = issuer ? { issuer, ...(date ? { date } : {}) } : date ? { issuer: "", date } : undefined;
  return {
    title,
    titleLines: balanceTitle(title, report.details.agencyName.trim()),
    blocks,
    ...(signature ? { signature } : {}),
    draft: edition.status !== "published",
    charts: edition.charts ?? [],
  };
};
