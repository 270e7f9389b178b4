import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

import { buildDocx } from "../lib/export/docx";
import { importFile, importText } from "../lib/import/import-report";
import { splitDigitRuns } from "../lib/import/split";
import { loadExample } from "../lib/report/testing/fixtures";
import { getTemplate } from "../lib/template";

import { formatMs, measure } from "./measure";

const median = async (fn: () => Promise<unknown>, runs: number, warmup: number): Promise<number> => {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
};

/** 表三's worst flattened row: seven four- and five-digit numbers run together (29 digits). */
export const WORST_T3_ROW = "12342345345645675678678924069";

export const benchImport = async (): Promise<string[]> => {
  const report = loadExample("zhangdian2023");
  const docx = await buildDocx(getTemplate(report.formatVersion), report, { status: "published" });
  const docxMs = await median(() => importFile(docx), 20, 5);
  const text = readFileSync("/work/shared/seeds/004_405f20c665fb23e7.txt", "utf8");
  const textTiming = measure(() => void importText(text), 50, 10);
  const row = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];
  const split = measure(() => void splitDigitRuns([WORST_T3_ROW], 7, row), 50, 10);
  return [
    `导入：张店经开区 2023 年报`,
    `  Word (.docx，由本系统导出)：中位数 ${formatMs(docxMs)}（目标 ≤ 300 ms）`,
    `  纯文本（seeds/004）：中位数 ${formatMs(textTiming.medianMs)}，p95 ${formatMs(textTiming.p95Ms)}（目标 ≤ 100 ms）`,
    `  连排数字拆分，最坏的表三行（29 位）：中位数 ${formatMs(split.medianMs)}，p95 ${formatMs(split.p95Ms)}（目标 ≤ 50 ms）`,
  ];
};
