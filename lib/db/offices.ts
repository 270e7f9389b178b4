import { getPrisma } from "./client";

export interface TOfficeOverview {
  id: string;
  name: string;
  parentName: string | null;
  reports: { id: string; year: number; status: string }[];
}

export const listOfficeOverview = async (): Promise<TOfficeOverview[]> => {
  const prisma = await getPrisma();
  const offices = await prisma.office.findMany({
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
