import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { buildDocx } from "../lib/export/docx";
import { buildHtml } from "../lib/export/html";
import { loadExample } from "../lib/report/testing/fixtures";
import { getTemplate } from "../lib/template";

import { formatMs, measure } from "./measure";

export interface TExportFigures {
  docxMedianMs: number;
  /** CPU time of one export (user + system of this process), median: less sensitive to other load. */
  docxCpuMs: number;
  htmlMedianMs: number;
  /** LibreOffice converting the same report's HTML to .docx (one headless run, start-up included); null without it. */
  libreOfficeMs: number | null;
  lines: string[];
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** `soffice --convert-to docx` of an HTML file, wall-clock ms per run (median of `runs`); null when absent. */
const libreOfficeConversion = (html: string, runs: number): number | null => {
  const soffice = ["soffice", "libreoffice"].find(
    (command) => spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0,
  );
  if (!soffice) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "nbt-soffice-"));
  try {
    const input = path.join(dir, "report.html");
    writeFileSync(input, html);
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    const convert = () =>
      spawnSync(
        soffice,
        [profile, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, input],
        {
          stdio: "ignore",
          timeout: 120_000,
        },
      );
    convert(); // first run creates the profile
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      if (convert().status !== 0) return null;
      times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export const benchExport = async (): Promise<TExportFigures> => {
  const report = loadExample("zhangdian2023");
  const template = getTemplate(report.formatVersion);
  const html = measure(() => buildHtml(template, report, { status: "published" }), 500, 50);
  // Packer is async; time sequential runs.
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await buildDocx(template, report, { status: "published" });
    const used = process.cpuUsage(cpuBefore);
    if (i >= 10) {
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const docxMedianMs = median(times);
  const libreOfficeMs =
    process.env.BENCH_SKIP_LIBREOFFICE === "1"
      ? null
      : libreOfficeConversion(buildHtml(template, report, { status: "published" }), 3);
  const ratio =
    libreOfficeMs === null
      ? "LibreOffice 不可用，未比较"
      : `LibreOffice 由同一报告的 HTML 转 .docx：${formatMs(libreOfficeMs)}（含启动），是本系统的 ${(libreOfficeMs / docxMedianMs).toFixed(0)} 倍`;
  return {
    docxMedianMs,
    docxCpuMs: median(cpu),
    htmlMedianMs: html.medianMs,
    libreOfficeMs,
    lines: [
      `导出：张店经开区 2023 年报（全文 + 三张表）`,
      `  Word (.docx)：中位数 ${formatMs(docxMedianMs)}，CPU 时间中位数 ${formatMs(median(cpu))}（目标 ≤ 25 ms）；${ratio}`,
      `  HTML：中位数 ${formatMs(html.medianMs)}，p95 ${formatMs(html.p95Ms)}（目标 ≤ 5 ms）`,
    ],
  };
};
