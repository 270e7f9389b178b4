import type { TReportDocument } from "@/lib/report/schema";
import { ZReportDocument } from "@/lib/report/schema";

import { getPrisma } from "./client";
import type { ReportStatus } from "./generated/enums";

/** Reports: listing, loading, creating and saving drafts with optimistic locking. */

export interface TReportSummary {
  id: string;
  officeId: string;
  officeName: string;
  year: number;
  formatVersion: number;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  document: TReportDocument;
}

export interface TStoredReport extends TReportSummary {
  ancestorIds: string[];
  correctionNote: string | null;
}

/** Stored data that no longer parses is surfaced, not hidden: it would otherwise be silently lost on save. */
const parseStored = (data: unknown, id: string): TReportDocument => {
  const parsed = ZReportDocument.safeParse(data);
  if (!parsed.success) throw new Error(`数据库中的年报 ${id} 数据格式无效：${parsed.error.message}`);
  return parsed.data;
};

const reportSelect = {
  id: true,
  officeId: true,
  year: true,
  formatVersion: true,
  status: true,
  version: true,
  updatedAt: true,
  data: true,
  office: { select: { name: true } },
} as const;

type TReportRow = {
  id: string;
  officeId: string;
  year: number;
  formatVersion: number;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  data: unknown;
  office: { name: string };
};

const toSummary = (row: TReportRow): TReportSummary => ({
  id: row.id,
  officeId: row.officeId,
  officeName: row.office.name,
  year: row.year,
  formatVersion: row.formatVersion,
  status: row.status,
  version: row.version,
  updatedAt: row.updatedAt,
  document: parseStored(row.data, row.id),
});

export const listReportsOfOffices = async (officeIds: string[]): Promise<TReportSummary[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { officeId: { in: officeIds } },
    select: reportSelect,
    orderBy: [{ year: "desc" }, { office: { name: "asc" } }],
  });
  return rows.map(toSummary);
};

export const getOfficeAncestorIds = async (officeId: string): Promise<string[]> => {
  const prisma = await getPrisma();
  const ancestors: string[] = [];
  let current = await prisma.office.findUnique({ where: { id: officeId }, select: { parentId: true } });
  while (current?.parentId && !ancestors.includes(current.parentId) && ancestors.length < 20) {
    ancestors.push(current.parentId);
    current = await prisma.office.findUnique({ where: { id: current.parentId }, select: { parentId: true } });
  }
  return ancestors;
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const getReport = async (id: string): Promise<TStoredReport | null> => {
  if (!UUID_RE.test(id)) return null;
  const prisma = await getPrisma();
  const row = await prisma.report.findUnique({ where: { id }, select: { ...reportSelect, correctionNote: true } });
  if (!row) return null;
  return { ...toSummary(row), ancestorIds: await getOfficeAncestorIds(row.officeId), correctionNote: row.correctionNote };
};

export const findReportByOfficeYear = async (officeId: string, year: number): Promise<TReportSummary | null> => {
  const prisma = await getPrisma();
  const row = await prisma.report.findUnique({ where: { officeId_year: { officeId, year } }, select: reportSelect });
  return row ? toSummary(row) : null;
};

export const getOfficeName = async (officeId: string): Promise<string | null> => {
  const prisma = await getPrisma();
  return (await prisma.office.findUnique({ where: { id: officeId }, select: { name: true } }))?.name ?? null;
};

export interface TActor {
  id: string | null;
  name: string;
}

export const createReport = async (options: {
  officeId: string;
  document: TReportDocument;
  actor: TActor;
  status?: ReportStatus;
}): Promise<{ id: string } | { exists: string }> => {
  const prisma = await getPrisma();
  const existing = await prisma.report.findUnique({
    where: { officeId_year: { officeId: options.officeId, year: options.document.year } },
    select: { id: true },
  });
  if (existing) return { exists: existing.id };
  return prisma.$transaction(async (tx) => {
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
      data: { reportId: report.id, action: "CREATE", actor: options.actor.name, actorId: options.actor.id, detail: { year: options.document.year } },
    });
    return report;
  });
};

export type TSaveResult =
  | { ok: true; version: number; updatedAt: Date }
  | { ok: false; conflict: { version: number; updatedAt: Date; document: TReportDocument; savedBy: string | null } };

/**
 * Saves a draft if nobody saved since `baseVersion` (optimistic lock): the update and its history row in
 * one transaction. A stale save changes nothing and returns the current version for the user to choose.
 */
export const saveReportDraft = async (options: {
  id: string;
  baseVersion: number;
  document: TReportDocument;
  actor: TActor;
}): Promise<TSaveResult> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: options.id, version: options.baseVersion },
      data: { data: options.document, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.report.findUniqueOrThrow({
        where: { id: options.id },
        select: { version: true, updatedAt: true, data: true, events: { where: { action: "SAVE" }, orderBy: { createdAt: "desc" }, take: 1, select: { actor: true } } },
      });
      return {
        ok: false as const,
        conflict: {
          version: current.version,
          updatedAt: current.updatedAt,
          document: parseStored(current.data, options.id),
          savedBy: current.events[0]?.actor ?? null,
        },
      };
    }
    const row = await tx.report.findUniqueOrThrow({ where: { id: options.id }, select: { version: true, updatedAt: true } });
    await tx.reportEvent.create({
      data: { reportId: options.id, action: "SAVE", actor: options.actor.name, actorId: options.actor.id, detail: { version: row.version } },
    });
    return { ok: true as const, version: row.version, updatedAt: row.updatedAt };
  });
};
