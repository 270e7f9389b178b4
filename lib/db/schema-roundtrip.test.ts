import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildPublicationFiles } from "@/lib/export/publication-files";
import { ZReportDocument } from "@/lib/report/schema";

import { openDatabase, type TDatabase } from "./client";
import { Prisma } from "./generated/client";
import { seedDemoData, DEMO_DEPARTMENTS, DEMO_REGION_OFFICE } from "./seed";
import { testDatabaseTargets } from "./test-databases";
import { sha256 } from "./workflow";

// The seed takes its hash function from the caller (lib/auth in production); any function does here.
const hashPassword = async (password: string) => `test-hash:${password}`;

// Every model of prisma/schema.prisma is written, read, updated and deleted through the generated client
// on a database built only from prisma/migrations: if the SQL and the schema drift apart, this fails.
const ROUND_TRIPPED_MODELS = [
  "Office",
  "Report",
  "ReportEvent",
  "User",
  "Membership",
  "Session",
  "LoginThrottle",
  "LocalRequirement",
  "ReportComment",
  "ReportCommentReply",
  "Publication",
  "ReportImportSource",
  "OfficeAlias",
  "Reminder",
  "Message",
];

describe.each(testDatabaseTargets())("schema and migrations agree on $name", (target) => {
  let db: TDatabase;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const created = await target.create();
    dispose = created.dispose;
    db = await openDatabase(created.config);
  });

  afterAll(async () => {
    await db?.close();
    await dispose?.();
  });

  it("round-trips every model of the schema", async () => {
    expect(Object.keys(Prisma.ModelName).sort()).toEqual([...ROUND_TRIPPED_MODELS].sort());
    const { prisma } = db;

    const parent = await prisma.office.create({ data: { name: "测试市人民政府办公室" } });
    const office = await prisma.office.create({ data: { name: "测试市教育局", parentId: parent.id } });
    expect(
      (await prisma.office.findUniqueOrThrow({ where: { id: office.id }, include: { parent: true } })).parent
        ?.name,
    ).toBe("测试市人民政府办公室");
    await prisma.office.update({ where: { id: office.id }, data: { name: "测试市教育委员会" } });

    const report = await prisma.report.create({
      data: {
        officeId: office.id,
        year: 2025,
        formatVersion: 2021,
        data: { cells: { "t3.new_received.total": 3 } },
      },
    });
    expect(report.status).toBe("DRAFT");
    expect(report.version).toBe(1);
    const updated = await prisma.report.update({
      where: { id: report.id },
      data: {
        status: "SUBMITTED",
        version: { increment: 1 },
        data: { cells: { "t3.new_received.total": 4 } },
      },
    });
    expect(updated.version).toBe(2);
    expect(updated.data).toEqual({ cells: { "t3.new_received.total": 4 } });
    // Multi-level approval and 本地要求 (migration 20261201050000).
    const chain = [{ name: "科室审核", officeId: office.id }];
    await prisma.office.update({ where: { id: office.id }, data: { approvalChain: chain } });
    const round = await prisma.report.update({
      where: { id: report.id },
      data: { approvalChain: chain, approvalStep: { increment: 1 } },
    });
    expect([round.approvalChain, round.approvalStep]).toEqual([chain, 1]);
    const requirement = await prisma.localRequirement.create({
      data: { officeId: parent.id, year: 2025, data: { signOff: true }, updatedBy: "测试" },
    });
    expect(requirement.data).toEqual({ signOff: true });
    await expect(
      prisma.localRequirement.create({
        data: { officeId: parent.id, year: 2025, data: {}, updatedBy: "测试" },
      }),
    ).rejects.toThrow();
    await prisma.localRequirement.delete({ where: { id: requirement.id } });
    await expect(
      prisma.report.create({ data: { officeId: office.id, year: 2025, formatVersion: 2021, data: {} } }),
    ).rejects.toThrow();

    const user = await prisma.user.create({
      data: { username: "zhangsan", displayName: "张三", passwordHash: "$2b$04$hash" },
    });
    await prisma.user.update({ where: { id: user.id }, data: { displayName: "张三（教育局）" } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      disabledAt: null,
      mustChangePassword: false,
    });
    const disabledAt = new Date("2026-12-02T08:00:00.000Z");
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt, mustChangePassword: true } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      disabledAt,
      mustChangePassword: true,
    });
    const membership = await prisma.membership.create({
      data: { userId: user.id, officeId: office.id, role: "FILLER" },
    });
    await expect(
      prisma.membership.create({ data: { userId: user.id, officeId: office.id, role: "FILLER" } }),
    ).rejects.toThrow();
    await prisma.membership.update({ where: { id: membership.id }, data: { role: "REVIEWER" } });
    expect(
      (
        await prisma.user.findUniqueOrThrow({
          where: { username: "zhangsan" },
          include: { memberships: true },
        })
      ).memberships,
    ).toMatchObject([{ role: "REVIEWER", officeId: office.id }]);
    const session = await prisma.session.create({
      data: { tokenHash: "a".repeat(64), userId: user.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    await prisma.session.update({
      where: { id: session.id },
      data: { expiresAt: new Date(Date.now() + 120_000) },
    });
    expect(await prisma.session.findUnique({ where: { tokenHash: "a".repeat(64) } })).not.toBeNull();
    const throttle = await prisma.loginThrottle.create({
      data: { key: "pair:zhangsan|127.0.0.1", attempts: 1, windowStart: new Date() },
    });
    await prisma.loginThrottle.update({ where: { key: throttle.key }, data: { attempts: 2 } });
    expect(await prisma.loginThrottle.count({ where: { attempts: 2 } })).toBe(1);
    await prisma.loginThrottle.delete({ where: { key: throttle.key } });

    const event = await prisma.reportEvent.create({
      data: {
        reportId: report.id,
        action: "SUBMIT",
        actor: "张三",
        actorId: user.id,
        detail: { from: "DRAFT", to: "SUBMITTED" },
      },
    });
    await prisma.reportEvent.update({ where: { id: event.id }, data: { detail: { note: "已更正" } } });
    expect((await prisma.reportEvent.findUniqueOrThrow({ where: { id: event.id } })).detail).toEqual({
      note: "已更正",
    });

    const comment = await prisma.reportComment.create({
      data: {
        reportId: report.id,
        target: "cell:t3.granted.natural_person",
        body: "请核对",
        authorName: "审核人",
      },
    });
    await prisma.reportComment.update({
      where: { id: comment.id },
      data: { resolvedAt: new Date(), resolvedByName: "张三" },
    });
    expect((await prisma.reportComment.findUniqueOrThrow({ where: { id: comment.id } })).resolvedByName).toBe(
      "张三",
    );
    const reply = await prisma.reportCommentReply.create({
      data: { commentId: comment.id, body: "已核对", authorName: "张三" },
    });
    await prisma.reportCommentReply.update({ where: { id: reply.id }, data: { body: "已核对原件" } });
    expect(
      (
        await prisma.reportComment.findUniqueOrThrow({
          where: { id: comment.id },
          include: { replies: true },
        })
      ).replies[0]?.body,
    ).toBe("已核对原件");
    const alias = await prisma.officeAlias.create({
      data: { officeId: office.id, name: "区教育局", createdBy: "审核人" },
    });
    await expect(
      prisma.officeAlias.create({ data: { officeId: office.id, name: "区教育局", createdBy: "审核人" } }),
    ).rejects.toThrow();
    await prisma.officeAlias.update({ where: { id: alias.id }, data: { name: "教育局" } });
    expect((await prisma.officeAlias.findUniqueOrThrow({ where: { id: alias.id } })).name).toBe("教育局");
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    await prisma.reportImportSource.create({
      data: {
        reportId: report.id,
        name: "2023年报.docx",
        kind: "docx",
        content: bytes,
        sha256: "c",
        provenance: { "t3.new_received.total": { where: "第3行", raw: "5", how: "read" } },
        blanks: ["t3.granted.natural_person"],
      },
    });
    await prisma.reportImportSource.update({ where: { reportId: report.id }, data: { name: "改名.docx" } });
    expect(
      Array.from(
        (await prisma.reportImportSource.findUniqueOrThrow({ where: { reportId: report.id } })).content,
      ),
    ).toEqual(Array.from(bytes));
    const publication = await prisma.publication.create({
      data: {
        reportId: report.id,
        edition: 1,
        document: { cells: {} },
        docx: bytes,
        html: "<html></html>",
        docxSha256: "a",
        htmlSha256: "b",
        publishedBy: "审核人",
      },
    });
    expect(
      Array.from((await prisma.publication.findUniqueOrThrow({ where: { id: publication.id } })).docx),
    ).toEqual(Array.from(bytes));
    await prisma.publication.update({ where: { id: publication.id }, data: { note: "更正" } });
    // Findings counts cached per version, e-mail address, 催报 and messages (issue 16).
    await prisma.report.update({
      where: { id: report.id },
      data: { errorCount: 2, warningCount: 1, findingsVersion: 2 },
    });
    expect(await prisma.report.count({ where: { errorCount: 2, warningCount: 1, findingsVersion: 2 } })).toBe(
      1,
    );
    await prisma.user.update({ where: { id: user.id }, data: { email: "zhangsan@example.test" } });
    const reminder = await prisma.reminder.create({
      data: { officeId: office.id, year: 2025, sentById: user.id, sentByName: "审核人", note: "请尽快提交" },
    });
    await prisma.reminder.update({ where: { id: reminder.id }, data: { note: null } });
    const message = await prisma.message.create({
      data: {
        userId: user.id,
        kind: "remind",
        title: "催报",
        body: "请尽快提交",
        officeId: office.id,
        year: 2025,
        reportId: report.id,
        dedupeKey: "deadline:7:x",
        emailState: "pending",
      },
    });
    await expect(
      prisma.message.create({
        data: { userId: user.id, kind: "deadline", title: "t", body: "b", dedupeKey: "deadline:7:x" },
      }),
    ).rejects.toThrow();
    await prisma.message.update({
      where: { id: message.id },
      data: { readAt: new Date(), emailState: "sent", emailTries: 1, emailError: null },
    });
    expect((await prisma.message.findUniqueOrThrow({ where: { id: message.id } })).emailTries).toBe(1);
    await expect(prisma.report.delete({ where: { id: report.id } })).rejects.toThrow();
    await prisma.publication.delete({ where: { id: publication.id } });
    await prisma.report.update({ where: { id: report.id }, data: { correctionNote: "更正表三" } });
    await prisma.report.delete({ where: { id: report.id } });
    expect(await prisma.reportComment.count()).toBe(0);
    expect(await prisma.reportCommentReply.count()).toBe(0);
    expect(await prisma.reportImportSource.count()).toBe(0);
    await prisma.user.delete({ where: { id: user.id } });
    expect(await prisma.membership.count()).toBe(0);
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.message.count()).toBe(0);
    expect(await prisma.reportEvent.count({ where: { reportId: report.id } })).toBe(0);
    await prisma.office.delete({ where: { id: office.id } });
    expect(await prisma.reminder.count()).toBe(0);
    expect(await prisma.officeAlias.count()).toBe(0);
    await prisma.office.delete({ where: { id: parent.id } });
    expect(await prisma.office.count()).toBe(0);
  });

  it("seeds demo data into an empty database once", async () => {
    const first = await seedDemoData(db.prisma, { hashPassword, publicationFiles: buildPublicationFiles });
    expect(first.seeded).toBe(true);
    // The published demo report has its frozen edition 1, the same files 发布 would store, and a 发布 event.
    const published = await db.prisma.report.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      include: { publications: true, events: { orderBy: { createdAt: "asc" } } },
    });
    expect(published.publications.map((p) => p.edition)).toEqual([1]);
    const files = await buildPublicationFiles(ZReportDocument.parse(published.data));
    const [edition] = published.publications;
    expect(edition?.html).toBe(files.html);
    expect(edition?.docxSha256).toBe(sha256(Buffer.from(edition?.docx ?? [])));
    expect(published.events.map((e) => e.action)).toEqual(["create", "publish"]);
    expect(await db.prisma.office.count({ where: { parent: { name: DEMO_REGION_OFFICE } } })).toBe(
      DEMO_DEPARTMENTS.length,
    );
    const second = await seedDemoData(db.prisma, { hashPassword, publicationFiles: buildPublicationFiles });
    expect(second.seeded).toBe(false);
    expect(await db.prisma.office.count()).toBe(DEMO_DEPARTMENTS.length + 1);
  });
});
