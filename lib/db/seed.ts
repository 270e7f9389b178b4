import { hashPassword } from "@/lib/auth/password";
import { currentReportYear } from "@/lib/workflow/report-year";

import { demoDraftReport, demoPublishedReport } from "./demo-reports";
import type { PrismaClient } from "./generated/client";
import type { Role } from "./generated/enums";

/** Demo offices: one region office overseeing two departments, a user per role, two reports. */
export const DEMO_REGION_OFFICE = "示范区人民政府办公室";
export const DEMO_DEPARTMENTS = ["示范区教育局", "示范区卫生健康局"] as const;
export const DEMO_PASSWORD = "Nianbao2026";

export const DEMO_USERS: { username: string; displayName: string; office: string; role: Role }[] = [
  { username: "admin", displayName: "系统管理员", office: DEMO_REGION_OFFICE, role: "ADMIN" },
  { username: "shenhe", displayName: "区政府办审核人", office: DEMO_REGION_OFFICE, role: "REVIEWER" },
  { username: "jiaoyu", displayName: "教育局填报人", office: "示范区教育局", role: "FILLER" },
  { username: "weijian", displayName: "卫健局填报人", office: "示范区卫生健康局", role: "FILLER" },
];

export const DEMO_ROLE_LABELS: Record<Role, string> = { FILLER: "填报人", REVIEWER: "审核人", ADMIN: "管理员" };

export interface TSeedResult {
  seeded: boolean;
  offices: string[];
  users: typeof DEMO_USERS;
}


/** Fills an empty database with demo data; leaves a database that already has offices alone. */
export const seedDemoData = async (prisma: PrismaClient, now = new Date()): Promise<TSeedResult> => {
  if ((await prisma.office.count()) > 0) {
    return { seeded: false, offices: [], users: [] };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const year = currentReportYear(now);
  await prisma.$transaction(async (tx) => {
    const region = await tx.office.create({ data: { name: DEMO_REGION_OFFICE } });
    const officeIds = new Map([[DEMO_REGION_OFFICE, region.id]]);
    for (const name of DEMO_DEPARTMENTS) {
      officeIds.set(name, (await tx.office.create({ data: { name, parentId: region.id } })).id);
    }
    for (const user of DEMO_USERS) {
      const created = await tx.user.create({ data: { username: user.username, displayName: user.displayName, passwordHash } });
      await tx.membership.create({ data: { userId: created.id, officeId: officeIds.get(user.office) ?? region.id, role: user.role } });
    }
    const education = officeIds.get("示范区教育局") ?? region.id;
    const health = officeIds.get("示范区卫生健康局") ?? region.id;
    const reports = [
      { officeId: education, year: year - 1, status: "PUBLISHED" as const, data: demoPublishedReport("示范区教育局", year - 1) },
      { officeId: health, year, status: "DRAFT" as const, data: demoDraftReport("示范区卫生健康局", year) },
    ];
    for (const report of reports) {
      const created = await tx.report.create({ data: { ...report, formatVersion: report.data.formatVersion } });
      await tx.reportEvent.create({ data: { reportId: created.id, action: "CREATE", actor: "演示数据", detail: { year: report.year } } });
    }
  });
  return { seeded: true, offices: [DEMO_REGION_OFFICE, ...DEMO_DEPARTMENTS], users: DEMO_USERS };
};
