import "server-only";

import { withDescendants } from "@/lib/auth/office-scopes";
import { listOffices } from "@/lib/db/offices";
import { listPublicEditions } from "@/lib/db/public-editions";
import { AppError } from "@/lib/errors";
import { buildPublicOffices } from "@/lib/public/catalog";
import { isOfficeKey, parseYearSegment } from "@/lib/public/paths";
import type { TPublicOffice, TPublicYear } from "@/lib/public/types";
import type { TOfficeNode } from "@/lib/offices/types";

/**
 * Shared by the public services (年报专栏, open data): no session, only frozen editions
 * (lib/db/public-editions.ts). Unknown offices and years are AppError NOT_FOUND with a Chinese message.
 */

export interface TPublicCatalog {
  offices: TOfficeNode[];
  publicOffices: TPublicOffice[];
}

/** Every office with its published years; `rootId` limits it to that office and the offices below it. */
export const loadPublicCatalog = async (rootId?: string): Promise<TPublicCatalog> => {
  const all = await listOffices();
  const offices = rootId ? withDescendants([rootId], all) : all;
  const editions = await listPublicEditions(rootId ? offices.map((office) => office.id) : undefined);
  // Parent names come from the whole tree (a region index names the region office above it too).
  const named = buildPublicOffices(all, editions).filter((office) => offices.some((o) => o.id === office.id));
  return { offices, publicOffices: named };
};

/** The office named by a public address segment, or NOT_FOUND. */
export const findPublicOffice = (catalog: TPublicCatalog, officeKey: string): TPublicOffice => {
  const office = isOfficeKey(officeKey)
    ? catalog.publicOffices.find((candidate) => candidate.id === officeKey.toLowerCase())
    : undefined;
  if (!office) throw new AppError("NOT_FOUND", "没有这个机关。");
  return office;
};

/** The published year of an office named by an address segment, or NOT_FOUND. */
export const findPublicYear = (office: TPublicOffice, yearSegment: string | number): TPublicYear => {
  const year = typeof yearSegment === "number" ? yearSegment : parseYearSegment(yearSegment);
  const entry = year === null ? undefined : office.years.find((candidate) => candidate.year === year);
  if (!entry) throw new AppError("NOT_FOUND", `${office.name}没有已发布的${year ?? ""}年度报告。`);
  return entry;
};

/** Loads the catalog of one office (the office and everything below it) and finds it. */
export const loadPublicOfficeEntry = async (
  officeKey: string,
): Promise<{ catalog: TPublicCatalog; office: TPublicOffice }> => {
  if (!isOfficeKey(officeKey)) throw new AppError("NOT_FOUND", "没有这个机关。");
  const catalog = await loadPublicCatalog(officeKey.toLowerCase());
  return { catalog, office: findPublicOffice(catalog, officeKey) };
};
