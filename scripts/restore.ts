// `npm run restore FILE`: restores a backup of `npm run backup` into the data folder (DATA_DIR, default
// ./data), which must be empty or not exist yet; never overwrites a database (lib/db/backup.ts).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { restoreDataDir } from "../lib/db/backup";
import { resolveDatabaseConfig } from "../lib/db/config";
import { DatabaseStartupError } from "../lib/db/errors";

const main = async (): Promise<void> => {
  const file = process.argv[2];
  if (!file) throw new DatabaseStartupError("请指定备份文件：npm run restore <备份文件>");
  if (!existsSync(file)) throw new DatabaseStartupError(`找不到备份文件：${path.resolve(file)}`);
  const config = resolveDatabaseConfig();
  if (config.kind === "postgresql") {
    throw new DatabaseStartupError(
      "已设置 DATABASE_URL（PostgreSQL）：本命令只恢复内置数据库的备份。PostgreSQL 请用 pg_restore。",
    );
  }
  await restoreDataDir(new Uint8Array(readFileSync(file)), config.dataDir);
  console.log(`已恢复到 ${config.dataDir}。用同一 DATA_DIR 运行 npm start 即可使用。`);
};

main().catch((error: unknown) => {
  console.error(`恢复失败：${error instanceof DatabaseStartupError ? error.message : String(error)}`);
  process.exit(1);
});
