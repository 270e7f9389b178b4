import "server-only";

import { groupByRegion, searchPublicOffices } from "@/lib/public/catalog";
import type { TPublicOffice, TPublicRegion } from "@/lib/public/types";

import { loadPublicCatalog } from "./public-catalog";

export interface TPublicPortal {
  /** Every region with all its offices (those with nothing published too), for the index. */
  regions: TPublicRegion[];
  /** Search results when a query or a year was given, else null. */
  results: TPublicOffice[] | null;
  /** Years with at least one published report, newest first (the year filter's choices). */
  years: number[];
}

/**
 * 年报专栏 home, no sign-in: the region index and a search by office name (`query`, words all contained)
 * and year. Only frozen editions count as published.
 */
export const loadPublicPortal = async (search: {
  query: string;
  year: number | null;
}): Promise<TPublicPortal> => {
  const catalog = await loadPublicCatalog();
  const years = [...new Set(catalog.publicOffices.flatMap((office) => office.years.map((y) => y.year)))].sort(
    (a, b) => b - a,
  );
  const searching = search.query.trim() !== "" || search.year !== null;
  return {
    regions: groupByRegion(catalog.publicOffices, catalog.offices),
    results: searching ? searchPublicOffices(catalog.publicOffices, search.query, search.year) : null,
    years,
  };
};
