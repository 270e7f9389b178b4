import { readApprovalChain, type TApprovalChain } from "@/lib/workflow/approval-chain";

import { getPrisma } from "./client";
import { Prisma } from "./generated/client";

/** Offices: the tree, and the home page's overview. Shapes of lib/offices/types.ts. */

/** The given offices with their reports (newest year first), parents before departments, then by name. */
export const listOfficeOverview = async (officeIds: string[]) => {
  const prisma = await getPrisma();
  const offices = await prisma.office.findMany({
    where: { id: { in: officeIds } },
    orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      parent: { select: { name: true } },
      reports: { select: { id: true, year: true, status: true }, orderBy: { year: "desc" } },
    },
  });
  return offices.map((office) => ({
    id: office.id,
    name: office.name,
    parentName: office.parent?.name ?? null,
    reports: office.reports,
  }));
};

/** Every office, by name: `{ id, name, parentId }` (scopes below an office are drawn from it in lib/auth). */
export const listOffices = async () => {
  const prisma = await getPrisma();
  return prisma.office.findMany({
    select: { id: true, name: true, parentId: true, createdAt: true },
    orderBy: { name: "asc" },
  });
};

/** The office's configured approval chain (lib/workflow/approval-chain.ts), or null for the default. */
export const getOfficeApprovalChain = async (officeId: string): Promise<TApprovalChain | null> => {
  const prisma = await getPrisma();
  const row = await prisma.office.findUnique({ where: { id: officeId }, select: { approvalChain: true } });
  return row?.approvalChain == null ? null : readApprovalChain(row.approvalChain);
};

/** Every office's configured chain by office id (offices with the default are left out). */
export const listOfficeApprovalChains = async (): Promise<Map<string, TApprovalChain>> => {
  const prisma = await getPrisma();
  const rows = await prisma.office.findMany({
    where: { approvalChain: { not: Prisma.DbNull } },
    select: { id: true, approvalChain: true },
  });
  return new Map(rows.map((row) => [row.id, readApprovalChain(row.approvalChain)]));
};

/** Sets (or with null, resets to the default) an office's approval chain; false when the office is gone. */
export const setOfficeApprovalChain = async (
  officeId: string,
  chain: TApprovalChain | null,
): Promise<boolean> => {
  const prisma = await getPrisma();
  const updated = await prisma.office.updateMany({
    where: { id: officeId },
    data: { approvalChain: chain ?? Prisma.DbNull },
  });
  return updated.count === 1;
};

/** Whether any office has this one as its parent (it supervises others). */
export const hasChildOffices = async (officeId: string): Promise<boolean> => {
  const prisma = await getPrisma();
  return (await prisma.office.findFirst({ where: { parentId: officeId }, select: { id: true } })) !== null;
};

/**
 * The active 审核人 (not disabled) of each given office, by office id: user ids (offices without any are
 * absent). Used to refuse an approval chain, or the removal of a role, that leaves a level nobody can approve.
 */
export const listActiveReviewers = async (officeIds: string[]): Promise<Map<string, string[]>> => {
  const prisma = await getPrisma();
  const rows = await prisma.membership.findMany({
    where: { officeId: { in: officeIds }, role: "REVIEWER", user: { disabledAt: null } },
    select: { officeId: true, userId: true },
  });
  const byOffice = new Map<string, string[]>();
  for (const row of rows) byOffice.set(row.officeId, [...(byOffice.get(row.officeId) ?? []), row.userId]);
  return byOffice;
};

/**
 * Reports under review (待审核, not deleted) whose approval chain still has a level to be approved by
 * `officeId` (a level at or after `approvalStep` naming that office): `{ officeName, year }` of each.
 */
export const listReportsAwaitingOffice = async (
  officeId: string,
): Promise<{ officeName: string; year: number }[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { status: "SUBMITTED", deletedAt: null, approvalChain: { not: Prisma.DbNull } },
    select: { year: true, approvalChain: true, approvalStep: true, office: { select: { name: true } } },
    orderBy: [{ year: "desc" }],
  });
  return rows
    .filter((row) =>
      readApprovalChain(row.approvalChain)
        .slice(row.approvalStep)
        .some((level) => level.officeId === officeId),
    )
    .map((row) => ({ officeName: row.office.name, year: row.year }));
};
