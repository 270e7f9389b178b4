import { readFileSync } from "node:fs";
import path from "node:path";

import JSZip from "jszip";
import { describe, expect, it } from "vitest";

import { loadExample } from "@/lib/report/testing/fixtures";
import { getTemplate } from "@/lib/template";

import { buildDocx } from "./docx";
import { fontconfigRules } from "./fontconfig";
import { FONT_FACES } from "./fonts";
import { buildHtml } from "./html";
import { formattingOf, readDocx } from "./testing/docx-reader";

const report = loadExample("zhangdian2023");
const template = getTemplate(report.formatVersion);

const fontEntries = async () => {
  const zip = await JSZip.loadAsync(await buildDocx(template, report, { status: "published" }));
  const table = (await zip.file("word/fontTable.xml")?.async("string")) ?? "";
  const entries = new Map<string, string>();
  for (const m of table.matchAll(/<w:font w:name="([^"]+)">(.*?)<\/w:font>/g))
    entries.set(m[1] ?? "", m[2] ?? "");
  const value = (name: string, element: string) =>
    new RegExp(`<w:${element} w:val="([^"]*)"/>`).exec(entries.get(name) ?? "")?.[1];
  return { entries, value, styles: (await zip.file("word/styles.xml")?.async("string")) ?? "" };
};

describe("fallbacks for the fonts a government PC has", () => {
  it("the .docx still names exactly 黑体, 楷体_GB2312 and 仿宋_GB2312 in its runs", async () => {
    const { document, styles } = await readDocx(await buildDocx(template, report, { status: "published" }));
    // Each run's font as Word shows it: the document defaults, the paragraph's style and the run's own setting.
    const format = formattingOf(styles);
    const runs = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].flatMap((m) => format(m[0]).runs);
    expect(runs.length).toBeGreaterThan(300);
    const eastAsia = new Set(runs.map(({ run }) => run["rFonts@w:eastAsia"]));
    expect([...eastAsia].sort()).toEqual(["仿宋_GB2312", "方正小标宋简体", "楷体_GB2312", "黑体"].sort());
    expect(new Set(runs.map(({ run }) => run["rFonts@w:ascii"]))).toEqual(new Set([FONT_FACES.latin.name]));
  });

  it("the .docx font table gives each face its fallback chain, design class and GB2312 charset", async () => {
    const { entries, value } = await fontEntries();
    expect([...entries.keys()].sort()).toEqual(
      ["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "Times New Roman"].sort(),
    );
    expect(value("黑体", "altName")?.split(",")).toEqual(
      expect.arrayContaining(["SimHei", "Heiti SC", "Source Han Sans SC", "Noto Sans CJK SC"]),
    );
    expect(value("黑体", "family")).toBe("swiss");
    expect(value("楷体_GB2312", "altName")?.split(",").slice(0, 4)).toEqual([
      "楷体",
      "KaiTi",
      "KaiTi_GB2312",
      "STKaiti",
    ]);
    expect(value("仿宋_GB2312", "altName")?.split(",")).toEqual(
      expect.arrayContaining(["仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"]),
    );
    for (const name of ["仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "宋体"])
      expect(value(name, "family")).toBe("roman");
    for (const name of ["仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体", "宋体"]) {
      expect(value(name, "charset")).toBe("86");
      expect(value(name, "panose1")).toMatch(/^[0-9A-F]{20}$/);
      expect(entries.get(name)).not.toContain("w:embed");
    }
  });

  it("the .docx marks Chinese text zh-CN, so a substitute has Simplified Chinese glyphs", async () => {
    const { styles } = await fontEntries();
    expect(styles).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
  });

  it("the .html lists the same chains, with a bold stand-in before the generic family for 楷体", () => {
    const html = buildHtml(template, report, { status: "published" });
    const rule = (selector: string) =>
      new RegExp(`\\n${selector} \\{[^}]*font-family: ([^;]+);`).exec(html)?.[1];
    expect(rule("h2")).toMatch(/^"黑体", SimHei, .*"Noto Sans CJK SC".*, sans-serif$/);
    expect(rule("h3")).toMatch(/^"楷体_GB2312", "楷体", KaiTi, .*STKaiti, .*"楷体_GB2312 替代", serif$/);
    expect(rule("body")).toMatch(/^"仿宋_GB2312", "仿宋", FangSong, .*"Noto Serif CJK SC", serif$/);
    expect(html).toContain(
      '@font-face { font-family: "楷体_GB2312 替代"; src: local("Noto Serif CJK SC Bold")',
    );
    expect(html).not.toMatch(/url\(/);
  });

  it("docs/fontconfig holds the rules generated from the same chains", () => {
    const file = readFileSync(path.join(process.cwd(), "docs/fontconfig/64-nianbaotong-fonts.conf"), "utf8");
    expect(file).toBe(fontconfigRules());
    expect(file).toContain(`<test name="family"><string>${FONT_FACES.heading1.name}</string></test>`);
    expect(file).toMatch(
      /<string>黑体<\/string><\/test>\s*<edit name="family" mode="append" binding="strong">/,
    );
  });
});
