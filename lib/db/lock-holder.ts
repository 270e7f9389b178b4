import { readFileSync } from "node:fs";
import os from "node:os";

/**
 * Who holds a data-folder lock (./data-dir-lock.ts) and whether that holder still runs. The holder is
 * identified by more than its PID, because a PID alone lies after a restart: see ./data-dir-lock.ts.
 */

/** What a lock file says about its holder. Older locks have only `pid` and `host`. */
export interface TLockHolder {
  pid: number;
  host: string;
  token?: string;
  bootId?: string | null;
  startTime?: string | null;
  since?: string;
}

// Tokens of the locks this process holds, shared by every copy of this module in the process (the
// start script and the Next.js bundles load it separately).
const slot = globalThis as typeof globalThis & { __nianbaotongHeldLocks?: Set<string> };
export const heldTokens = (): Set<string> => (slot.__nianbaotongHeldLocks ??= new Set());

/** A file's text, or null when it cannot be read. */
export const readText = (file: string): string | null => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
};

/** The kernel's boot id, or null where there is no `/proc` (not Linux). */
export const readBootId = (): string | null => readText("/proc/sys/kernel/random/boot_id")?.trim() || null;

/**
 * When process `pid` started, in clock ticks since boot (`/proc/<pid>/stat` field 22), or null when the
 * process does not exist or there is no `/proc`. The command name (field 2) may hold spaces and
 * parentheses, so fields are counted after its last `)`.
 */
export const readProcessStartTime = (pid: number): string | null => {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null;
};

const isPidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Whether the holder a lock names may still run. `host` is this machine's name; a holder on another
 * host counts as alive (it cannot be checked from here).
 */
export const isHolderAlive = (holder: TLockHolder, host = os.hostname()): boolean => {
  if (holder.host !== host) return true;
  if (holder.pid === process.pid) return holder.token !== undefined && heldTokens().has(holder.token);
  const bootId = readBootId();
  if (holder.bootId && bootId && holder.bootId !== bootId) return false;
  if (!isPidAlive(holder.pid)) return false;
  const startTime = readProcessStartTime(holder.pid);
  if (holder.startTime && startTime && holder.startTime !== startTime) return false;
  return true;
};

export const parseHolder = (raw: string): TLockHolder | null => {
  try {
    const parsed = JSON.parse(raw) as Partial<Record<keyof TLockHolder, unknown>>;
    if (typeof parsed.pid !== "number") return null;
    return {
      pid: parsed.pid,
      host: String(parsed.host ?? ""),
      token: typeof parsed.token === "string" ? parsed.token : undefined,
      bootId: typeof parsed.bootId === "string" ? parsed.bootId : null,
      startTime: typeof parsed.startTime === "string" ? parsed.startTime : null,
    };
  } catch {
    return null;
  }
};
