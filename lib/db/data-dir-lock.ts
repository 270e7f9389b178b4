import { createHash, randomBytes } from "node:crypto";
import {
  accessSync,
  closeSync,
  constants,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

import { DatabaseStartupError } from "./errors";
import {
  heldTokens,
  isHolderAlive,
  parseHolder,
  readBootId,
  readProcessStartTime,
  readText,
  type TLockHolder,
} from "./lock-holder";

export { readBootId, readProcessStartTime, type TLockHolder } from "./lock-holder";

/**
 * PGlite is a single-process database: two app instances opening the same folder would corrupt it.
 * An exclusive lock file beside the database files keeps a second instance out; a lock left by a
 * process that no longer runs (a crash) is taken over.
 *
 * The holder is identified by more than its PID, because a PID alone lies after a restart: in a
 * container (own PID namespace) the restarted app gets the same PID the crashed one had, and on a
 * bare host a PID is reused. A lock records a random token, the host name, the kernel's boot id
 * (`/proc/sys/kernel/random/boot_id`) and the holder's start time (`/proc/<pid>/stat`, field 22).
 * The holder is dead when its PID is ours but the token is not one this process holds, when the
 * machine booted since, when no process has its PID, or when the process with its PID started at
 * another time. Without `/proc` (macOS) the PID checks remain. A lock from another host is never
 * taken over (it may be a live instance on a shared disk).
 *
 * Taking a stale lock over is atomic: the lock file is never deleted on takeover; a starter first
 * creates `instance.lock.takeover-<hash of the stale content>-<n>` exclusively (only one starter
 * can), re-reads the lock, and replaces it with its own by rename only if it still holds that stale
 * content. Two starters racing: exactly one wins, the other finds a live holder.
 */

const LOCK_FILE = "instance.lock";
const TAKEOVER_PREFIX = `${LOCK_FILE}.takeover-`;
const MAX_ATTEMPTS = 50;
const RETRY_WAIT_MS = 20;
/**
 * How long a starter waits for another live starter that is taking the same stale lock over. The takeover
 * itself takes microseconds, but on a loaded machine the other process may not be scheduled for a while;
 * the waiting starter then finds the lock held and reports the folder busy.
 */
const TAKEOVER_WAIT_MS = 5_000;

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

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? "";

const sleepSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Writes `content` to a fresh temporary file beside `target`; returns its path. The name starts with a dot,
 * so it never matches the takeover markers' prefix: a winner clearing old markers must not delete the
 * temporary file another starter is about to link into place.
 */
const writeTemp = (target: string, content: string): string => {
  const name = `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  const temp = path.join(path.dirname(target), name);
  writeFileSync(temp, content, { flag: "wx" });
  return temp;
};

/** Creates `lockPath` holding `content` in one step (a hard link), so nobody ever reads it half-written. */
const createLock = (lockPath: string, content: string): boolean => {
  const temp = writeTemp(lockPath, content);
  try {
    linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(errorCode(error))) throw error;
    // A file system without hard links: exclusive create, then write.
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, content);
      closeSync(fd);
      return true;
    } catch (fallbackError) {
      if (errorCode(fallbackError) === "EEXIST") return false;
      throw fallbackError;
    }
  } finally {
    rmSync(temp, { force: true });
  }
};

const contentKey = (raw: string): string => createHash("sha256").update(raw).digest("hex").slice(0, 16);

/**
 * The exclusive right to replace the lock whose content hashes to `key`: the path of the marker this
 * starter created, or null while another live starter holds it. A marker left by a starter that died
 * during its takeover is skipped for the next numbered one.
 */
const claimTakeover = (lockPath: string, key: string, me: string): string | null => {
  for (let n = 0; n < MAX_ATTEMPTS; n += 1) {
    const marker = path.join(path.dirname(lockPath), `${TAKEOVER_PREFIX}${key}-${n}`);
    if (createLock(marker, me)) return marker;
    const taker = parseHolder(readText(marker) ?? "");
    if (!taker || isHolderAlive(taker)) return null;
  }
  return null;
};

const removeOldMarkers = (dataDir: string, keepKey: string): void => {
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith(TAKEOVER_PREFIX) && !name.startsWith(`${TAKEOVER_PREFIX}${keepKey}-`)) {
      rmSync(path.join(dataDir, name), { force: true });
    }
  }
};

const busyError = (dataDir: string, lockPath: string, holder: TLockHolder): DatabaseStartupError =>
  new DatabaseStartupError(
    `数据目录 ${dataDir} 正被另一个年报通实例使用（主机 ${holder.host}，进程 ${holder.pid}）。` +
      `请先停止该实例；如确认它已不在运行，可删除 ${lockPath} 后重试。`,
  );

/**
 * Takes the data folder's lock (`<dataDir>/instance.lock`); returns the function that releases it.
 * `takeoverWaitMs`: how long to wait for another starter taking the same stale lock over (default 5 s).
 * Throws DatabaseStartupError (Chinese, for the operator) when the folder is unusable or a live
 * instance holds the lock.
 */
export const lockDataDir = (
  dataDir: string,
  { takeoverWaitMs = TAKEOVER_WAIT_MS }: { takeoverWaitMs?: number } = {},
): (() => void) => {
  ensureWritableDir(dataDir);
  const waitForTakerUntil = Date.now() + takeoverWaitMs;
  const lockPath = path.join(dataDir, LOCK_FILE);
  const token = randomBytes(16).toString("hex");
  const me = JSON.stringify({
    pid: process.pid,
    host: os.hostname(),
    token,
    bootId: readBootId(),
    startTime: readProcessStartTime(process.pid),
    since: new Date().toISOString(),
  } satisfies TLockHolder);
  const acquired = () => {
    heldTokens().add(token);
    return () => {
      heldTokens().delete(token);
      if (readText(lockPath) === me) rmSync(lockPath, { force: true });
    };
  };

  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      if (createLock(lockPath, me)) return acquired();
      const raw = readText(lockPath);
      if (raw === null) continue; // released meanwhile: create it again
      if (raw === "" && attempt < MAX_ATTEMPTS / 2) {
        sleepSync(RETRY_WAIT_MS); // being written (file systems without hard links)
        continue;
      }
      const holder = parseHolder(raw);
      if (holder && isHolderAlive(holder)) throw busyError(dataDir, lockPath, holder);

      const marker = claimTakeover(lockPath, contentKey(raw), me);
      if (!marker) {
        // Another live starter is taking it over: wait for it (without using up attempts) until the deadline.
        if (Date.now() < waitForTakerUntil) attempt -= 1;
        sleepSync(RETRY_WAIT_MS);
        continue;
      }
      try {
        if (readText(lockPath) !== raw) continue; // another starter took it over first
        renameSync(writeTemp(lockPath, me), lockPath);
        removeOldMarkers(dataDir, contentKey(me));
        return acquired();
      } finally {
        rmSync(marker, { force: true });
      }
    }
  } catch (error) {
    if (error instanceof DatabaseStartupError) throw error;
    throw new DatabaseStartupError(`无法在数据目录中创建锁文件 ${lockPath}：${String(error)}`, {
      cause: error,
    });
  }
  throw new DatabaseStartupError(`无法获得数据目录 ${dataDir} 的锁，请稍后重试。`);
};
