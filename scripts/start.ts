// `npm start`: build when the sources changed, open and migrate the database, seed demo data into an
// empty database, then serve the production build on PORT. Exits non-zero with a Chinese message when
// the database cannot be used.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import { fileURLToPath } from "node:url";

import next from "next";

import { serveBackups } from "../lib/db/backup";
import { getDatabase } from "../lib/db/client";
import { DatabaseStartupError } from "../lib/db/errors";
import { purgeExpiredLoginData } from "../lib/db/login-throttle";
import { ROLE_LABELS } from "../lib/admin/schemas";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "../lib/auth/client-address";
import { LOGIN_WINDOW_MINUTES } from "../lib/auth/login-throttle";
import { hashPassword } from "../lib/auth/password";
import { buildPublicationFiles } from "../lib/export/publication-files";
import { DEMO_PASSWORD, seedDemoData } from "../lib/db/seed";
import { refuseOversizedBody } from "../lib/server/body-limit";
import { closeGracefully } from "../lib/server/graceful-close";
import { refuseMalformedUrl } from "../lib/server/malformed-url";
import { resolveServerOnlyAsServer } from "../lib/server/server-only";
import { serveStaticBrotli } from "../lib/server/static-brotli";

// Offline by design (government intranets): Next.js must not try to send usage telemetry.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.js",
  "proxy.ts",
  "package-lock.json",
  "tsconfig.json",
];
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

const MAX_HEADER_BYTES = 256 * 1024;

/** A request the HTTP parser refused (an address or headers over the limit, bad syntax): a Chinese answer. */
const answerClientError = (error: Error & { code?: string }, socket: Duplex): void => {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const body = tooLarge ? "请求的地址或请求头过长，请缩短查找词后重试。" : "请求格式有误。";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  socket.end(
    `HTTP/1.1 ${status}\r\ncontent-type: text/plain; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
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
  const seed = await seedDemoData(db.prisma, { hashPassword, publicationFiles: buildPublicationFiles });
  if (seed.seeded) {
    console.log(`空数据库，已写入演示数据：${seed.offices.join("、")}`);
    console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const user of seed.users)
      console.log(`  ${user.username}  ${user.office} ${ROLE_LABELS[user.role]}`);
  }

  // Expired sessions and ended throttle windows go at start and every hour after.
  const purge = () =>
    purgeExpiredLoginData(LOGIN_WINDOW_MINUTES * 60).then(
      ({ sessions, throttleRows }) => {
        if (sessions || throttleRows)
          console.log(`已清理过期会话 ${sessions} 个、过期登录计数 ${throttleRows} 条`);
      },
      (error: unknown) => console.error("清理过期会话失败：", error),
    );
  await purge();
  setInterval(() => void purge(), 3600_000).unref();

  const app = next({ dev: false, dir: root, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Autosave skips Next's request pipeline (issue 17, D68); its modules carry the `server-only` marker.
  resolveServerOnlyAsServer();
  const { serveDraftSave } = await import("../lib/server/fast-save");
  // Addresses up to 256 KB (Node's default is 16 KB): a 10,000-character Chinese search query is ~90 KB encoded
  // and must reach the page, which cuts it and says so, instead of a bare 431.
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    // The login throttle counts per client address; only this server may say what it is.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.headers, req.socket.remoteAddress);
    // A body over 21 MB (or a server action's without a length) is refused in Chinese here, not with Next's 500.
    if (refuseOversizedBody(req, res)) return;
    // A path that does not percent-decode gets a Chinese 400 here, not Next's bare 500.
    if (refuseMalformedUrl(req, res)) return;
    // Saves are answered here; built scripts and styles go out Brotli-compressed when the browser accepts it
    // (lib/server/static-brotli); the rest is Next's.
    void serveDraftSave(req, res)
      .then((saved) => saved || serveStaticBrotli(req, res, path.join(root, ".next")))
      .then((served) => {
        if (!served) void handle(req, res);
      })
      .catch((error: unknown) => {
        console.error(error);
        res.destroy();
      });
  };
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, onRequest);
  // `Expect: 100-continue`: refuse an oversized body before the client sends it.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (refuseOversizedBody(req, res)) return;
    res.writeContinue();
    onRequest(req, res);
  });
  server.on("clientError", answerClientError);
  server.listen(port, hostname, () => {
    console.log(`年报通已启动：http://localhost:${port}`);
  });

  // `npm run backup` asks this process for a snapshot over a local socket (PGlite only; lib/db/backup.ts).
  const stopBackups =
    db.config.kind === "pglite" && db.snapshot
      ? await serveBackups(db.config.dataDir, db.snapshot)
      : async () => undefined;

  // Stop accepting, let the requests in flight finish and be answered (a committed save must reach the
  // editor), then close the database; a second signal stops at once.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      console.log(`再次收到 ${signal}，立即退出。`);
      process.exit(1);
    }
    stopping = true;
    console.log(`收到 ${signal}，停止接收新请求，等待进行中的请求完成……`);
    void closeGracefully(server)
      .then(({ drained }) => {
        if (!drained) console.log("等待超时，未完成的连接已断开。");
      })
      .then(stopBackups)
      .then(() => db.close())
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
};

main().catch((error: unknown) => {
  if (error instanceof DatabaseStartupError) {
    console.error(`启动失败：${error.message}`);
  } else {
    console.error("启动失败：", error);
  }
  process.exit(1);
});
