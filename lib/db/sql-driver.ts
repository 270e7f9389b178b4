import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * The little raw SQL the data layer needs outside Prisma: applying migrations.
 * One interface over a single pg connection and over PGlite, so the migrator is written once.
 */
export interface SqlDriver {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export const pgliteDriver = (db: PGlite): SqlDriver => ({
  query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
  exec: async (sql) => {
    await db.exec(sql);
  },
  // The PGlite instance is shared with Prisma; its owner closes it.
  close: async () => {},
});

export const pgClientDriver = (client: pg.Client): SqlDriver => ({
  query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  exec: async (sql) => {
    await client.query(sql);
  },
  close: () => client.end(),
});
