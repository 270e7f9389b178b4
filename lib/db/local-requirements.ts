import { ZLocalRequirements, type TLocalRequirements } from "@/lib/rules/local-requirements";

import { getPrisma } from "./client";
import type { Prisma } from "./generated/client";

/** 本地要求 rows: one per supervising office and year (lib/rules/local-requirements.ts). */

export interface TStoredRequirements {
  officeId: string;
  officeName: string;
  year: number;
  requirements: TLocalRequirements;
  updatedBy: string;
  updatedAt: Date;
}

const readRow = (row: {
  officeId: string;
  office: { name: string };
  year: number;
  data: unknown;
  updatedBy: string;
  updatedAt: Date;
}): TStoredRequirements | null => {
  const parsed = ZLocalRequirements.safeParse(row.data);
  if (!parsed.success) return null; // stored by a newer version: ignored rather than half-applied
  return {
    officeId: row.officeId,
    officeName: row.office.name,
    year: row.year,
    requirements: parsed.data,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
};

const select = {
  officeId: true,
  office: { select: { name: true } },
  year: true,
  data: true,
  updatedBy: true,
  updatedAt: true,
} as const;

/** The requirements the given offices set for a year, in no particular order (offices without any are absent). */
export const listLocalRequirements = async (
  officeIds: readonly string[],
  year: number,
): Promise<TStoredRequirements[]> => {
  if (!officeIds.length) return [];
  const prisma = await getPrisma();
  const rows = await prisma.localRequirement.findMany({
    where: { officeId: { in: [...officeIds] }, year },
    select,
  });
  return rows.map(readRow).filter((row): row is TStoredRequirements => row !== null);
};

/** Saves one office's requirements for a year in one statement (insert or replace: nothing half-saved). */
export const saveLocalRequirements = async (
  officeId: string,
  year: number,
  requirements: TLocalRequirements,
  updatedBy: string,
): Promise<void> => {
  const prisma = await getPrisma();
  const data = requirements as unknown as Prisma.InputJsonObject;
  await prisma.$transaction([
    prisma.localRequirement.upsert({
      where: { officeId_year: { officeId, year } },
      create: { officeId, year, data, updatedBy },
      update: { data, updatedBy },
    }),
    // The 审核台's cached counts include 本地要求 findings (D45): the year's counts are recomputed on the
    // next read. Every report of the year, not only those below the office: requirements are saved rarely,
    // and recounting a year's reports is cheap beside a wrong count.
    prisma.report.updateMany({
      where: { year, findingsVersion: { not: null } },
      data: { findingsVersion: null },
    }),
  ]);
};
