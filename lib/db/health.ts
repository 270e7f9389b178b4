import { getDatabase } from "./client";

export interface THealth {
  status: "ok" | "error";
  /** Null when the database cannot be reached; `description` (host or data path) for 管理员 only. */
  database: { kind: string; description?: string } | null;
  migrations: string[];
  error?: string;
}

export const getHealth = async (): Promise<THealth> => {
  const db = await getDatabase();
  const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
  return {
    status: "ok",
    database: { kind: db.config.kind, description: db.description },
    migrations: rows.map((row) => row.migration_name),
  };
};
