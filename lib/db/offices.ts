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

export interface TOfficeNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** The given offices and every office below them. */
export const listOfficeSubtrees = async (rootIds: string[]): Promise<TOfficeNode[]> => {
  const prisma = await getPrisma();
  const all = await prisma.office.findMany({ select: { id: true, name: true, parentId: true }, orderBy: { name: "asc" } });
  const inTree = new Set(rootIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const office of all) {
      if (!inTree.has(office.id) && office.parentId && inTree.has(office.parentId)) {
        inTree.add(office.id);
        grew = true;
      }
    }
  }
  return all.filter((office) => inTree.has(office.id));
};
