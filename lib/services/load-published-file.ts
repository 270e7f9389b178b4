import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { getPublicationFile, listPublications } from "@/lib/db/publications";
import type { TStoredReport } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import type { TReportDocument } from "@/lib/report/schema";

import { loadReportFor } from "./report-access";

export interface TPublishedFile {
  /** The file exactly as frozen at publication: bytes of the .docx, or the HTML text. */
  content: Uint8Array<ArrayBuffer> | string;
  /** SHA-256 of `content`, hex. */
  sha256: string;
  /** The report as it was published (for the file name). */
  document: TReportDocument;
}

/**
 * A published edition (1, 2 … ) of a report the user may see, in one format. AppError NOT_FOUND when the
 * user may not see the report, or the edition was never published.
 */
export const loadPublishedFileFor = async (
  user: TSessionUser,
  reportId: string,
  edition: number,
  format: "docx" | "html",
): Promise<TPublishedFile> => {
  await loadReportFor(user, reportId, "view");
  const file = await getPublicationFile(reportId, edition, format);
  if (!file) throw new AppError("NOT_FOUND", "该版次尚未发布。");
  return file;
};

/** The latest published edition of a report the caller already loaded for the user, or undefined when none. */
export const latestEditionOf = async (report: TStoredReport): Promise<number | undefined> =>
  (await listPublications(report.id)).at(-1)?.edition;
