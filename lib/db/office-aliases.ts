import { getPrisma } from "./client";

/** Names an office is printed under (table OfficeAlias): read by the office-name matcher, kept by 审核人/管理员. */

/** The aliases of the given offices, by office id (offices without one are absent), each office's by name. */
export const listOfficeAliases = async (officeIds: readonly string[]): Promise<Map<string, string[]>> => {
  const prisma = await getPrisma();
  const rows = await prisma.officeAlias.findMany({
    where: { officeId: { in: [...officeIds] } },
    select: { officeId: true, name: true },
    orderBy: { name: "asc" },
  });
  const byOffice = new Map<string, string[]>();
  for (const row of rows) byOffice.set(row.officeId, [...(byOffice.get(row.officeId) ?? []), row.name]);
  return byOffice;
};

/** Adds `name` as an alias of the office; false when the office already has it. */
export const addOfficeAlias = async (officeId: string, name: string, createdBy: string): Promise<boolean> => {
  const prisma = await getPrisma();
  const created = await prisma.officeAlias.createMany({
    data: [{ officeId, name, createdBy }],
    skipDuplicates: true,
  });
  return created.count === 1;
};

/** Removes one alias of the office; false when it had no such alias. */
export const removeOfficeAlias = async (officeId: string, name: string): Promise<boolean> => {
  const prisma = await getPrisma();
  const removed = await prisma.officeAlias.deleteMany({ where: { officeId, name } });
  return removed.count === 1;
};

/** The (office, year) pairs that already have a report, for the given offices: `officeId` → years. */
export const listReportYears = async (officeIds: readonly string[]): Promise<Map<string, number[]>> => {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { officeId: { in: [...officeIds] }, deletedAt: null },
    select: { officeId: true, year: true },
    orderBy: { year: "asc" },
  });
  const byOffice = new Map<string, number[]>();
  for (const row of rows) byOffice.set(row.officeId, [...(byOffice.get(row.officeId) ?? []), row.year]);
  return byOffice;
};
