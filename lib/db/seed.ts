import type { PrismaClient } from "./generated/client";

/** Demo offices: one region office overseeing two departments. */
export const DEMO_REGION_OFFICE = "示范区人民政府办公室";
export const DEMO_DEPARTMENTS = ["示范区教育局", "示范区卫生健康局"] as const;

export interface TSeedResult {
  seeded: boolean;
  offices: string[];
}

/** Fills an empty database with demo data; leaves a database that already has offices alone. */
export const seedDemoData = async (prisma: PrismaClient): Promise<TSeedResult> => {
  if ((await prisma.office.count()) > 0) {
    return { seeded: false, offices: [] };
  }
  await prisma.$transaction(async (tx) => {
    const region = await tx.office.create({ data: { name: DEMO_REGION_OFFICE } });
    for (const name of DEMO_DEPARTMENTS) {
      await tx.office.create({ data: { name, parentId: region.id } });
    }
  });
  return { seeded: true, offices: [DEMO_REGION_OFFICE, ...DEMO_DEPARTMENTS] };
};
