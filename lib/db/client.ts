import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { describeDatabase, resolveDatabaseConfig, type TDatabaseConfig } from "./config";
import { lockDataDir } from "./data-dir-lock";
import { DatabaseStartupError } from "./errors";
import { PrismaClient } from "./generated/client";
import { migrate, readMigrations, type TMigrationResult } from "./migrate";
import { pgClientDriver, pgliteDriver, type SqlDriver } from "./sql-driver";

export interface TDatabase {
  prisma: PrismaClient;
  config: TDatabaseConfig;
  description: string;
  migrations: TMigrationResult;
  close(): Promise<void>;
  /**
   * PGlite only: a consistent copy of the data folder (gzip tar from `dumpDataDir`), taken after a
   * CHECKPOINT while no transaction is open (lib/db/backup.ts, `npm run backup`); absent for PostgreSQL
   * (use pg_dump).
   */
  snapshot?: () => Promise<Uint8Array>;
}

/**
 * PGlite runs one statement or one whole transaction at a time (its transaction lock; Prisma's transactions
 * go through `PGlite.transaction`). The copy is made inside an empty transaction of ours, so no other
 * transaction is half done in it; what the CHECKPOINT did not write yet is in the WAL, which the copy holds.
 */
const snapshotOf = (db: PGlite) => async (): Promise<Uint8Array> => {
  await db.exec("CHECKPOINT");
  return db.transaction(async () => new Uint8Array(await (await db.dumpDataDir("gzip")).arrayBuffer()));
};

const CONNECT_TIMEOUT_MS = 10_000;

const connectPostgres = async (config: Extract<TDatabaseConfig, { kind: "postgresql" }>) => {
  const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseStartupError(
      `无法连接 DATABASE_URL 指定的 PostgreSQL（${config.host}）：${reason}。` +
        `请检查地址、端口、用户名、密码和数据库名；未设置 DATABASE_URL 时才会使用内置数据库。`,
      { cause: error },
    );
  }
  return client;
};

const openPostgres = async (config: Extract<TDatabaseConfig, { kind: "postgresql" }>) => {
  const migrationClient = await connectPostgres(config);
  const driver = pgClientDriver(migrationClient);
  const adapter = new PrismaPg({ connectionString: config.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  return { driver, prisma: new PrismaClient({ adapter }), snapshot: undefined, release: async () => {} };
};

const openPglite = async (config: Extract<TDatabaseConfig, { kind: "pglite" }>) => {
  const unlock = lockDataDir(config.dataDir);
  try {
    const db = await PGlite.create({ dataDir: path.join(config.dataDir, "pgdata") });
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
    return {
      driver: pgliteDriver(db),
      prisma,
      snapshot: snapshotOf(db),
      release: async () => {
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    if (error instanceof DatabaseStartupError) throw error;
    throw new DatabaseStartupError(`无法打开内置数据库（${config.dataDir}）：${String(error)}`, {
      cause: error,
    });
  }
};

/** Opens the configured database and brings its schema up to date. Never falls back to another database. */
export const openDatabase = async (
  config: TDatabaseConfig = resolveDatabaseConfig(),
  migrationsDir?: string,
): Promise<TDatabase> => {
  const opened = config.kind === "postgresql" ? await openPostgres(config) : await openPglite(config);
  const driver: SqlDriver = opened.driver;
  const close = async () => {
    await opened.prisma.$disconnect().catch(() => undefined);
    await opened.release();
  };
  try {
    const migrations = await migrate(driver, await readMigrations(migrationsDir));
    await driver.close();
    return {
      prisma: opened.prisma,
      config,
      description: describeDatabase(config),
      migrations,
      close,
      snapshot: opened.snapshot,
    };
  } catch (error) {
    await driver.close().catch(() => undefined);
    await close();
    throw error;
  }
};

// The custom server (scripts/start.ts) and the Next.js bundles load this module separately;
// the process-wide slot makes them share one database (PGlite allows one opener per folder).
const slot = globalThis as typeof globalThis & { __nianbaotongDb?: Promise<TDatabase> };

export const getDatabase = (): Promise<TDatabase> => {
  slot.__nianbaotongDb ??= openDatabase().catch((error: unknown) => {
    slot.__nianbaotongDb = undefined;
    throw error;
  });
  return slot.__nianbaotongDb;
};

/**
 * Makes every lib/db function use `db` instead of the configured database (integration tests); `null`
 * lets the next call open the configured database again. The caller opens and closes `db`.
 */
export const setDatabaseForTests = (db: TDatabase | null): void => {
  slot.__nianbaotongDb = db ? Promise.resolve(db) : undefined;
};

export const getPrisma = async (): Promise<PrismaClient> => (await getDatabase()).prisma;
