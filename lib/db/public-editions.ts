import type { TReportDocument } from "@/lib/report/schema";
import { ZReportDocument } from "@/lib/report/schema";

import { getPrisma } from "./client";

/**
 * The public side of publications (年报专栏, open data): only frozen editions (`Publication` rows), never a
 * report's working copy (`Report.data`) or its status. An edition exists only once a reviewer published it
 * (lib/db/workflow.ts `changeReportStatus`), so a draft, submitted, returned or approved report that was never
 * published has none and stays invisible; a report under correction shows its earlier editions, unchanged.
 */

/** One frozen edition without its bytes. */
export interface TPublicEditionRow {
  officeId: string;
  year: number;
  formatVersion: number;
  /** 1 for the first publication, 2 … for corrections. */
  edition: number;
  /** 更正说明 (null for the first publication). */
  note: string | null;
  publishedAt: Date;
  docxSha256: string;
  htmlSha256: string;
}

/**
 * Every frozen edition, of the given offices (every office when omitted): newest year first, then edition
 * ascending. Bytes and documents are left out (an index of hundreds of reports stays small).
 */
export const listPublicEditions = async (officeIds?: string[]): Promise<TPublicEditionRow[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.publication.findMany({
    where: officeIds ? { report: { officeId: { in: officeIds } } } : {},
    orderBy: [{ report: { year: "desc" } }, { edition: "asc" }],
    select: {
      edition: true,
      note: true,
      publishedAt: true,
      docxSha256: true,
      htmlSha256: true,
      report: { select: { officeId: true, year: true, formatVersion: true } },
    },
  });
  return rows.map(({ report, ...row }) => ({ ...report, ...row }));
};

/** One frozen edition with the stored document and, on request, the stored file. */
export interface TPublicEditionContent {
  document: TReportDocument;
  html?: string;
  docx?: Uint8Array<ArrayBuffer>;
  docxSha256: string;
  htmlSha256: string;
}

/**
 * Edition `edition` of an office's report for `year`, as stored at publication: the interchange document,
 * and the .html text or .docx bytes when asked for. Null when there is no such edition.
 */
export const getPublicEdition = async (
  officeId: string,
  year: number,
  edition: number,
  file: "html" | "docx" | "none" = "none",
): Promise<TPublicEditionContent | null> => {
  const prisma = await getPrisma();
  const row = await prisma.publication.findFirst({
    where: { edition, report: { officeId, year } },
    select: {
      document: true,
      html: file === "html",
      docx: file === "docx",
      docxSha256: true,
      htmlSha256: true,
    },
  });
  if (!row) return null;
  return {
    document: ZReportDocument.parse(row.document),
    docxSha256: row.docxSha256,
    htmlSha256: row.htmlSha256,
    ...(file === "html" ? { html: row.html ?? "" } : {}),
    ...(file === "docx" ? { docx: Uint8Array.from(row.docx ?? []) } : {}),
  };
};

/** The first row of each key, in the rows' order (rows come newest edition first within a key). */
const firstPerKey = <TRow, TKey>(rows: readonly TRow[], keyOf: (row: TRow) => TKey): TRow[] => {
  const first = new Map<TKey, TRow>();
  for (const row of rows) if (!first.has(keyOf(row))) first.set(keyOf(row), row);
  return [...first.values()];
};

/**
 * The latest edition's document of each published year of one office, oldest year first (the 图解's
 * year-over-year series).
 */
export const listLatestPublicDocuments = async (
  officeId: string,
): Promise<{ year: number; edition: number; document: TReportDocument }[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.publication.findMany({
    where: { report: { officeId } },
    orderBy: [{ report: { year: "asc" } }, { edition: "desc" }],
    select: { edition: true, document: true, report: { select: { year: true } } },
  });
  return firstPerKey(rows, (row) => row.report.year).map((row) => ({
    year: row.report.year,
    edition: row.edition,
    document: ZReportDocument.parse(row.document),
  }));
};

/** The latest published edition's document of each given office for one year (offices never published are absent). */
export const listLatestEditionsOfYear = async (
  officeIds: string[],
  year: number,
): Promise<{ officeId: string; edition: number; document: TReportDocument }[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.publication.findMany({
    where: { report: { officeId: { in: officeIds }, year } },
    orderBy: { edition: "desc" },
    select: { edition: true, document: true, report: { select: { officeId: true } } },
  });
  return firstPerKey(rows, (row) => row.report.officeId).map((row) => ({
    officeId: row.report.officeId,
    edition: row.edition,
    document: ZReportDocument.parse(row.document),
  }));
};
