import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { openDatabase, type TDatabase } from "./client";
import { DatabaseStartupError } from "./errors";
import { defaultMigrationsDir, readMigrations } from "./migrate";
import { testDatabaseTargets } from "./test-databases";

const copyMigrationsWith = (extra: Record<string, string>): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-migrations-"));
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
};

describe("readMigrations", () => {
  it("lists the migration folders in order with Prisma's checksum", async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
    for (const migration of migrations) {
      expect(migration.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(migration.checksum).toBe(createHash("sha256").update(migration.sql).digest("hex"));
    }
  });
});

describe.each(testDatabaseTargets())("migrations on $name", (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const open = async (config: Parameters<typeof openDatabase>[0], dir?: string): Promise<TDatabase> => {
    const db = await openDatabase(config, dir);
    cleanups.push(() => db.close());
    return db;
  };

  it("applies pending migrations once and records them as Prisma does", async () => {
    const { config, dispose } = await target.create();
    cleanups.push(dispose);
    const all = (await readMigrations()).map((m) => m.name);

    const first = await openDatabase(config);
    expect(first.migrations).toEqual({ applied: all, alreadyApplied: [] });
    const rows = await first.prisma.$queryRaw<
      { migration_name: string; checksum: string; applied_steps_count: number }[]
    >`
      SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
    const expected = await readMigrations();
    expect(rows).toEqual(
      expected.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1 })),
    );
    await first.close();

    const second = await open(config);
    expect(second.migrations).toEqual({ applied: [], alreadyApplied: all });
  });

  it("rolls back a failing migration and names it", async () => {
    const { config, dispose } = await target.create();
    cleanups.push(dispose);
    const dir = copyMigrationsWith({
      "29990101000000_broken": `CREATE TABLE "Half" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";`,
    });

    const failure = await openDatabase(config, dir).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DatabaseStartupError);
    expect((failure as Error).message).toContain("29990101000000_broken");
    expect((failure as Error).message).toContain("已回滚");

    // The good migrations stay applied; the broken one left neither its table nor a record.
    const db = await open(config);
    const halfTable = await db.prisma.$queryRaw<{ exists: boolean }[]>`
      SELECT to_regclass('"Half"') IS NOT NULL AS exists`;
    expect(halfTable[0]?.exists).toBe(false);
    expect(db.migrations.alreadyApplied).not.toContain("29990101000000_broken");
  });
});
