// 离线运行 `prisma generate`。
// Prisma CLI 每次启动都会尝试下载 schema-engine，而生成客户端并不需要它；
// 把 PRISMA_SCHEMA_ENGINE_BINARY 指向任意已存在的文件即可跳过下载（见 docs/decisions.md）。
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], { cwd: root, env, stdio: "inherit" });
if (result.status !== 0) {
  console.error("prisma generate 失败：无法生成数据库客户端（lib/db/generated）。");
  process.exit(result.status ?? 1);
}
