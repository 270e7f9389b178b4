import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { runReportCli } from "@/lib/testing/run-report-cli";

const report = runReportCli;

describe("npm run report -- import", () => {
  it("exits 0 for a report read fully and prints the interchange JSON with provenance", () => {
    const result = report("import", "/work/shared/seeds/004_405f20c665fb23e7.txt");
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("全部读取");
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ format: "nianbaotong-report", formatVersion: 2021, year: 2023 });
    expect(json.cells["t3.new_received.commercial"]).toBe(1);
    expect(json.import.provenance["t3.new_received.commercial"]).toMatchObject({ where: "第84行", raw: "1" });
  });

  it("exits 1 with a choice to make, written to --out; `check` reads the file", () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "import-")), "pingtan.json");
    const result = report("import", "/work/shared/seeds-extra/09_pingtan_2022.txt", "--out", out);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`已写入 ${out}\n`);
    expect(result.stderr).toContain(
      "需要选择：表二“行政规范性文件”行，原文“8855698”（第11行），可能的拆分：88/55/698；",
    );
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(json.import.choices[0].candidates[0]).toEqual([88, 55, 698]);
    const check = report("check", out);
    expect(check.stdout).toContain("[T2-01]");
  });

  it("marks blanks, and --agency / --year override what the file prints", () => {
    const result = report(
      "import",
      "/work/shared/seeds-extra/02_shuyang-fagaiju_2023.html",
      "--agency",
      "沭阳县发改局",
      "--year",
      "2023",
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.details.agencyName).toBe("沭阳县发改局");
    expect(json.import.blanks["t3.new_received.commercial"]).toBe("原报告空白");
    expect(result.stderr).toContain("125 个单元格原报告空白，导入为空（未当作 0）。");
  });

  it("exits 2 for a file that is not a report, a missing file and a bad --year", () => {
    const notReport = report("import", "README.md");
    expect(notReport.status).toBe(2);
    expect(notReport.stderr).toContain("该文件不是政府信息公开工作年度报告");
    expect(report("import", "nope.docx").stderr).toBe("无法读取 nope.docx：文件不存在\n");
    const badYear = report("import", "README.md", "--year", "abc");
    expect(badYear.status).toBe(2);
    expect(badYear.stderr).toContain("--year 应为 2000 至 2100 之间的年份");
  });

  it("reads a web address, refusing the intranet unless --allow-intranet", () => {
    const refused = report("import", "http://127.0.0.1:9/report.html");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("该网址指向内网或本机地址，服务器不会访问。");
    // Allowed, the closed port answers as a network failure, still exit 2 and a sentence.
    const closed = report("import", "http://127.0.0.1:9/report.html", "--allow-intranet");
    expect(closed.status).toBe(2);
    expect(closed.stderr).toContain("该网址的服务器拒绝连接。");
  });
});
