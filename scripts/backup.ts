// `npm run backup [FILE]`: a consistent backup of the embedded database (PGlite) — from the running app
// over its local socket, or from the data folder when no app runs (lib/db/backup.ts, docs/decisions.md D23).
// With DATABASE_URL set (PostgreSQL) it explains how to use pg_dump instead.
import { writeFileSync } from "node:fs";
import path from "node:path";

import { backupDataDir } from "../lib/db/backup";
import { resolveDatabaseConfig } from "../lib/db/config";
import { DatabaseStartupError } from "../lib/db/errors";

const stamp = (now: Date): string => now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

const main = async (): Promise<void> => {
  const config = resolveDatabaseConfig();
  if (config.kind === "postgresql") {
    console.log(`当前使用 PostgreSQL（${config.host}），请用 PostgreSQL 自带的工具备份，例如：`);
    console.log('  pg_dump --format=custom --file=nianbaotong.dump "$DATABASE_URL"');
    console.log("恢复：");
    console.log('  pg_restore --clean --if-exists --dbname="$DATABASE_URL" nianbaotong.dump');
    return;
  }
  const file = path.resolve(process.argv[2] ?? `nianbaotong-backup-${stamp(new Date())}.tar.gz`);
  const { bytes, from } = await backupDataDir(config.dataDir);
  writeFileSync(file, bytes, { flag: "wx", mode: 0o600 });
  console.log(
    `已备份${from === "running-app" ? "（取自运行中的年报通）" : ""}：${file}（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB）`,
  );
  console.log(`恢复到新的空目录：DATA_DIR=<新目录> npm run restore ${file}`);
};

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EEXIST") console.error("备份失败：目标文件已存在，未覆盖。请换一个文件名。");
  else console.error(`备份失败：${error instanceof DatabaseStartupError ? error.message : String(error)}`);
  process.exit(1);
});
