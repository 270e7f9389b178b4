import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { openDatabase, setDatabaseForTests, type TDatabase } from "./client";
import { describeHost, type TDatabaseConfig, type TEnv } from "./config";

/**
 * Databases the integration tests run against: always a fresh PGlite folder, and a fresh database on
 * the real PostgreSQL server named by TEST_DATABASE_URL (or DATABASE_URL) when one is set.
 */
export interface TTestDatabaseTarget {
  name: string;
  create(): Promise<{ config: TDatabaseConfig; dispose(): Promise<void> }>;
}

const pgliteTarget: TTestDatabaseTarget = {
  name: "PGlite",
  create: async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "nbt-test-"));
    return {
      config: { kind: "pglite", dataDir },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

const postgresTarget = (serverUrl: string): TTestDatabaseTarget => ({
  name: "PostgreSQL",
  create: async () => {
    const dbName = `nbt_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    return {
      config: { kind: "postgresql", url: url.toString(), host: describeHost(serverUrl) },
      dispose: async () => {
        const cleanup = new pg.Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  },
});

export const testDatabaseTargets = (env: TEnv = process.env): TTestDatabaseTarget[] => {
  const serverUrl = env.TEST_DATABASE_URL?.trim() || env.DATABASE_URL?.trim();
  return serverUrl ? [pgliteTarget, postgresTarget(serverUrl)] : [pgliteTarget];
};

/**
 * A fresh database on the target, migrated and made the one every lib/db function uses (through
 * `setDatabaseForTests`) until `close()`, which also removes it.
 */
export const openTestDatabase = async (
  target: TTestDatabaseTarget,
): Promise<{ db: TDatabase; close(): Promise<void> }> => {
  const created = await target.create();
  const db = await openDatabase(created.config).catch(async (error: unknown) => {
    await created.dispose();
    throw error;
  });
  setDatabaseForTests(db);
  return {
    db,
    close: async () => {
      setDatabaseForTests(null);
      await db.close();
      await created.dispose();
    },
  };
};
