import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { lockDataDir } from "./data-dir-lock";
import { DatabaseStartupError } from "./errors";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "nbt-lock-"));

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
    writeFileSync(path.join(dir, "instance.lock"), JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname() }));
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
});
