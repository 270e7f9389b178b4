import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { runImport } from "./import-command";

/** Issue 11 tester §6: the CLI names its own option when no year can be read (the web page names its select). */
describe("report import without a year", () => {
  it("tells the CLI user to give --year, and reads with it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nianbao-cli-"));
    try {
      const file = path.join(dir, "report.txt");
      const text = readFileSync("/work/shared/seeds/004_405f20c665fb23e7.txt", "utf8").replace(/20\d\d/g, "");
      writeFileSync(file, text);
      const refused = await runImport(file);
      expect(refused.exitCode).toBe(2);
      expect(refused.stderr).toContain("无法从报告中看出年度，请用 --year 指定年度后再导入。");
      const read = await runImport(file, { year: 2023 });
      expect(read.exitCode).toBeLessThan(2);
      expect(JSON.parse(read.stdout).year).toBe(2023);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
