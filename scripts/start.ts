// `npm start`: build when the sources changed, open and migrate the database, seed demo data into an
// empty database, then serve the production build on PORT. Exits non-zero with a Chinese message when
// the database cannot be used.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import next from "next";

import { getDatabase } from "../lib/db/client";
import { DatabaseStartupError } from "../lib/db/errors";
import { DEMO_PASSWORD, DEMO_ROLE_LABELS, seedDemoData } from "../lib/db/seed";

// Offline by design (government intranets): Next.js must not try to send usage telemetry.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.js", "package-lock.json", "tsconfig.json"];
const IGNORED = new Set(["node_modules", ".next", "generated"]);

const newestMtime = (target: string): number => {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target)
    .filter((name) => !IGNORED.has(name) && !name.endsWith(".test.ts"))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
};

const buildIfNeeded = (): void => {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...BUILD_INPUTS.map((input) => newestMtime(path.join(root, input))));
  if (builtAt > changedAt) return;
  console.log(builtAt ? "源代码有更新，正在重新构建……" : "首次启动，正在构建应用（约需一两分钟）……");
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("构建失败，启动中止。");
    process.exit(1);
  }
};

const main = async (): Promise<void> => {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new DatabaseStartupError(`PORT 无效：“${process.env.PORT}”，应为 1–65535 之间的整数。`);
  }
  const hostname = process.env.HOST ?? "0.0.0.0";
  if (process.env.SKIP_BUILD !== "1") buildIfNeeded();

  const db = await getDatabase();
  console.log(`数据库：${db.description}`);
  console.log(
    db.migrations.applied.length
      ? `已执行迁移：${db.migrations.applied.join("、")}`
      : `数据库结构已是最新（${db.migrations.alreadyApplied.length} 个迁移）`,
  );
  const seed = await seedDemoData(db.prisma);
  if (seed.seeded) {
    console.log(`空数据库，已写入演示数据：${seed.offices.join("、")}`);
    console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const user of seed.users) console.log(`  ${user.username}  ${user.office} ${DEMO_ROLE_LABELS[user.role]}`);
  }

  const app = next({ dev: false, dir: root, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => void handle(req, res));
  server.listen(port, hostname, () => {
    console.log(`年报通已启动：http://localhost:${port}`);
  });

  const shutdown = (signal: string) => {
    console.log(`收到 ${signal}，正在停止……`);
    server.close();
    void db.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
};

main().catch((error: unknown) => {
  if (error instanceof DatabaseStartupError) {
    console.error(`启动失败：${error.message}`);
  } else {
    console.error("启动失败：", error);
  }
  process.exit(1);
});
