import { buildDocx } from "../lib/export/docx";
import { buildHtml } from "../lib/export/html";
import { loadExample } from "../lib/report/testing/fixtures";
import { getTemplate } from "../lib/template";

import { formatMs, measure } from "./measure";

export const benchExport = async (): Promise<string[]> => {
  const report = loadExample("zhangdian2023");
  const template = getTemplate(report.formatVersion);
  const html = measure(() => buildHtml(template, report), 500, 50);
  // Packer is async; time sequential runs.
  const times: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const start = performance.now();
    await buildDocx(template, report);
    if (i >= 10) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const docxMedian = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return [
    `导出：张店经开区 2023 年报（全文 + 三张表）`,
    `  Word (.docx)：中位数 ${formatMs(docxMedian)}（目标 ≤ 50 ms）`,
    `  HTML：中位数 ${formatMs(html.medianMs)}，p95 ${formatMs(html.p95Ms)}（目标 ≤ 5 ms）`,
  ];
};
