// `npm run bench`: speed figures for the closing notes and docs/benchmarks.md. Not a test: nothing fails on a slow machine.
import os from "node:os";

import { benchEditor } from "./editor.bench";
import { benchExport } from "./export.bench";
import { benchRules } from "./rules.bench";

const main = async () => {
  const lines = [
    `年报通 基准测试 — Node ${process.version}，${os.cpus()[0]?.model ?? "未知 CPU"}（${os.cpus().length} 核）`,
    ...benchRules(),
    ...(await benchExport()),
    ...(process.env.BENCH_SKIP_BROWSER === "1" ? [] : await benchEditor()),
  ];
  console.log(lines.join("\n"));
};

void main();
