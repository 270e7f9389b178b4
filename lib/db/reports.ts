import { readApprovalChain } from "@/lib/workflow/approval-chain";

import { getPrisma } from "./client";
import type { ReportStatus } from "./generated/enums";
import { reportSelect, toSummary, UUID_RE, type TReportSummary, type TStoredReport } from "./report-rows";

/**
 * Reports: listing and loading (here), creating and replacing (./report-writes.ts), the draft save with
 * optimistic locking (./report-save.ts); the row shapes are in ./report-rows.ts. Callers import all of it from here.
 */

export type { TActor, TReportSummary, TStoredReport } from "./report-rows";
export { createReport, deleteDraftReport, replaceReportDocument } from "./report-writes";
export { getReportHead, saveReportDraft, type TReportHead, type TSaveResult } from "./report-save";

export const listReportsOfOffices = async (officeIds: string[]): Promise<TReportSummary[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { officeId: { in: officeIds }, deletedAt: null },
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

export const getReport = async (id: string): Promise<TStoredReport | null> => {
  if (!UUID_RE.test(id)) return null;
  const prisma = await getPrisma();
  const row = await prisma.report.findUnique({
    where: { id },
    select: {
      ...reportSelect,
      correctionNote: true,
      deletedAt: true,
      approvalChain: true,
      approvalStep: true,
    },
  });
  if (!row || row.deletedAt) return null;
  return {
    ...toSummary(row),
    ancestorIds: await getOfficeAncestorIds(row.officeId),
    correctionNote: row.correctionNote,
    approvalChain: row.approvalChain === null ? null : readApprovalChain(row.approvalChain),
    approvalStep: row.approvalStep,
  };
};

export const findReportByOfficeYear = async (
  officeId: string,
  year: number,
): Promise<TReportSummary | null> => {
  const prisma = await getPrisma();
  const row = await prisma.report.findUnique({
    where: { officeId_year: { officeId, year } },
    select: { ...reportSelect, deletedAt: true },
  });
  return row && !row.deletedAt ? toSummary(row) : null;
};

export const getOfficeName = async (officeId: string): Promise<string | null> => {
  const prisma = await getPrisma();
  return (await prisma.office.findUnique({ where: { id: officeId }, select: { name: true } }))?.name ?? null;
};

/** The status of each given office's report of `year` (offices without one are absent), without documents. */
export const listReportStatuses = async (
  officeIds: string[],
  year: number,
): Promise<Map<string, ReportStatus>> => {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { officeId: { in: officeIds }, year, deletedAt: null },
    select: { officeId: true, status: true },
  });
  return new Map(rows.map((row) => [row.officeId, row.status]));
};
