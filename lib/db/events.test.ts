import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { openDatabase, setDatabaseForTests } from "./client";
import { demoDraftReport } from "./demo-reports";
import { defaultMigrationsDir } from "./migrate";
import { listReportEvents } from "./workflow";
import { testDatabaseTargets } from "./test-databases";

const RENAME = "20261124000000_event_action_names";

/** The migrations folder as it was before `RENAME`, for a database written by an older version. */
const migrationsBefore = (name: string): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-migrations-"));
  cpSync(defaultMigrationsDir(), dir, {
    recursive: true,
    filter: (source) => !path.relative(defaultMigrationsDir(), source).startsWith(name),
  });
  return dir;
};

describe.each(testDatabaseTargets())("event rows on $name", (target) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    setDatabaseForTests(null);
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("renames the older upper-case actions and reads every row as a typed event", async () => {
    const { config, dispose } = await target.create();
    cleanups.push(dispose);
    const oldDir = migrationsBefore(RENAME);
    cleanups.push(() => rmSync(oldDir, { recursive: true, force: true }));

    const old = await openDatabase(config, oldDir);
    expect(old.migrations.applied).not.toContain(RENAME);
    const office = await old.prisma.office.create({ data: { name: "测试局" } });
    const report = await old.prisma.report.create({
      data: { officeId: office.id, year: 2025, formatVersion: 2021, data: demoDraftReport("测试局", 2025) },
    });
    const rows = [
      { action: "CREATE", detail: { year: 2025 } },
      { action: "SAVE", detail: { version: 2 } },
      { action: "submit", detail: { from: "DRAFT", to: "SUBMITTED", explanations: [], document: {} } },
      { action: "archive", detail: { reason: "旧版本的操作" } },
    ];
    for (const [index, row] of rows.entries()) {
      await old.prisma.reportEvent.create({
        data: {
          reportId: report.id,
          actor: "甲",
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)),
          ...row,
        },
      });
    }
    await old.close();

    const db = await openDatabase(config);
    cleanups.push(() => db.close());
    expect(db.migrations.applied).toEqual([RENAME]);
    const stored = await db.prisma.reportEvent.findMany({ orderBy: { createdAt: "asc" } });
    expect(stored.map((row) => row.action)).toEqual(["create", "save", "submit", "archive"]);

    setDatabaseForTests(db);
    const events = (await listReportEvents(report.id)).map((row) => row.event);
    expect(events).toEqual([
      { action: "create", detail: { year: 2025 } },
      { action: "save", detail: { version: 2 } },
      {
        action: "submit",
        detail: { from: "DRAFT", to: "SUBMITTED", explanations: [], document: {} },
      },
      { action: "unknown", stored: "archive" },
    ]);
  });
});
