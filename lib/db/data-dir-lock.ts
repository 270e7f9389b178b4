import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync, accessSync, constants } from "node:fs";
import os from "node:os";
import path from "node:path";

import { DatabaseStartupError } from "./errors";

/**
 * PGlite is a single-process database: two app instances opening the same folder would corrupt it.
 * An exclusive lock file beside the database files keeps a second instance out; a lock left by a
 * process that no longer runs (a crash) is taken over.
 */

const LOCK_FILE = "instance.lock";

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const ensureWritableDir = (dir: string): void => {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new DatabaseStartupError(
      `数据目录不可用：${dir}（${code || String(error)}）。请确认该路径是可写的文件夹，或用 DATA_DIR 指定其他目录。`,
      { cause: error },
    );
  }
};

const readHolder = (lockPath: string): { pid: number; host: string } | null => {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === "number" ? { pid: parsed.pid, host: String(parsed.host ?? "") } : null;
  } catch {
    return null;
  }
};

/** Takes the folder's lock; returns the function that releases it. */
export const lockDataDir = (dataDir: string): (() => void) => {
  ensureWritableDir(dataDir);
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, "wx");
      const holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new DatabaseStartupError(`无法在数据目录中创建锁文件 ${lockPath}：${String(error)}`, { cause: error });
      }
      const holder = readHolder(lockPath);
      const sameHost = holder !== null && holder.host === os.hostname();
      if (holder && (!sameHost || isProcessAlive(holder.pid))) {
        throw new DatabaseStartupError(
          `数据目录 ${dataDir} 正被另一个年报通实例使用（主机 ${holder.host}，进程 ${holder.pid}）。` +
            `请先停止该实例；如确认它已不在运行，可删除 ${lockPath} 后重试。`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseStartupError(`无法获得数据目录 ${dataDir} 的锁，请稍后重试。`);
};
