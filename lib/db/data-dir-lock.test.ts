import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { lockDataDir, readBootId, readProcessStartTime } from "./data-dir-lock";
import { DatabaseStartupError } from "./errors";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "nbt-lock-"));
const lockFile = (dir: string) => path.join(dir, "instance.lock");
const writeLock = (dir: string, holder: Record<string, unknown>) =>
  writeFileSync(lockFile(dir), JSON.stringify(holder));
const readLock = (dir: string) => JSON.parse(readFileSync(lockFile(dir), "utf8")) as Record<string, unknown>;
// Above Linux's largest pid_max (2²²): no process has it.
const DEAD_PID = 2 ** 22 + 17;
const hasProc = existsSync("/proc/self/stat") && readBootId() !== null;

/** Starts `count` processes that all call lockDataDir(dir) at the same moment; returns what each printed. */
const race = async (dir: string, count: number): Promise<string[]> => {
  const goFile = path.join(tempDir(), "go");
  const script = path.join(import.meta.dirname, "testing", "lock-contender.ts");
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ["--import", "tsx", script, dir, goFile, "3000"], {
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  const outputs = children.map(
    (child) =>
      new Promise<string[]>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
        child.on("error", reject);
        child.on("close", () => resolve(text.trim().split("\n")));
      }),
  );
  const ready = children.map(
    (child) =>
      new Promise<void>((resolve) => {
        child.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("ready")) resolve();
        });
      }),
  );
  await Promise.all(ready);
  writeFileSync(goFile, "");
  return (await Promise.all(outputs)).map((lines) => lines.find((line) => line !== "ready") ?? "");
};

describe("lockDataDir", () => {
  it("keeps a second opener out until the first releases", () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/正被另一个年报通实例使用/);
    release();
    expect(existsSync(path.join(dir, "instance.lock"))).toBe(false);
    lockDataDir(dir)();
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const dir = tempDir();
    writeLock(dir, { pid: DEAD_PID, host: os.hostname() });
    const release = lockDataDir(dir);
    release();
  });

  it("explains a data folder that cannot be created", () => {
    const file = path.join(tempDir(), "a-file");
    writeFileSync(file, "");
    const attempt = () => lockDataDir(path.join(file, "data"));
    expect(attempt).toThrow(DatabaseStartupError);
    expect(attempt).toThrow(/数据目录不可用/);
  });

  it("takes over a stale lock naming the restarted process's own PID (container restart, PID namespace)", () => {
    const dir = tempDir();
    writeLock(dir, {
      pid: process.pid,
      host: os.hostname(),
      token: "written-by-the-crashed-run",
      bootId: readBootId(),
      startTime: readProcessStartTime(process.pid),
    });
    const release = lockDataDir(dir);
    expect(readLock(dir).pid).toBe(process.pid);
    expect(readLock(dir).token).not.toBe("written-by-the-crashed-run");
    release();
  });

  it("takes over a lock from the pre-1.0 format naming the restarted process's own PID", () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.pid, host: os.hostname() });
    lockDataDir(dir)();
  });

  it.runIf(hasProc)("takes over a lock whose PID now belongs to another live process (PID reused)", () => {
    const dir = tempDir();
    const startTime = readProcessStartTime(process.ppid);
    writeLock(dir, {
      pid: process.ppid,
      host: os.hostname(),
      token: "old",
      bootId: readBootId(),
      startTime: `${Number(startTime) + 1}`,
    });
    lockDataDir(dir)();
  });

  it.runIf(hasProc)("takes over a lock written before the machine last booted", () => {
    const dir = tempDir();
    writeLock(dir, {
      pid: process.ppid,
      host: os.hostname(),
      token: "old",
      bootId: "00000000-0000-0000-0000-000000000000",
      startTime: readProcessStartTime(process.ppid),
    });
    lockDataDir(dir)();
  });

  it("refuses, with the Chinese message, a lock whose holder is alive (same boot, PID and start time)", () => {
    const dir = tempDir();
    writeLock(dir, {
      pid: process.ppid,
      host: os.hostname(),
      token: "live",
      bootId: readBootId(),
      startTime: readProcessStartTime(process.ppid),
    });
    expect(() => lockDataDir(dir)).toThrow(
      new RegExp(`数据目录 .* 正被另一个年报通实例使用（主机 .*，进程 ${process.ppid}）。请先停止该实例`),
    );
    expect(readLock(dir).token).toBe("live");
  });

  it("refuses a lock in the older format whose PID is alive, and one from another host", () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.ppid, host: os.hostname() });
    expect(() => lockDataDir(dir)).toThrow(/正被另一个年报通实例使用/);
    writeLock(dir, { pid: DEAD_PID, host: "another-host", token: "x" });
    expect(() => lockDataDir(dir)).toThrow(/主机 another-host/);
  });

  it("takes over a lock whose content cannot be read, and leaves no takeover marker behind", () => {
    const dir = tempDir();
    writeFileSync(lockFile(dir), "{not json");
    const release = lockDataDir(dir);
    expect(readdirSync(dir)).toEqual(["instance.lock"]);
    release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is not stopped by a takeover marker of a starter that died during its takeover", () => {
    const dir = tempDir();
    const stale = JSON.stringify({ pid: DEAD_PID, host: os.hostname(), token: "stale" });
    writeFileSync(lockFile(dir), stale);
    const key = createHash("sha256").update(stale).digest("hex").slice(0, 16);
    const crashedTaker = JSON.stringify({ pid: DEAD_PID + 1, host: os.hostname(), token: "taker" });
    writeFileSync(path.join(dir, `instance.lock.takeover-${key}-0`), crashedTaker);
    const release = lockDataDir(dir);
    expect(readdirSync(dir)).toEqual(["instance.lock"]);
    release();
  });

  it("waits for, and does not overrule, another starter that is taking the same stale lock over", () => {
    const dir = tempDir();
    const stale = JSON.stringify({ pid: DEAD_PID, host: os.hostname(), token: "stale" });
    writeFileSync(lockFile(dir), stale);
    const key = createHash("sha256").update(stale).digest("hex").slice(0, 16);
    const liveTaker = JSON.stringify({ pid: process.ppid, host: os.hostname(), token: "taker" });
    writeFileSync(path.join(dir, `instance.lock.takeover-${key}-0`), liveTaker);
    expect(() => lockDataDir(dir, { takeoverWaitMs: 300 })).toThrow(/无法获得数据目录 .* 的锁，请稍后重试/);
    expect(readFileSync(lockFile(dir), "utf8")).toBe(stale);
  });

  // Run three times: one run once lost a starter whose temporary file the winner swept away with the old markers.
  it.each([1, 2, 3])(
    "lets exactly one of several starters racing for a stale lock win (run %i)",
    async () => {
      const dir = tempDir();
      writeLock(dir, { pid: DEAD_PID, host: os.hostname(), token: "crashed" });
      const results = await race(dir, 6);
      expect(results.filter((r) => r === "won")).toHaveLength(1);
      // Every other starter is told the folder is in use (the failure message lists what each one printed).
      expect(results.filter((r) => r !== "won")).toEqual(
        Array.from({ length: 5 }, () => expect.stringMatching(/^lost 数据目录.*正被另一个年报通实例使用/)),
      );
      expect(existsSync(lockFile(dir))).toBe(false);
    },
  );

  it("lets exactly one of several starters racing for a free folder win", async () => {
    const dir = tempDir();
    const results = await race(dir, 6);
    expect(results.filter((r) => r === "won")).toHaveLength(1);
    expect(results.filter((r) => r.includes("正被另一个年报通实例使用"))).toHaveLength(5);
  });
});
