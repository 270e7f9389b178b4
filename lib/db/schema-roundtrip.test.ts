import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase, type TDatabase } from "./client";
import { Prisma } from "./generated/client";
import { seedDemoData, DEMO_DEPARTMENTS, DEMO_REGION_OFFICE } from "./seed";
import { testDatabaseTargets } from "./test-databases";

// Every model of prisma/schema.prisma is written, read, updated and deleted through the generated client
// on a database built only from prisma/migrations: if the SQL and the schema drift apart, this fails.
const ROUND_TRIPPED_MODELS = ["Office", "Report", "ReportEvent", "User", "Membership", "Session", "LoginFailure", "ReportComment", "Publication"];

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
    expect((await prisma.office.findUniqueOrThrow({ where: { id: office.id }, include: { parent: true } })).parent?.name)
      .toBe("测试市人民政府办公室");
    await prisma.office.update({ where: { id: office.id }, data: { name: "测试市教育委员会" } });

    const report = await prisma.report.create({
      data: { officeId: office.id, year: 2025, formatVersion: 2021, data: { cells: { "t3.new_received.total": 3 } } },
    });
    expect(report.status).toBe("DRAFT");
    expect(report.version).toBe(1);
    const updated = await prisma.report.update({
      where: { id: report.id },
      data: { status: "SUBMITTED", version: { increment: 1 }, data: { cells: { "t3.new_received.total": 4 } } },
    });
    expect(updated.version).toBe(2);
    expect(updated.data).toEqual({ cells: { "t3.new_received.total": 4 } });
    await expect(
      prisma.report.create({ data: { officeId: office.id, year: 2025, formatVersion: 2021, data: {} } }),
    ).rejects.toThrow();

    const user = await prisma.user.create({ data: { username: "zhangsan", displayName: "张三", passwordHash: "$2b$04$hash" } });
    await prisma.user.update({ where: { id: user.id }, data: { displayName: "张三（教育局）" } });
    const membership = await prisma.membership.create({ data: { userId: user.id, officeId: office.id, role: "FILLER" } });
    await expect(prisma.membership.create({ data: { userId: user.id, officeId: office.id, role: "FILLER" } })).rejects.toThrow();
    await prisma.membership.update({ where: { id: membership.id }, data: { role: "REVIEWER" } });
    expect((await prisma.user.findUniqueOrThrow({ where: { username: "zhangsan" }, include: { memberships: true } })).memberships)
      .toMatchObject([{ role: "REVIEWER", officeId: office.id }]);
    const session = await prisma.session.create({ data: { tokenHash: "a".repeat(64), userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 120_000) } });
    expect(await prisma.session.findUnique({ where: { tokenHash: "a".repeat(64) } })).not.toBeNull();
    const failure = await prisma.loginFailure.create({ data: { username: "zhangsan" } });
    await prisma.loginFailure.update({ where: { id: failure.id }, data: { username: "lisi" } });
    expect(await prisma.loginFailure.count({ where: { username: "lisi" } })).toBe(1);
    await prisma.loginFailure.delete({ where: { id: failure.id } });

    const event = await prisma.reportEvent.create({
      data: { reportId: report.id, action: "SUBMIT", actor: "张三", actorId: user.id, detail: { from: "DRAFT", to: "SUBMITTED" } },
    });
    await prisma.reportEvent.update({ where: { id: event.id }, data: { detail: { note: "已更正" } } });
    expect((await prisma.reportEvent.findUniqueOrThrow({ where: { id: event.id } })).detail).toEqual({ note: "已更正" });

    const comment = await prisma.reportComment.create({ data: { reportId: report.id, target: "cell:t3.granted.natural_person", body: "请核对", authorName: "审核人" } });
    await prisma.reportComment.update({ where: { id: comment.id }, data: { resolvedAt: new Date(), resolvedByName: "张三" } });
    expect((await prisma.reportComment.findUniqueOrThrow({ where: { id: comment.id } })).resolvedByName).toBe("张三");
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    const publication = await prisma.publication.create({
      data: { reportId: report.id, edition: 1, document: { cells: {} }, docx: bytes, html: "<html></html>", docxSha256: "a", htmlSha256: "b", publishedBy: "审核人" },
    });
    expect(Array.from((await prisma.publication.findUniqueOrThrow({ where: { id: publication.id } })).docx)).toEqual(Array.from(bytes));
    await prisma.publication.update({ where: { id: publication.id }, data: { note: "更正" } });
    await expect(prisma.report.delete({ where: { id: report.id } })).rejects.toThrow();
    await prisma.publication.delete({ where: { id: publication.id } });
    await prisma.report.update({ where: { id: report.id }, data: { correctionNote: "更正表三" } });
    await prisma.report.delete({ where: { id: report.id } });
    expect(await prisma.reportComment.count()).toBe(0);
    await prisma.user.delete({ where: { id: user.id } });
    expect(await prisma.membership.count()).toBe(0);
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.reportEvent.count({ where: { reportId: report.id } })).toBe(0);
    await prisma.office.delete({ where: { id: office.id } });
    await prisma.office.delete({ where: { id: parent.id } });
    expect(await prisma.office.count()).toBe(0);
  });

  it("seeds demo data into an empty database once", async () => {
    const first = await seedDemoData(db.prisma);
    expect(first.seeded).toBe(true);
    expect(await db.prisma.office.count({ where: { parent: { name: DEMO_REGION_OFFICE } } })).toBe(DEMO_DEPARTMENTS.length);
    const second = await seedDemoData(db.prisma);
    expect(second.seeded).toBe(false);
    expect(await db.prisma.office.count()).toBe(DEMO_DEPARTMENTS.length + 1);
  });
});
