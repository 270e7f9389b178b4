import { ZImportRecord, type TImportRecord } from "@/lib/workflow/import-event";
import type { TReportEventAction } from "@/lib/workflow/events";

import { getPrisma } from "./client";

/** One import into a draft as the history keeps it (a `save` event carrying `detail.import`). */
export interface TStoredImportRecord {
  eventId: string;
  actor: string;
  createdAt: Date;
  record: TImportRecord;
}

/**
 * The imports into a report's draft, oldest first (lib/services/import-into-draft.ts writes them); saves
 * without an import are skipped. Rows whose import data no longer parses are skipped, not thrown.
 */
export const listImportRecords = async (reportId: string): Promise<TStoredImportRecord[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.reportEvent.findMany({
    where: { reportId, action: "save" satisfies TReportEventAction },
    orderBy: { createdAt: "asc" },
    select: { id: true, actor: true, createdAt: true, detail: true },
  });
  return rows.flatMap((row) => {
    const stored = (row.detail as { import?: unknown } | null)?.import;
    if (stored === undefined) return [];
    const parsed = ZImportRecord.safeParse(stored);
    return parsed.success
      ? [{ eventId: row.id, actor: row.actor, createdAt: row.createdAt, record: parsed.data }]
      : [];
  });
};
