import type { TReportDocument } from "@/lib/report/schema";
import type { TReportEvent } from "@/lib/workflow/events";

import { getPrisma } from "./client";
import { prismaErrorCode } from "./errors";
import { eventRow } from "./events";
import type { ReportStatus } from "./generated/enums";
import type { Prisma } from "./generated/client";
import { insertImportSource, type TNewImportSource } from "./report-import-sources";
import type { TActor } from "./report-rows";

/**
 * Report writes: creating (or reviving) a year, deleting a draft, replacing the document with an event of its own
 * (汇总, import into a draft). The draft save is in ./report-save.ts.
 */

export const createReport = async (options: {
  officeId: string;
  document: TReportDocument;
  actor: TActor;
  status?: ReportStatus;
  /** Said in the history's 新建 entry (lib/workflow/events `create.note`). */
  note?: string;
  /** The original an imported report was read from, stored with it (./report-import-sources.ts). */
  importSource?: TNewImportSource;
}): Promise<{ id: string } | { exists: string }> => {
  const prisma = await getPrisma();
  const existing = await prisma.report.findUnique({
    where: { officeId_year: { officeId: options.officeId, year: options.document.year } },
    select: { id: true, deletedAt: true },
  });
  if (existing?.deletedAt) return reviveDeletedReport(existing.id, options);
  if (existing) return { exists: existing.id };
  const created = prisma.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: {
        officeId: options.officeId,
        year: options.document.year,
        formatVersion: options.document.formatVersion,
        status: options.status ?? "DRAFT",
        data: options.document,
      },
      select: { id: true },
    });
    await tx.reportEvent.create({
      data: eventRow(report.id, options.actor, {
        action: "create",
        detail: { year: options.document.year, ...(options.note ? { note: options.note } : {}) },
      }),
    });
    if (options.importSource) await insertImportSource(tx, report.id, options.importSource);
    return report;
  });
  try {
    return await created;
  } catch (error) {
    // A parallel 新建 of the same office and year won: answer as if it had been there before.
    if (prismaErrorCode(error) !== "P2002") throw error;
    const winner = await prisma.report.findUnique({
      where: { officeId_year: { officeId: options.officeId, year: options.document.year } },
      select: { id: true },
    });
    if (!winner) throw error;
    return { exists: winner.id };
  }
};

/**
 * 新建 of a year whose draft was deleted: the same row starts again from `document` (status 草稿, comments of
 * the deleted draft removed — their text stays in the history), with a 新建 event after the 删除草稿 one, so
 * the history of the year is one list. Answers like `createReport`.
 */
const reviveDeletedReport = async (
  id: string,
  options: { document: TReportDocument; actor: TActor; status?: ReportStatus },
): Promise<{ id: string } | { exists: string }> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const revived = await tx.report.updateMany({
      where: { id, deletedAt: { not: null } },
      data: {
        deletedAt: null,
        status: options.status ?? "DRAFT",
        formatVersion: options.document.formatVersion,
        data: options.document,
        correctionNote: null,
        version: { increment: 1 },
      },
    });
    // Someone else revived it first: it exists now.
    if (revived.count === 0) return { exists: id };
    await tx.reportComment.deleteMany({ where: { reportId: id } });
    await tx.reportEvent.create({
      data: eventRow(id, options.actor, { action: "create", detail: { year: options.document.year } }),
    });
    return { id };
  });
};

/**
 * Deletes a draft (soft: the row and its history stay, lists and lookups no longer show it) if it is still a
 * 草稿 at `version` and was never published; records 删除草稿. Returns false when the report moved on (saved,
 * submitted or deleted meanwhile) or has a published edition.
 */
export const deleteDraftReport = async (options: {
  id: string;
  version: number;
  year: number;
  actor: TActor;
}): Promise<boolean> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const deleted = await tx.report.updateMany({
      where: {
        id: options.id,
        version: options.version,
        status: "DRAFT",
        deletedAt: null,
        publications: { none: {} },
      },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (deleted.count === 0) return false;
    await tx.reportEvent.create({
      data: eventRow(options.id, options.actor, { action: "delete", detail: { year: options.year } }),
    });
    return true;
  });
};

/** Puts `document` in place of version `baseVersion` (one version up); false when the report moved on. */
const writeAtVersion = async (
  tx: Prisma.TransactionClient,
  options: { id: string; baseVersion: number; document: TReportDocument },
): Promise<boolean> => {
  const updated = await tx.report.updateMany({
    where: { id: options.id, version: options.baseVersion },
    data: { data: options.document, version: { increment: 1 } },
  });
  return updated.count > 0;
};

/**
 * Writes a new document in place of version `baseVersion` and records `event` (a 汇总 or its refresh, an
 * override) in one transaction; false when the report moved on meanwhile (nothing written).
 */
export const replaceReportDocument = async (options: {
  id: string;
  baseVersion: number;
  document: TReportDocument;
  actor: TActor;
  event: (version: number) => TReportEvent;
}): Promise<boolean> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    if (!(await writeAtVersion(tx, options))) return false;
    await tx.reportEvent.create({
      data: eventRow(options.id, options.actor, options.event(options.baseVersion + 1)),
    });
    return true;
  });
};
