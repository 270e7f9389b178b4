import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createConnection, createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";

import { lockDataDir } from "./data-dir-lock";
import { DatabaseStartupError } from "./errors";

/**
 * Backups of the embedded database (docs/decisions.md D23).
 *
 * A running app holds its data folder's lock, and only one process may open a PGlite folder, so
 * `npm run backup` cannot open it. Instead the running app (scripts/start.ts) listens on a Unix socket
 * (`<DATA_DIR>/backup.sock`, mode 0600: only the operating-system user that runs the app and owns the data
 * may connect; nothing on the network, no HTTP route) and answers a request with a snapshot taken inside
 * the process: a CHECKPOINT, then `dumpDataDir` while no transaction is open (`TDatabase.snapshot`) — a
 * consistent copy made while the app keeps serving. When no app runs, the backup opens the folder itself.
 *
 * Wire format: the client sends `BACKUP\n`; the server answers one JSON line `{"ok":true,"bytes":N}` and
 * N bytes of gzip tar, or `{"ok":false,"message":"…"}`.
 */

const SOCKET_NAME = "backup.sock";
/** Unix socket paths are limited to ~107 bytes; a longer data folder gets a socket in the temp folder. */
const MAX_SOCKET_PATH = 100;

/** Where the running app listens for backup requests of this data folder. */
export const backupSocketPath = (dataDir: string): string => {
  const inDir = path.join(path.resolve(dataDir), SOCKET_NAME);
  if (Buffer.byteLength(inDir) <= MAX_SOCKET_PATH) return inDir;
  const key = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(os.tmpdir(), `nianbaotong-backup-${key}.sock`);
};

/**
 * Starts answering backup requests (the running app holds the data folder's lock, so a socket left by a
 * crashed run is stale and is replaced). Returns the function that stops listening and removes the socket.
 */
export const serveBackups = async (
  dataDir: string,
  snapshot: () => Promise<Uint8Array>,
): Promise<() => Promise<void>> => {
  const socketPath = backupSocketPath(dataDir);
  rmSync(socketPath, { force: true });
  const server: Server = createServer((socket) => {
    let request = "";
    socket.setEncoding("utf8");
    socket.on("error", () => undefined);
    socket.on("data", (chunk: string) => {
      request += chunk;
      if (!request.includes("\n")) {
        if (request.length > 64) socket.destroy();
        return;
      }
      socket.removeAllListeners("data");
      if (request.trim() !== "BACKUP") {
        socket.end(`${JSON.stringify({ ok: false, message: "未知的请求。" })}\n`);
        return;
      }
      snapshot().then(
        (bytes) => {
          socket.write(`${JSON.stringify({ ok: true, bytes: bytes.byteLength })}\n`);
          socket.end(bytes);
        },
        (error: unknown) => {
          console.error("备份失败：", error);
          socket.end(`${JSON.stringify({ ok: false, message: `备份失败：${String(error)}` })}\n`);
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // Created with owner-only permissions from the start (umask), then made sure of.
    const umask = process.umask(0o177);
    server.listen(socketPath, () => {
      process.umask(umask);
      resolve();
    });
  });
  chmodSync(socketPath, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      rmSync(socketPath, { force: true });
    });
};

/** Asks the app running on the data folder for a snapshot; null when no app answers on its socket. */
export const requestBackup = (dataDir: string): Promise<Uint8Array | null> =>
  new Promise((resolve, reject) => {
    const socketPath = backupSocketPath(dataDir);
    if (!existsSync(socketPath)) return resolve(null);
    const socket = createConnection(socketPath);
    const chunks: Buffer[] = [];
    let connected = false;
    socket.on("connect", () => {
      connected = true;
      socket.write("BACKUP\n");
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // A socket file nobody listens on (the app was killed): not running.
      if (!connected && (error.code === "ECONNREFUSED" || error.code === "ENOENT")) resolve(null);
      else reject(new DatabaseStartupError(`与运行中的年报通通信失败：${error.message}`, { cause: error }));
    });
    socket.on("end", () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(0x0a);
      const header = JSON.parse(all.subarray(0, newline).toString("utf8")) as
        { ok: true; bytes: number } | { ok: false; message: string };
      if (!header.ok) return reject(new DatabaseStartupError(header.message));
      const body = all.subarray(newline + 1);
      if (body.byteLength !== header.bytes) {
        return reject(new DatabaseStartupError("备份数据不完整（连接中断），请重试。"));
      }
      resolve(new Uint8Array(body));
    });
  });

/**
 * A consistent backup (gzip tar of the PGlite data folder): from the running app when one answers, else
 * by opening the folder itself (which takes its lock, so an app cannot start meanwhile).
 * Throws DatabaseStartupError (Chinese) when the folder holds no database or is locked by an app that
 * does not answer.
 */
export const backupDataDir = async (
  dataDir: string,
): Promise<{ bytes: Uint8Array; from: "running-app" | "data-folder" }> => {
  const fromApp = await requestBackup(dataDir);
  if (fromApp) return { bytes: fromApp, from: "running-app" };
  const pgdata = path.join(dataDir, "pgdata");
  if (!existsSync(path.join(pgdata, "PG_VERSION"))) {
    throw new DatabaseStartupError(`数据目录 ${dataDir} 中没有内置数据库，无可备份。`);
  }
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir: pgdata });
    try {
      await db.exec("CHECKPOINT");
      return {
        bytes: new Uint8Array(await (await db.dumpDataDir("gzip")).arrayBuffer()),
        from: "data-folder",
      };
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
};

/**
 * Restores a backup into an empty (or not yet existing) data folder. Refuses a folder with anything in it
 * (a database must never be overwritten by a restore) and a file that is not a gzip backup, in Chinese.
 */
export const restoreDataDir = async (backup: Uint8Array, dataDir: string): Promise<void> => {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new DatabaseStartupError(
      `数据目录 ${dataDir} 不是空的，未恢复。恢复只写入空目录：请换一个新目录（DATA_DIR），或先移走其中的内容。`,
    );
  }
  if (backup.byteLength < 2 || backup[0] !== 0x1f || backup[1] !== 0x8b) {
    throw new DatabaseStartupError("该文件不是年报通的备份文件（应为 npm run backup 生成的 .tar.gz）。");
  }
  mkdirSync(dataDir, { recursive: true });
  const pgdata = path.join(dataDir, "pgdata");
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create({
      dataDir: pgdata,
      loadDataDir: new Blob([backup as Uint8Array<ArrayBuffer>]),
    });
    await db.query("SELECT 1");
    await db.close();
  } catch (error) {
    rmSync(pgdata, { recursive: true, force: true }); // leave the folder empty, ready for another try
    throw new DatabaseStartupError(`备份文件无法恢复：${String(error)}`, { cause: error });
  } finally {
    unlock();
  }
};
