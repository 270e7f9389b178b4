import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { evaluateReport } from "@/lib/rules/evaluate";

import { openDatabase, type TDatabase } from "./client";
import { demoPublishedReport } from "./demo-reports";
import { createReport, findReportByOfficeYear, getReport, saveReportDraft } from "./reports";
import { testDatabaseTargets } from "./test-databases";

// lib/db/reports reads the process-wide database; point it at each test database in turn.
const slot = globalThis as typeof globalThis & { __nianbaotongDb?: Promise<TDatabase> };

describe.each(testDatabaseTargets())("reports on $name", (target) => {
  let db: TDatabase;
  let dispose: () => Promise<void>;
  let officeId: string;
  const actor = { id: null, name: "测试" };

  beforeAll(async () => {
    const created = await target.create();
    dispose = created.dispose;
    db = await openDatabase(created.config);
    slot.__nianbaotongDb = Promise.resolve(db);
    officeId = (await db.prisma.office.create({ data: { name: "测试局" } })).id;
  });

  afterAll(async () => {
    slot.__nianbaotongDb = undefined;
    await db?.close();
    await dispose?.();
  });

  it("creates one report per office and year, with a history row", async () => {
    const document = demoPublishedReport("测试局", 2024);
    const created = await createReport({ officeId, document, actor });
    expect("id" in created).toBe(true);
    expect(await createReport({ officeId, document, actor })).toEqual({ exists: (created as { id: string }).id });
    const found = await findReportByOfficeYear(officeId, 2024);
    expect(found?.document).toEqual(document);
    expect(await db.prisma.reportEvent.count({ where: { action: "CREATE" } })).toBe(1);
  });

  it("saves on the current version and refuses a stale one, returning what is stored", async () => {
    const report = await findReportByOfficeYear(officeId, 2024);
    if (!report) throw new Error("missing");
    const mine = { ...report.document, narrative: { ...report.document.narrative, s5: "第一次修改" } };
    const first = await saveReportDraft({ id: report.id, baseVersion: report.version, document: mine, actor: { id: null, name: "甲" } });
    expect(first).toMatchObject({ ok: true, version: report.version + 1 });

    const theirs = { ...report.document, narrative: { ...report.document.narrative, s5: "另一个标签页的修改" } };
    const stale = await saveReportDraft({ id: report.id, baseVersion: report.version, document: theirs, actor: { id: null, name: "乙" } });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.conflict.version).toBe(report.version + 1);
      expect(stale.conflict.document.narrative.s5).toBe("第一次修改");
      expect(stale.conflict.savedBy).toBe("甲");
    }
    expect((await getReport(report.id))?.document.narrative.s5).toBe("第一次修改");
    expect(await db.prisma.reportEvent.count({ where: { reportId: report.id, action: "SAVE" } })).toBe(1);
  });

  it("returns null for ids that are not reports", async () => {
    expect(await getReport("not-a-uuid")).toBeNull();
    expect(await getReport("00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});

describe("demo data", () => {
  it("seeds a published report that checks clean", () => {
    expect(evaluateReport(demoPublishedReport("示范区教育局", 2024))).toEqual([]);
  });
});
