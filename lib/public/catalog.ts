import type { TPublicEditionRow } from "@/lib/db/public-editions";
import type { TOfficeNode } from "@/lib/offices/types";
import { publicationTimeliness } from "@/lib/workflow/timeliness";

import type { TPublicOffice, TPublicRegion, TPublicYear } from "./types";

/**
 * Builds the portal's offices from the office tree and the frozen editions. An office without a parent is
 * a 本级人民政府办公室: its report is the government's own (deadline 3月31日), a department's 1月31日.
 * Pure: the services pass the rows in.
 */
export const buildPublicOffices = (
  offices: readonly TOfficeNode[],
  editions: readonly TPublicEditionRow[],
): TPublicOffice[] => {
  const names = new Map(offices.map((office) => [office.id, office.name]));
  return offices.map((office) => {
    const byYear = new Map<number, TPublicEditionRow[]>();
    for (const row of editions) {
      if (row.officeId !== office.id) continue;
      byYear.set(row.year, [...(byYear.get(row.year) ?? []), row]);
    }
    const years: TPublicYear[] = [...byYear.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, rows]) => {
        const sorted = [...rows].sort((a, b) => a.edition - b.edition);
        const first = sorted[0];
        return {
          year,
          formatVersion: first?.formatVersion ?? 0,
          editions: sorted.map((row) => ({
            edition: row.edition,
            note: row.note,
            publishedAt: row.publishedAt.toISOString(),
            docxSha256: row.docxSha256,
            htmlSha256: row.htmlSha256,
          })),
          timeliness: publicationTimeliness(year, office.parentId === null, first?.publishedAt ?? new Date()),
        };
      });
    return {
      id: office.id,
      name: office.name,
      parentId: office.parentId,
      parentName: office.parentId ? (names.get(office.parentId) ?? null) : null,
      years,
    };
  });
};

/** The top-level office above `officeId` (itself when it has no parent); a cycle cannot loop. */
export const regionRootOf = (officeId: string, offices: readonly TOfficeNode[]): string => {
  const byId = new Map(offices.map((office) => [office.id, office]));
  let current = officeId;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    const parent = byId.get(current)?.parentId;
    if (!parent || !byId.has(parent)) return current;
    current = parent;
  }
  return current;
};

/** Offices grouped by region (each top-level office with everything below it), regions by name. */
export const groupByRegion = (
  publicOffices: readonly TPublicOffice[],
  offices: readonly TOfficeNode[],
): TPublicRegion[] => {
  const regions = new Map<string, TPublicRegion>();
  for (const office of offices.filter(
    (o) => o.parentId === null || !offices.some((p) => p.id === o.parentId),
  )) {
    regions.set(office.id, { id: office.id, name: office.name, offices: [] });
  }
  for (const office of publicOffices) {
    regions.get(regionRootOf(office.id, offices))?.offices.push(office);
  }
  for (const region of regions.values()) {
    region.offices.sort((a, b) =>
      a.id === region.id ? -1 : b.id === region.id ? 1 : a.name.localeCompare(b.name, "zh-CN"),
    );
  }
  return [...regions.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
};

/**
 * 年报专栏 search: offices whose name contains every whitespace-separated word of `query` (full-width and
 * half-width alike, case-insensitive). A name search returns every office it names, also one with nothing (of
 * `year`) published, which the page marks 尚未发布; a year without words lists the offices with a report of it.
 */
export const searchPublicOffices = (
  offices: readonly TPublicOffice[],
  query: string,
  year: number | null,
): TPublicOffice[] => {
  const words = query.normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean);
  return offices
    .filter((office) => {
      const name = office.name.normalize("NFKC").toLowerCase();
      return words.every((word) => name.includes(word));
    })
    .filter(
      (office) =>
        words.length > 0 ||
        (year === null ? office.years.length > 0 : office.years.some((entry) => entry.year === year)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
};
