import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ZReportDocument } from "../lib/report/schema";

const root = path.resolve(import.meta.dirname, "..");
const example = (name: string) => JSON.parse(readFileSync(path.join(root, "docs/examples", name), "utf8"));

const report = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/report-cli.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });

const writeOffice = (
  dir: string,
  name: string,
  change: (
    doc: Record<string, unknown> & { cells: Record<string, unknown>; details: { agencyName: string } },
  ) => void,
) => {
  const doc = example("2023-zhangdian-kaifaqu.json");
  doc.details.agencyName = name;
  change(doc);
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
};

describe("npm run report -- rollup", () => {
  it("sums the files into an interchange document listing each file's contribution", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-rollup-"));
    const a = writeOffice(dir, "甲局", (doc) => (doc.cells["t3.new_received.natural_person"] = 2));
    const b = writeOffice(dir, "乙局", (doc) => (doc.cells["t3.new_received.natural_person"] = 5));
    const out = path.join(dir, "sum.json");
    const result = report("rollup", a, b, "--out", out, "--agency", "某区政府办");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("已汇总 2 份2023年度报告");
    const sum = ZReportDocument.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(sum.cells["t3.new_received.natural_person"]).toBe(7);
    expect(sum.details.agencyName).toBe("某区政府办");
    expect(sum.rollup?.offices.map((o) => o.name)).toEqual(["甲局", "乙局"]);
    expect(sum.rollup?.contributions["t3.new_received.natural_person"]).toEqual([2, 5]);
    // The sum is read back by `check` like any report (its empty narrative is reported, not refused).
    const check = report("check", out);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("一、总体情况");
  });

  it("two levels without --agency: says to name the first level's office, not 循环汇总", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-rollup-"));
    const a = writeOffice(dir, "甲局", () => undefined);
    const b = writeOffice(dir, "乙局", () => undefined);
    const c = writeOffice(dir, "丙局", () => undefined);
    const first = path.join(dir, "L1.json");
    expect(report("rollup", a, b, "--out", first).status).toBe(0);
    const out = path.join(dir, "L2.json");
    const result = report("rollup", first, c, "--out", out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("L1.json 是未指定机关名称的汇总");
    expect(result.stderr).toContain("请用 --agency 为第一层汇总指定机关名称");
    expect(result.stderr).not.toContain("循环汇总");
    // With a name for this level it works, and so does naming the first level.
    expect(report("rollup", first, c, "--out", out, "--agency", "某市政府办").status).toBe(0);
  });

  it("writes to stdout without --out", () => {
    const result = report("rollup", "docs/examples/2023-zhangdian-kaifaqu.json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).rollup.offices).toEqual([{ name: "山东张店经济开发区管理委员会" }]);
  });

  it("refuses mixed years, mixed formats and a file given twice with exit 2 and writes nothing", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-rollup-"));
    const out = path.join(dir, "sum.json");
    const years = report(
      "rollup",
      "docs/examples/2023-zhangdian-kaifaqu.json",
      "docs/examples/2021-zaozhuang-gaoxin.json",
      "--out",
      out,
    );
    expect(years.status).toBe(2);
    expect(years.stderr).toContain("无法汇总：不能汇总不同年度的报告");
    const old = writeOffice(dir, "乙局", (doc) =>
      Object.assign(doc, example("2020-shanting.json"), { year: 2023 }),
    );
    const formats = report("rollup", "docs/examples/2023-zhangdian-kaifaqu.json", old);
    expect(formats.status).toBe(2);
    expect(formats.stderr).toMatch(/不能汇总不同格式版本.*〔2021〕30号格式.*〔2019〕60号格式/);
    const twice = report(
      "rollup",
      "docs/examples/2023-zhangdian-kaifaqu.json",
      "docs/examples/2023-zhangdian-kaifaqu.json",
    );
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain("重复选择了山东张店经济开发区管理委员会");
    expect(() => readFileSync(out)).toThrow();
  });

  it("exit 2 with the usage for no files and with the reason for an unreadable file", () => {
    expect(report("rollup").status).toBe(2);
    const missing = report("rollup", "no-such.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("无法读取 no-such.json：文件不存在");
  });

  it("says every schema, JSON and file problem in Chinese, naming the place in Chinese", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-rollup-zh-"));
    const wrongTypes = writeOffice(dir, "丙局", (doc) => {
      doc.year = "2023年";
      (doc.details as Record<string, unknown>).contact = { phone: 5 };
      delete (doc as Record<string, unknown>).narrative;
      doc.format = "other";
    });
    const broken = path.join(dir, "broken.json");
    writeFileSync(broken, '{\n  "year": 2023,\n}');
    const result = report("rollup", wrongTypes, broken);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${wrongTypes}：格式标识：格式标识应为“nianbaotong-report”`,
      `${wrongTypes}：年度：年度应为整数年份`,
      `${wrongTypes}：基本信息·联系方式·电话：应为文本，实际为数字`,
      `${wrongTypes}：正文：缺少此项（应为对象）`,
      `${broken} 不是有效的 JSON：第 3 行第 1 列附近有语法错误`,
    ]);
    // Apart from the file names, the format name JSON and the format identifier, no English word is left.
    for (const line of lines) {
      const words = line.replace(wrongTypes, "").replace(broken, "").replace("nianbaotong-report", "");
      expect(words.replace("JSON", "")).not.toMatch(/[A-Za-z]{3,}/);
    }
    const good = writeOffice(dir, "甲局", () => undefined);
    const target = path.join(dir, "no-such-dir", "sum.json");
    const unwritable = report("rollup", good, "--out", target);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toBe(`无法写入 ${target}：所在目录不存在\n`);
  });

  it("refuses --out without a path, and --out naming an input file, writing nothing (exit 2)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rollup-out-"));
    const a = writeOffice(dir, "甲局", () => undefined);
    const b = writeOffice(dir, "乙局", () => undefined);
    const before = readFileSync(b, "utf8");
    for (const args of [
      [a, b, "--out"],
      [a, b, "--out", "--agency", "某区政府办"],
    ]) {
      const result = report("rollup", ...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.split("\n")[0]).toBe("--out 后缺少取值");
    }
    const overwrite = report("rollup", a, b, "--out", b);
    expect(overwrite.status).toBe(2);
    expect(overwrite.stderr).toBe(`--out 不能是输入文件 ${b}（会覆盖它），请另选输出文件\n`);
    expect(readFileSync(b, "utf8")).toBe(before);
  });
});
