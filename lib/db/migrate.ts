import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { DatabaseStartupError } from "./errors";
import type { SqlDriver } from "./sql-driver";

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql without the Prisma CLI (its schema engine
 * cannot be downloaded offline). Each migration runs in its own transaction and is recorded in
 * Prisma's own `_prisma_migrations` table with Prisma's checksum (SHA-256 of the file), so a later
 * `prisma migrate deploy` on a connected machine sees it as applied.
 */

export interface TMigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface TMigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

// Same key `prisma migrate` uses, so our start-up and a Prisma CLI run never migrate concurrently.
const ADVISORY_LOCK_KEY = 72707369;

export const defaultMigrationsDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export const readMigrations = async (dir: string = defaultMigrationsDir()): Promise<TMigrationFile[]> => {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
};

const applyOne = async (driver: SqlDriver, migration: TMigrationFile): Promise<void> => {
  try {
    await driver.exec("BEGIN");
    await driver.exec(migration.sql);
    await driver.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await driver.exec("COMMIT");
  } catch (error) {
    await driver.exec("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseStartupError(`数据库迁移“${migration.name}”执行失败，已回滚，启动中止：${reason}`, {
      cause: error,
    });
  }
};

export const migrate = async (driver: SqlDriver, migrations: TMigrationFile[]): Promise<TMigrationResult> => {
  await driver.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
  try {
    await driver.exec(CREATE_MIGRATIONS_TABLE);
    const recorded = await driver.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const recordedByName = new Map(recorded.map((row) => [row.migration_name, row.checksum]));
    const result: TMigrationResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const checksum = recordedByName.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          console.warn(
            `警告：已执行的迁移“${migration.name}”的文件内容已被修改（校验和不一致），未重新执行。`,
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      await applyOne(driver, migration);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await driver.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => undefined);
  }
};
