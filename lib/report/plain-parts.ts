import type { TSectionId } from "@/lib/template";

import type { TNarrativeKey } from "./report-parts";

/**
 * Constants of the report document that code in the browser needs without its Zod schemas (lib/report/schema.ts
 * checks documents with them): the rule engine and the editor load these first (docs/decisions.md D40).
 */

/** The `format` of every stored report document. */
export const REPORT_FORMAT_ID = "nianbaotong-report";

/** Where the editor points for a narrative key: its section, or the report details for the opening paragraph. */
export const SECTION_OF_NARRATIVE_KEY: Readonly<Record<TNarrativeKey, "details" | TSectionId>> = {
  opening: "details",
  s1: "s1",
  s2: "s2",
  s3: "s3",
  s4: "s4",
  s5: "s5",
  s6: "s6",
};

/**
 * Whether a `YYYY-MM-DD` string names a real day of the Gregorian calendar (2026-02-29 and 2026-13-45 do
 * not): the string must read back unchanged from the UTC date it makes.
 */
export const isCalendarDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * The longest narrative section a report may store, in UTF-16 code units as the schema counts them (lib/report/
 * report-parts.ts `narrativeText`, markers of linked values included); here so the editor can say so while typing
 * without loading Zod (D40).
 */
export const NARRATIVE_MAX = 100_000;
