import type { TChartData } from "@/lib/charts/report-charts";
import { resolveLinkedNarrative } from "@/lib/report/linked-values";
import type { TReportDocument } from "@/lib/report/schema";
import { reportTitle } from "@/lib/report/title";
import { isAsPublishedImport, resolveValues } from "@/lib/report/values";
import type { TReportTemplate } from "@/lib/template";
import { cleanDeep } from "@/lib/text/clean";

import { formatChineseDate } from "./format";
import { printTable, remarkText, type TPrintedTable } from "./printed-tables";
import { balanceTitle, generatedOpening, narrativeBlocks } from "./publishable-text";

/**
 * The report as it will be published, independent of the output format: title lines, the opening
 * paragraph, the six sections as headings, paragraphs and printed tables, and the signature. The .docx
 * and .html exporters both render this one model, so they cannot disagree about content. Tables are
 * printed by ./printed-tables.ts, the title and narrative text by ./publishable-text.ts.
 */

export type { TPrintedCell, TPrintedTable } from "./printed-tables";
export { balanceTitle, generatedOpening, narrativeBlocks, TITLE_CHARS_PER_LINE } from "./publishable-text";

export type TBlock =
  | { kind: "heading1"; text: string }
  | { kind: "heading2"; text: string }
  | { kind: "heading3"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; table: TPrintedTable }
  | { kind: "note"; text: string };

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

/**
 * The publishable model of a report. `edition.status` must be given: a draft is marked on every page.
 * A report imported from a published file and kept as published (`isAsPublishedImport`) is printed as published: blank cells
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
  const asPublished = isAsPublishedImport(report);
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

/**
 * What an exporter renders (`buildPublishable`) after the last guard (lib/text/clean): only XML- and
 * HTML-legal characters leave, whatever was stored earlier.
 */
export const exportPublishable = (
  template: TReportTemplate,
  report: TReportDocument,
  edition: TExportEdition,
): TPublishable => buildPublishable(template, cleanDeep(report).value, edition);
