import "server-only";

import { getPublicEdition, type TPublicEditionContent } from "@/lib/db/public-editions";
import { AppError } from "@/lib/errors";
import { pdfRendererAvailable } from "@/lib/export/pdf";
import { reportTitle } from "@/lib/report/title";
import type { TPublicEdition, TPublicOffice, TPublicYear } from "@/lib/public/types";
import type { TReportDocument } from "@/lib/report/schema";

import { findPublicYear, loadPublicOfficeEntry } from "./public-catalog";

export interface TPublicReportPage {
  office: TPublicOffice;
  entry: TPublicYear;
  /** The edition shown (the latest unless another was asked for). */
  edition: TPublicEdition;
  /** The title as published. */
  title: string;
  /** The stored .html of that edition, byte for byte as frozen at publication. */
  html: string;
  document: TReportDocument;
  /** Whether this server can print the edition's PDF (a Chromium is installed; lib/export/pdf.ts). */
  pdfAvailable: boolean;
}

/** The edition asked for (`null`: the latest) among a year's editions, or NOT_FOUND. */
export const pickEdition = (entry: TPublicYear, edition: number | null): TPublicEdition => {
  const found =
    edition === null
      ? entry.editions[entry.editions.length - 1]
      : entry.editions.find((e) => e.edition === edition);
  if (!found) throw new AppError("NOT_FOUND", `${entry.year}年度报告没有第${edition}版。`);
  return found;
};

/**
 * One published edition by the 年报专栏's address parts: its office, year, edition and stored content (with
 * `file` as `getPublicEdition`). AppError NOT_FOUND for an unknown office, a year with nothing published, or
 * an edition that does not exist.
 */
export const loadPublicEdition = async (
  officeKey: string,
  yearSegment: string,
  edition: number | null,
  file: "html" | "docx" | "none" = "none",
): Promise<{
  office: TPublicOffice;
  entry: TPublicYear;
  shown: TPublicEdition;
  stored: TPublicEditionContent;
}> => {
  const { office } = await loadPublicOfficeEntry(officeKey);
  const entry = findPublicYear(office, yearSegment);
  const shown = pickEdition(entry, edition);
  const stored = await getPublicEdition(office.id, entry.year, shown.edition, file);
  if (!stored) throw new AppError("NOT_FOUND", "该版次不存在。");
  return { office, entry, shown, stored };
};

/**
 * A published report in the 年报专栏, no sign-in: the stored HTML of one edition with every edition's
 * publication time, 更正说明 and hashes. AppError NOT_FOUND for an unknown office, a year with nothing
 * published, or an edition that does not exist.
 */
export const loadPublicReport = async (
  officeKey: string,
  yearSegment: string,
  edition: number | null,
): Promise<TPublicReportPage> => {
  const { office, entry, shown, stored } = await loadPublicEdition(officeKey, yearSegment, edition, "html");
  return {
    office,
    entry,
    edition: shown,
    title: reportTitle(stored.document),
    html: stored.html ?? "",
    document: stored.document,
    pdfAvailable: pdfRendererAvailable(),
  };
};
