import { asEdited, loadExample } from "../lib/report/testing/fixtures";
import { rollUpReports, type TRollupPart } from "../lib/rollup/rollup";

import { formatMs, measure } from "./measure";

/** 1,000 office reports of 2023 (the 张店 report with varied table-三 numbers), as a 市政府办 would sum them. */
export const benchRollup = (): string[] => {
  const base = asEdited(loadExample("zhangdian2023"));
  const parts: TRollupPart[] = Array.from({ length: 1000 }, (_, i) => ({
    name: `第${i + 1}局`,
    document: {
      ...base,
      cells: { ...base.cells, "t3.new_received.natural_person": i % 7, "t3.granted.natural_person": i % 7 },
    },
  }));
  let cells = 0;
  const timing = measure(
    () => {
      const outcome = rollUpReports(parts, { agencyName: "某市人民政府办公室" });
      if (!outcome.ok) throw new Error(outcome.errors.join("\n"));
      cells = Object.keys(outcome.result.document.cells).length;
    },
    20,
    3,
  );
  return [
    `汇总：1,000 份2021格式报告逐格相加（${cells} 个录入单元格，含各机关数值）：中位数 ${formatMs(timing.medianMs)}，p95 ${formatMs(timing.p95Ms)}（目标 ≤ 300 ms）`,
  ];
};
