import type { TReportDocument } from "@/lib/report/schema";
import { ZReportDocument } from "@/lib/report/schema";

import { getPrisma } from "./client";

/** Frozen publications: each edition's .docx and .html bytes and their SHA-256, as published (D13). */

export interface TPublicationRow {
  edition: number;
  note: string | null;
  publishedBy: string;
  publishedAt: Date;
  docxSha256: string;
  htmlSha256: string;
}

export const listPublications = async (reportId: string): Promise<TPublicationRow[]> => {
  const prisma = await getPrisma();
  return prisma.publication.findMany({
    where: { reportId },
    orderBy: { edition: "asc" },
    select: {
      edition: true,
      note: true,
      publishedBy: true,
      publishedAt: true,
      docxSha256: true,
      htmlSha256: true,
    },
  });
};

export const getPublicationFile = async (
  reportId: string,
  edition: number,
  format: "docx" | "html",
): Promise<{
  content: Uint8Array<ArrayBuffer> | string;
  sha256: string;
  document: TReportDocument;
} | null> => {
  const prisma = await getPrisma();
  const row = await prisma.publication.findUnique({
    where: { reportId_edition: { reportId, edition } },
    select: {
      docx: format === "docx",
      html: format === "html",
      docxSha256: true,
      htmlSha256: true,
      document: true,
    },
  });
  if (!row) return null;
  const document = ZReportDocument.parse(row.document);
  return format === "docx"
    ? { content: Uint8Array.from(row.docx ?? []), sha256: row.docxSha256, document }
    : { content: row.html ?? "", sha256: row.htmlSha256, document };
};
