import "server-only";

import type { TPublicOffice } from "@/lib/public/types";

import { loadPublicOfficeEntry } from "./public-catalog";

export interface TPublicOfficePage {
  office: TPublicOffice;
  /** Every office below this one (its region index when it is a 本级人民政府办公室), by name. */
  below: TPublicOffice[];
}

/**
 * One office's page in the 年报专栏, no sign-in: all its published years with every edition, and the offices
 * below it. AppError NOT_FOUND for an address that names no office. An office with nothing published is
 * returned with no years (the page says so).
 */
export const loadPublicOffice = async (officeKey: string): Promise<TPublicOfficePage> => {
  const { catalog, office } = await loadPublicOfficeEntry(officeKey);
  const below = catalog.publicOffices
    .filter((candidate) => candidate.id !== office.id)
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return { office, below };
};
