import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { runReportCli } from "@/lib/testing/run-report-cli";

const root = path.resolve(import.meta.dirname, "..");
const report = runReportCli;

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
    expect(output.findings[0]).toMatchObject({
      ruleId: "T4-04",
      severity: "error",
      cells: ["t4.litigation_direct.other"],
    });
  });

  it("uses last year's report for the cross-year rules", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-cli-"));
    const lastYear = JSON.parse(
      readFileSync(path.join(root, "docs/examples/2021-zaozhuang-gaoxin.json"), "utf8"),
    );
    lastYear.cells["t3.carried_forward.commercial"] = 1;
    lastYear.year = 2022;
    lastYear.details.agencyName = "山东张店经济开发区管理委员会";
    lastYear.source = { kind: "editor" };
    delete lastYear.printedTotals;
    writeFileSync(path.join(dir, "2022.json"), JSON.stringify(lastYear));
    const result = report(
      "check",
      "docs/examples/2023-zhangdian-kaifaqu.json",
      "--last-year",
      path.join(dir, "2022.json"),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("警告 [T3-05] 表三“商业企业”列");
  });

  it("Input 8: refuses a --last-year report of the same year or of another office (exit 2, naming both)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-cli-"));
    const current = "docs/examples/2023-zhangdian-kaifaqu.json";
    const sameYear = report("check", current, "--last-year", current);
    expect(sameYear.status).toBe(2);
    expect(sameYear.stderr).toContain("不能作为上年报告：上年报告应为 2022 年度，所给报告为 2023 年度");
    const other = JSON.parse(
      readFileSync(path.join(root, "docs/examples/2021-zaozhuang-gaoxin.json"), "utf8"),
    );
    other.year = 2022;
    writeFileSync(path.join(dir, "other.json"), JSON.stringify(other));
    const otherOffice = report("check", current, "--last-year", path.join(dir, "other.json"));
    expect(otherOffice.status).toBe(2);
    expect(otherOffice.stderr).toContain(
      "上年报告应为同一机关“山东张店经济开发区管理委员会”的报告，所给报告的机关为“枣庄高新区党政综合办公室”",
    );
    expect(otherOffice.stdout).toBe("");
  });

  it("exits 2 naming the file when it is missing, not JSON, or not a report", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-cli-"));
    const missing = report("check", path.join(dir, "none.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("文件不存在");

    writeFileSync(path.join(dir, "broken.json"), '{ "format": ');
    const broken = report("check", path.join(dir, "broken.json"));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("不是有效的 JSON");

    writeFileSync(
      path.join(dir, "wrong.json"),
      JSON.stringify({
        format: "nianbaotong-report",
        formatVersion: 2018,
        year: 2023,
        details: {},
        narrative: {},
        cells: {},
      }),
    );
    const wrong = report("check", path.join(dir, "wrong.json"));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("格式版本：格式版本应为 2019 或 2021");
    expect(wrong.stderr).toContain("基本信息·机关全称");
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
      const result = report(
        "export",
        "docs/examples/2023-zhangdian-kaifaqu.json",
        "--format",
        format,
        "--out",
        `${dir}${path.sep}`,
      );
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
    // 山亭区 2020 has an error (text in a 表四 cell): refused unless --allow-errors.
    const refused = report("export", "docs/examples/2020-shanting.json", "--format", "html", "--out", target);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("报告有 1 个错误");
    expect(
      report(
        "export",
        "docs/examples/2020-shanting.json",
        "--format",
        "html",
        "--out",
        target,
        "--allow-errors",
      ).status,
    ).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("枣庄市山亭区人民政府");
    expect(report("export", "docs/examples/2023-zhangdian-kaifaqu.json", "--format", "pdf").status).toBe(2);
    const missing = report("export", path.join(dir, "none.json"), "--format", "docx");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("文件不存在");
  });
});

describe("npm run report -- export marks drafts", () => {
  it("exports an editor report as a draft and an imported one as published, unless --status says otherwise", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-export-"));
    const edited = JSON.parse(
      readFileSync(path.join(root, "docs/examples/2023-zhangdian-kaifaqu.json"), "utf8"),
    );
    edited.source = { kind: "editor" };
    delete edited.printedTotals;
    writeFileSync(path.join(dir, "edited.json"), JSON.stringify(edited));
    const draft = report(
      "export",
      path.join(dir, "edited.json"),
      "--format",
      "html",
      "--out",
      path.join(dir, "d.html"),
    );
    expect(draft.status).toBe(0);
    expect(draft.stdout).toContain("（草稿）");
    expect(readFileSync(path.join(dir, "d.html"), "utf8")).toContain('class="draft-banner"');
    const imported = path.join(dir, "p.html");
    expect(
      report("export", "docs/examples/2023-zhangdian-kaifaqu.json", "--format", "html", "--out", imported)
        .status,
    ).toBe(0);
    expect(readFileSync(imported, "utf8")).not.toContain('class="draft-banner"');
    const forced = path.join(dir, "f.html");
    const args = ["--format", "html", "--out", forced, "--status", "draft"];
    expect(report("export", "docs/examples/2023-zhangdian-kaifaqu.json", ...args).status).toBe(0);
    expect(readFileSync(forced, "utf8")).toContain('class="draft-banner"');
    expect(
      report("export", "docs/examples/2023-zhangdian-kaifaqu.json", "--format", "html", "--status", "final")
        .status,
    ).toBe(2);
  });
});

describe("npm run report -- schema", () => {
  it("matches the committed docs/report.schema.json", () => {
    const result = report("schema");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(path.join(root, "docs/report.schema.json"), "utf8"));
  });
});

describe("linked values (关联数值) in the CLI", () => {
  it("check reads markers as table numbers and flags a missing source; export prints the numbers", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-cli-link-"));
    const doc = JSON.parse(
      readFileSync(path.join(root, "docs/examples/2023-zhangdian-kaifaqu.json"), "utf8"),
    );
    doc.narrative.s6 = `${doc.narrative.s6}\n全年收到政府信息公开申请{{值:t3.new_received.total|7}}件。`;
    writeFileSync(path.join(dir, "linked.json"), JSON.stringify(doc));
    const clean = report("check", path.join(dir, "linked.json"));
    expect(clean.status).toBe(0);
    expect(clean.stdout).not.toContain("X-01");

    const out = path.join(dir, "out.html");
    expect(report("export", path.join(dir, "linked.json"), "--format", "html", "--out", out).status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("全年收到政府信息公开申请1件。");
    expect(html).not.toContain("{{值:");

    doc.narrative.s6 += "另有{{值:t3.no_such_row.total|3}}件。";
    writeFileSync(path.join(dir, "broken.json"), JSON.stringify(doc));
    const broken = report("check", path.join(dir, "broken.json"));
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("错误 [L-01]");
    expect(broken.stdout).toContain("“t3.no_such_row.total”（上次显示为 3）");
  });
});
