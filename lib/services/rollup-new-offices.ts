import "server-only";

import { listReportEvents } from "@/lib/db/workflow";

/**
 * Offices below a roll-up's office that were created after the roll-up was last made or refreshed (issue 16):
 * nobody could have left them out of the choice, so the roll-up is computed at view time with them — they show
 * as missing (no report yet) or as stale changes, and the stale notice says 新增下级机关：…. Offices that existed
 * when the roll-up was made and are not in it were left out on purpose and stay out. `chosen`: the ids the
 * stored roll-up covers (summed or missing). Returns ids in `below` order; none before the first roll-up.
 */
export const subordinatesAddedSince = async <T extends { id: string; createdAt: Date }>(
  reportId: string,
  below: readonly T[],
  chosen: readonly string[],
): Promise<T[]> => {
  const events = await listReportEvents(reportId);
  const made = events.findLast(
    (e) => e.event.action === "rollup" && e.event.detail.kind !== "override",
  )?.createdAt;
  if (!made) return [];
  return below.filter((o) => !chosen.includes(o.id) && o.createdAt > made);
};
