import type { TReportEventAction } from "@/lib/workflow/events";

import { getPrisma } from "./client";
import { eventRow } from "./events";
import type { TActor } from "./report-rows";

/** Deleted drafts (soft-deleted `Report` rows, ./report-writes.ts `deleteDraftReport`): listing and restoring. */

export interface TDeletedReport {
  id: string;
  officeId: string;
  officeName: string;
  year: number;
  deletedAt: Date;
  /** Who deleted it (the actor of its last 删除草稿 event); null when no such event is stored. */
  deletedBy: string | null;
}

const DELETE: TReportEventAction = "delete";

/**
 * The deleted drafts of the offices, newest deletion first. A year whose draft was deleted and then created again
 * reuses the row (`reviveDeletedReport`), so it is no longer listed here.
 */
export const listDeletedReports = async (officeIds: readonly string[]): Promise<TDeletedReport[]> => {
  if (!officeIds.length) return [];
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { officeId: { in: [...officeIds] }, deletedAt: { not: null } },
    select: {
      id: true,
      officeId: true,
      year: true,
      deletedAt: true,
      office: { select: { name: true } },
      events: { where: { action: DELETE }, orderBy: { createdAt: "desc" }, take: 1, select: { actor: true } },
    },
    orderBy: { deletedAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    officeId: row.officeId,
    officeName: row.office.name,
    year: row.year,
    deletedAt: row.deletedAt!,
    deletedBy: row.events[0]?.actor ?? null,
  }));
};

/** The office and year of a deleted draft; null when `id` is no deleted report. */
export const getDeletedReport = async (id: string): Promise<{ officeId: string; year: number } | null> => {
  const prisma = await getPrisma();
  return prisma.report.findFirst({
    where: { id, deletedAt: { not: null } },
    select: { officeId: true, year: true },
  });
};

/**
 * Takes a deleted draft back (its document, comments and history as they were; one version up) and records
 * 恢复草稿, in one transaction. False when it is no longer deleted (restored or created again meanwhile).
 */
export const restoreDeletedReport = async (options: {
  id: string;
  year: number;
  actor: TActor;
}): Promise<boolean> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const restored = await tx.report.updateMany({
      where: { id: options.id, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (restored.count === 0) return false;
    await tx.reportEvent.create({
      data: eventRow(options.id, options.actor, { action: "restore", detail: { year: options.year } }),
    });
    return true;
  });
};
