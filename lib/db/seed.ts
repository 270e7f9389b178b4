import type { TReportDocument } from "@/lib/report/schema";
import { statusChangeEvent } from "@/lib/workflow/events";
import { currentReportYear } from "@/lib/workflow/report-year";

import { demoDraftReport, demoPublishedReport } from "./demo-reports";
import { eventRow } from "./events";
import type { PrismaClient } from "./generated/client";
import type { Role } from "./generated/enums";
import { sha256, type TPublicationFiles } from "./workflow";

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

export interface TSeedResult {
  seeded: boolean;
  offices: string[];
  users: typeof DEMO_USERS;
}

/**
 * Fills an empty database with demo data; leaves a database that already has offices alone. The caller
 * passes the password hash function (lib/auth/password.ts's `hashPassword`: lib/db never imports auth);
 * it runs once, for DEMO_PASSWORD, and only when the database is empty. `publicationFiles`
 * (lib/export/publication-files.ts) makes the frozen files of the published demo report, stored as its
 * edition 1 with a 发布 event, as a real publication would be (published on 20 January of the following year).
 */
export const seedDemoData = async (
  prisma: PrismaClient,
  options: {
    hashPassword: (password: string) => Promise<string>;
    publicationFiles: (document: TReportDocument) => Promise<TPublicationFiles>;
    now?: Date;
  },
): Promise<TSeedResult> => {
  if ((await prisma.office.count()) > 0) {
    return { seeded: false, offices: [], users: [] };
  }
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const year = currentReportYear(options.now ?? new Date());
  const published = demoPublishedReport("示范区教育局", year - 1);
  const files = await options.publicationFiles(published);
  await prisma.$transaction(async (tx) => {
    const region = await tx.office.create({ data: { name: DEMO_REGION_OFFICE } });
    const officeIds = new Map([[DEMO_REGION_OFFICE, region.id]]);
    for (const name of DEMO_DEPARTMENTS) {
      officeIds.set(name, (await tx.office.create({ data: { name, parentId: region.id } })).id);
    }
    for (const user of DEMO_USERS) {
      const created = await tx.user.create({
        data: { username: user.username, displayName: user.displayName, passwordHash },
      });
      await tx.membership.create({
        data: { userId: created.id, officeId: officeIds.get(user.office) ?? region.id, role: user.role },
      });
    }
    const education = officeIds.get("示范区教育局") ?? region.id;
    const health = officeIds.get("示范区卫生健康局") ?? region.id;
    const reports = [
      {
        officeId: education,
        year: year - 1,
        status: "PUBLISHED" as const,
        data: published,
      },
      { officeId: health, year, status: "DRAFT" as const, data: demoDraftReport("示范区卫生健康局", year) },
    ];
    const actor = { id: null, name: "演示数据" };
    for (const report of reports) {
      const created = await tx.report.create({
        data: { ...report, formatVersion: report.data.formatVersion },
      });
      await tx.reportEvent.create({
        data: eventRow(created.id, actor, { action: "create", detail: { year: report.year } }),
      });
      if (report.status !== "PUBLISHED") continue;
      const docxSha256 = sha256(files.docx);
      await tx.publication.create({
        data: {
          reportId: created.id,
          edition: 1,
          document: files.document,
          docx: new Uint8Array(files.docx),
          html: files.html,
          docxSha256,
          htmlSha256: sha256(files.html),
          publishedBy: actor.name,
          // 20 January of the following year, 10:00 Beijing time: on time, so the 年报专栏 shows 按时.
          publishedAt: new Date(Date.UTC(year, 0, 20, 2, 0, 0)),
        },
      });
      await tx.reportEvent.create({
        data: eventRow(
          created.id,
          actor,
          statusChangeEvent(
            { action: "publish", detail: {} },
            { from: "APPROVED", to: "PUBLISHED", edition: 1, docxSha256 },
          ),
        ),
      });
    }
  });
  return { seeded: true, offices: [DEMO_REGION_OFFICE, ...DEMO_DEPARTMENTS], users: DEMO_USERS };
};
