import path from "node:path";

/** Where the data lives: real PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in a folder. */
export type TEnv = Record<string, string | undefined>;

export type TDatabaseConfig =
  { kind: "postgresql"; url: string; host: string } | { kind: "pglite"; dataDir: string };

export const DEFAULT_DATA_DIR = "data";

/** Host (and port) of a connection string, for messages; never includes the password. */
export const describeHost = (url: string): string => {
  try {
    const parsed = new URL(url);
    return parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname || "（未指定主机）";
  } catch {
    return "（无法解析的地址）";
  }
};

export const resolveDatabaseConfig = (env: TEnv = process.env): TDatabaseConfig => {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    return { kind: "postgresql", url, host: describeHost(url) };
  }
  return {
    kind: "pglite",
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR?.trim() || DEFAULT_DATA_DIR),
  };
};

export const describeDatabase = (config: TDatabaseConfig): string =>
  config.kind === "postgresql"
    ? `PostgreSQL（${config.host}）`
    : `内置数据库 PGlite（数据目录 ${config.dataDir}）`;
