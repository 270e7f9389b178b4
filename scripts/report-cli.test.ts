import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

const report = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/report-cli.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

describe("npm run report -- check", () => {
  it("exits 0 for a clean report and says so", () => {
    const result = report("check", "docs/examples/2023-zhangdian-kaifaqu.json");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("未发现问题");
  });

  it("exits 0 with warnings only, listing them", () => {
    const result = report("check", "docs/examples/2021-zaozhuang-gaoxin.json");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("警告 [C-03]");
    expect(result.stdout).toContain("0 个错误，1 个警告");
  });

  it("exits 1 with errors and prints machine-readable findings with --json", () => {
    const result = report("check", "docs/examples/2020-shanting.json", "--json");
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.counts).toEqual({ error: 1, warning: 3, info: 0 });
    expect(output.findings[0]).toMatchObject({ ruleId: "T4-04", severity: "error", cells: ["t4.litigation_direct.other"] });
  });

  it("uses last year's report for the cross-year rules", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-cli-"));
    const lastYear = JSON.parse(readFileSync(path.join(root, "docs/examples/2021-zaozhuang-gaoxin.json"), "utf8"));
    lastYear.cells["t3.carried_forward.commercial"] = 1;
    lastYear.year = 2022;
    delete lastYear.printedTotals;
    writeFileSync(path.join(dir, "2022.json"), JSON.stringify(lastYear));
    const result = report("check", "docs/examples/2023-zhangdian-kaifaqu.json", "--last-year", path.join(dir, "2022.json"));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("警告 [T3-05] 表三“商业企业”列");
  });

  it("exits 2 naming the file when it is missing, not JSON, or not a report", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-cli-"));
    const missing = report("check", path.join(dir, "none.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("文件不存在");

    writeFileSync(path.join(dir, "broken.json"), "{ \"format\": ");
    const broken = report("check", path.join(dir, "broken.json"));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("不是有效的 JSON");

    writeFileSync(path.join(dir, "wrong.json"), JSON.stringify({ format: "nianbaotong-report", formatVersion: 2018, year: 2023, details: {}, narrative: {}, cells: {} }));
    const wrong = report("check", path.join(dir, "wrong.json"));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("formatVersion：formatVersion 应为 2019 或 2021");
    expect(wrong.stderr).toContain("details.agencyName");
  });

  it("exits 2 with usage on a wrong command line", () => {
    const result = report("check");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("用法");
  });
});

describe("npm run report -- export", () => {
  it("writes .docx and .html under the official file name into a directory", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-export-"));
    for (const format of ["docx", "html"]) {
      const result = report("export", "docs/examples/2023-zhangdian-kaifaqu.json", "--format", format, "--out", `${dir}${path.sep}`);
      expect(result.status).toBe(0);
      const file = path.join(dir, `山东张店经济开发区管理委员会2023年政府信息公开工作年度报告.${format}`);
      expect(result.stdout).toContain(file);
      const content = readFileSync(file);
      if (format === "docx") expect(content.subarray(0, 2).toString()).toBe("PK");
      else expect(content.toString("utf8")).toContain('<html lang="zh-CN">');
    }
  });

  it("writes to an explicit file path and refuses a bad format or file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-export-"));
    const target = path.join(dir, "out", "report.html");
    expect(report("export", "docs/examples/2020-shanting.json", "--format", "html", "--out", target).status).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("枣庄市山亭区人民政府");
    expect(report("export", "docs/examples/2020-shanting.json", "--format", "pdf").status).toBe(2);
    const missing = report("export", path.join(dir, "none.json"), "--format", "docx");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("文件不存在");
  });
});

describe("npm run report -- schema", () => {
  it("matches the committed docs/report.schema.json", () => {
    const result = report("schema");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(path.join(root, "docs/report.schema.json"), "utf8"));
  });
});
