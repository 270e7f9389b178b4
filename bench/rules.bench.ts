import { performance } from "node:perf_hooks";

import { asEdited, loadExample } from "../lib/report/testing/fixtures";
import type { TReportDocument } from "../lib/report/schema";
import { evaluateReport } from "../lib/rules/evaluate";
import { GOV_2021 } from "../lib/template/formats/gov-2021";
import { T3_APPLICANT_COLUMNS, t3ResultRowIds } from "../lib/template/table3";

import { formatMs, measure } from "./measure";

/** A complete, balanced 2021 report with varied numbers (the 张店 2023 report's text). */
const randomReport = (base: TReportDocument, seed: number): TReportDocument => {
  let state = seed + 1;
  const next = (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
  const cells = { ...base.cells };
  for (const column of T3_APPLICANT_COLUMNS) {
    let results = 0;
    for (const row of t3ResultRowIds(GOV_2021.table3)) {
      const value = next(4);
      cells[`t3.${row}.${column}`] = value;
      results += value;
    }
    const carriedForward = next(3);
    const carriedOver = Math.min(next(3), results + carriedForward);
    cells[`t3.carried_over.${column}`] = carriedOver;
    cells[`t3.carried_forward.${column}`] = carriedForward;
    // Every 10th report has one unbalanced column, so the message path is measured too.
    cells[`t3.new_received.${column}`] =
      results + carriedForward - carriedOver + (seed % 10 === 0 && column === "commercial" ? 1 : 0);
  }
  return { ...base, cells };
};

export const benchRules = (): string[] => {
  const base = asEdited(loadExample("zhangdian2023"));
  const report = randomReport(base, 1);
  const typing = measure(() => evaluateReport(report), 5000, 500);
  const narrativeEdit = measure(
    (i) => {
      const edited = { ...report, narrative: { ...report.narrative, s1: `${report.narrative.s1}${i}` } };
      evaluateReport(edited);
    },
    2000,
    200,
  );

  const reports = Array.from({ length: 10_000 }, (_, i) => randomReport(base, i));
  const start = performance.now();
  let errors = 0;
  for (const each of reports) errors += evaluateReport(each).filter((f) => f.severity === "error").length;
  const elapsed = performance.now() - start;

  return [
    `规则引擎：一份完整的2021格式报告（175+25 个单元格 + 正文）`,
    `  全量校验（正文未变，如在表格中输入）：中位数 ${formatMs(typing.medianMs)}，p95 ${formatMs(typing.p95Ms)}（目标 ≤ 50 µs）`,
    `  全量校验（正文刚修改，重新扫描正文）：中位数 ${formatMs(narrativeEdit.medianMs)}，p95 ${formatMs(narrativeEdit.p95Ms)}`,
    `  批量：10,000 份报告 ${elapsed.toFixed(0)} ms，${Math.round(10_000 / (elapsed / 1000))} 份/秒，平均 ${formatMs(elapsed / 10_000)}/份（发现 ${errors} 个错误）`,
  ];
};
