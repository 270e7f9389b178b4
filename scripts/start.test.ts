import { spawnSync } from "node:child_process";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("npm start with a wrong DATABASE_URL", () => {
  it("exits non-zero with a message naming the host", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nbt",
        SKIP_BUILD: "1",
        PORT: "3999",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("启动失败");
    expect(result.stderr).toContain("127.0.0.1:1");
  });
});
