import type { TTimeliness } from "@/lib/workflow/timeliness";

/**
 * The public 年报专栏 (docs/open-data.md): offices, their published years and each year's frozen editions.
 * Built only from `Publication` rows (lib/db/public-editions.ts); no draft content ever reaches these shapes.
 */

/** One frozen edition. Times are ISO 8601 strings (they cross to client components). */
export interface TPublicEdition {
  /** 1 = first publication; 2, 3 … = corrections (更正), each kept beside the earlier ones. */
  edition: number;
  /** 更正说明; null for the first publication. */
  note: string | null;
  publishedAt: string;
  /** SHA-256 (hex) of the stored .docx and .html, exactly the bytes served. */
  docxSha256: string;
  htmlSha256: string;
}

/** One published report year of an office. */
export interface TPublicYear {
  year: number;
  formatVersion: number;
  /** Oldest first; never empty. */
  editions: TPublicEdition[];
  /** First edition's date against the statutory deadline. */
  timeliness: TTimeliness;
}

/** An office as the portal shows it; `years` newest first, empty when nothing is published yet. */
export interface TPublicOffice {
  id: string;
  name: string;
  parentId: string | null;
  parentName: string | null;
  years: TPublicYear[];
}

/** A region: a top-level office (本级人民政府办公室) and every office below it, region office first. */
export interface TPublicRegion {
  id: string;
  name: string;
  offices: TPublicOffice[];
}
