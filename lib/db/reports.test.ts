import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { evaluateReport } from "@/lib/rules/evaluate";

import type { TDatabase } from "./client";
import { demoPublishedReport } from "./demo-reports";
import { createReport, findReportByOfficeYear, getReport, saveReportDraft } from "./reports";
import { openTestDatabase, testDatabaseTargets } from "./test-databases";

// lib/db/reports reads the process-wide database; openTestDatabase points it at each test database in turn.
describe.each(testDatabaseTargets())("reports on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let officeId: string;
  const actor = { id: null, name: "测试" };

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    officeId = (await db.prisma.office.create({ data: { name: "测试局" } })).id;
  });

  afterAll(async () => {
    await close?.();
  });

  it("creates one report per office and year, with a history row", async () => {
    const document = demoPublishedReport("测试局", 2024);
    const created = await createReport({ officeId, document, actor });
    expect("id" in created).toBe(true);
    expect(await createReport({ officeId, document, actor })).toEqual({
      exists: (created as { id: string }).id,
    });
    const found = await findReportByOfficeYear(officeId, 2024);
    expect(found?.document).toEqual(document);
    expect(await db.prisma.reportEvent.count({ where: { action: "create" } })).toBe(1);
  });

  it("creates one report when several 新建 of the same office and year race", async () => {
    const document = demoPublishedReport("测试局", 2019);
    const results = await Promise.all([1, 2, 3, 4].map(() => createReport({ officeId, document, actor })));
    const ids = results.map((r) => ("id" in r ? r.id : r.exists));
    expect(results.filter((r) => "id" in r)).toHaveLength(1);
    expect(new Set(ids).size).toBe(1);
  });

  it("saves on the current version and refuses a stale one, returning what is stored", async () => {
    const report = await findReportByOfficeYear(officeId, 2024);
    if (!report) throw new Error("missing");
    const mine = { ...report.document, narrative: { ...report.document.narrative, s5: "第一次修改" } };
    const first = await saveReportDraft({
      id: report.id,
      baseVersion: report.version,
      document: mine,
      actor: { id: null, name: "甲" },
    });
    expect(first).toMatchObject({ ok: true, version: report.version + 1 });

    const theirs = {
      ...report.document,
      narrative: { ...report.document.narrative, s5: "另一个标签页的修改" },
    };
    const stale = await saveReportDraft({
      id: report.id,
      baseVersion: report.version,
      document: theirs,
      actor: { id: null, name: "乙" },
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.conflict.version).toBe(report.version + 1);
      expect(stale.conflict.document.narrative.s5).toBe("第一次修改");
      expect(stale.conflict.savedBy).toBe("甲");
    }
    expect((await getReport(report.id))?.document.narrative.s5).toBe("第一次修改");
    expect(await db.prisma.reportEvent.count({ where: { reportId: report.id, action: "save" } })).toBe(1);
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
