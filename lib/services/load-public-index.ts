import "server-only";

import { indexEntries, type TIndexEntry } from "@/lib/public/region-index";

import { loadPublicCatalog, loadPublicOfficeEntry } from "./public-catalog";

/**
 * The open-data index, no sign-in: every published edition of one office and the offices below it (a
 * region, when the office is a 本级人民政府办公室), or of every office when `officeKey` is null.
 * AppError NOT_FOUND for an unknown office. Addresses are paths on this site (`/gongkai/…`): behind a
 * reverse proxy the app cannot know its public host name for sure.
 */
export const loadPublicIndex = async (officeKey: string | null): Promise<TIndexEntry[]> => {
  const catalog = officeKey ? (await loadPublicOfficeEntry(officeKey)).catalog : await loadPublicCatalog();
  return indexEntries(catalog.publicOffices);
};
