// `npm run bench`: speed figures for the closing notes and docs/benchmarks.md, with issue 17's targets.
// Not a test: it prints pass/fail per figure and exits 0 either way. About 6–8 minutes on the 2-core machine.
//
//   BENCH_PORT=3290          first of four ports used (app servers for the PostgreSQL, PGlite and browser parts)
//   BENCH_DATABASE_URL=…     PostgreSQL server for the PostgreSQL part (default postgresql://postgres@127.0.0.1:5432/postgres;
//                            a fresh database is created and dropped); BENCH_SKIP_PG=1 skips it
//   BENCH_SKIP_BROWSER=1     no Chromium (keystroke figure)
//   BENCH_SKIP_SERVER=1      no app servers (save, page and 审核台 figures)
//   BENCH_LOGINS=1           also the password and login-load figures of issue 14 (several minutes more)
//   BENCH_SAVES_ONLY=1       only the sustained-save run of each database (CPU per save; with BENCH_CPU_PROF=<dir>
//                            a CPU profile of the app during it): no other section, no load run, page or 审核台
//   BENCH_EDITOR_ONLY=1      only first-load JS and the keystroke (BENCH_EDITOR_PROF=<file>: a CPU profile of the
//                            typing); like BENCH_SAVES_ONLY it leaves results.json alone. BENCH_APP_DIR: another build
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { firstLoadJs } from "./bundle.bench";
import { benchEditor } from "./editor.bench";
import { benchExport } from "./export.bench";
import { benchImport } from "./import.bench";
import { benchLoginLoad } from "./login-load.bench";
import { benchPasswords } from "./password.bench";
import { benchReviewBoard } from "./review-board.bench";
import { benchRollup } from "./rollup.bench";
import { benchRules } from "./rules.bench";
import { benchServer, type TServerFigures } from "./server.bench";

interface TFigure {
  name: string;
  value: number | null;
  unit: string;
  target: string;
  pass: boolean | null;
  /** Load average (1 minute) when the figure was taken: figures under load are slower. */
  load: number;
  note?: string;
}

const figures: TFigure[] = [];
const lines: string[] = [];
const load1 = () => Number(os.loadavg()[0]!.toFixed(1));

const record = (
  name: string,
  value: number | null,
  unit: string,
  target: { max?: number; min?: number } | null,
  note?: string,
) => {
  // A saves-only run (BENCH_SAVES_ONLY) takes no load, page or 审核台 figures: no rows for them.
  if (value !== null && Number.isNaN(value) && process.env.BENCH_SAVES_ONLY === "1") return;
  const targetText = !target ? "—" : target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`;
  const pass =
    value === null || !target
      ? null
      : target.max !== undefined
        ? value <= target.max
        : value >= (target.min ?? -Infinity);
  figures.push({ name, value, unit, target: targetText, pass, load: load1(), note });
};

const section = async (title: string, run: () => Promise<void> | void) => {
  const started = performance.now();
  try {
    await run();
  } catch (error) {
    lines.push(`${title}：失败 — ${error instanceof Error ? error.message : String(error)}`);
    figures.push({
      name: title,
      value: null,
      unit: "",
      target: "",
      pass: false,
      load: load1(),
      note: "运行失败",
    });
  }
  console.error(`[bench] ${title} 用时 ${((performance.now() - started) / 1000).toFixed(0)} s`);
};

const ms = (value: number) => `${value.toFixed(1)} ms`;

const serverFigures = (figuresOf: TServerFigures, label: string, p99Target: number) => {
  const saves = `${label}：${figuresOf.savesPerSecond.toFixed(0)} 次保存/秒，应用进程每次保存 CPU ${figuresOf.cpuMsPerSave.toFixed(2)} ms（请求体 ${(figuresOf.saveBodyBytes / 1024).toFixed(1)} KB）`;
  if (process.env.BENCH_SAVES_ONLY === "1") {
    lines.push(saves);
    return p99Target;
  }
  lines.push(
    `${saves}；` +
      `${figuresOf.load.editors} 人每秒各保存一次（各人时刻分散）：p50 ${ms(figuresOf.load.p50)}，p99 ${ms(figuresOf.load.p99)}（${figuresOf.load.requests} 次请求，${figuresOf.load.errors} 次失败）；` +
      `同一毫秒齐发（最坏情况）：p50 ${ms(figuresOf.burst.p50)}，p99 ${ms(figuresOf.burst.p99)}（${figuresOf.burst.requests} 次请求，${figuresOf.burst.errors} 次失败）；` +
      `编辑页首字节中位数 ${figuresOf.editorTtfbMedianMs.toFixed(1)} ms；审核台（200 个机关）中位数 ${figuresOf.reviewBoardMedianMs.toFixed(1)} ms`,
  );
  return p99Target;
};

const main = async () => {
  const basePort = Number(process.env.BENCH_PORT ?? 3290);
  lines.push(
    `年报通 基准测试 — Node ${process.version}，${os.cpus()[0]?.model ?? "未知 CPU"}（${os.cpus().length} 核），开始时负载 ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}`,
  );
  const savesOnly = process.env.BENCH_SAVES_ONLY === "1";
  const editorOnly = process.env.BENCH_EDITOR_ONLY === "1";
  if (!savesOnly && !editorOnly) await otherSections();
  if (!editorOnly) await serverSections(basePort);
  if (!savesOnly) await frontEndSections(basePort);
  writeResults();
  process.exit(0);
};

/** Rules, roll-up, export, import and the 1,000-office 审核台: everything that needs no app server. */
const otherSections = async () => {
  await section("规则引擎", () => {
    lines.push(...benchRules());
  });
  await section("汇总", () => {
    lines.push(...benchRollup());
  });
  await section("导出", async () => {
    const exported = await benchExport();
    lines.push(...exported.lines);
    record(
      ".docx 导出（完整报告），中位数",
      exported.docxMedianMs,
      "ms",
      { max: 25 },
      `CPU ${exported.docxCpuMs.toFixed(1)} ms；${exported.libreOfficeMs === null ? "LibreOffice 不可用" : `LibreOffice ${(exported.libreOfficeMs / 1000).toFixed(2)} s，为本系统的 ${(exported.libreOfficeMs / exported.docxMedianMs).toFixed(0)} 倍`}`,
    );
  });
  await section("导入", async () => {
    lines.push(...(await benchImport()));
  });
  await section("审核台（1,000 个机关，PostgreSQL）", async () => {
    lines.push(...(await benchReviewBoard()));
  });
};

/** Saves, editor page and 审核台 against the production app, on PostgreSQL and PGlite. */
const serverSections = async (basePort: number) => {
  if (process.env.BENCH_SKIP_SERVER !== "1") {
    if (process.env.BENCH_SKIP_PG !== "1") {
      await section("服务器（PostgreSQL）", async () => {
        const pg = await benchServer("postgresql", basePort, 200);
        serverFigures(pg, "PostgreSQL", 100);
        record(
          "持续保存次数/秒，PostgreSQL",
          pg.savesPerSecond,
          "次/秒",
          { min: 300 },
          `每次保存 CPU ${pg.cpuMsPerSave.toFixed(2)} ms`,
        );
        record(
          "200 人每秒保存一次，p99，PostgreSQL",
          pg.load.p99,
          "ms",
          { max: 100 },
          `p50 ${ms(pg.load.p50)}，失败 ${pg.load.errors}；同一毫秒齐发时 p99 ${ms(pg.burst.p99)}`,
        );
        record("编辑页首字节（含上年报告），中位数", pg.editorTtfbMedianMs, "ms", { max: 80 }, "PostgreSQL");
        record("审核台（200 个机关），中位数", pg.reviewBoardMedianMs, "ms", { max: 150 }, "PostgreSQL");
      });
    }
    await section("服务器（PGlite）", async () => {
      const lite = await benchServer("pglite", basePort + 1, 20);
      serverFigures(lite, "PGlite（内置）", 150);
      record(
        "持续保存次数/秒，PGlite",
        lite.savesPerSecond,
        "次/秒",
        null,
        `每次保存 CPU ${lite.cpuMsPerSave.toFixed(2)} ms`,
      );
      record(
        "20 人每秒保存一次，p99，PGlite",
        lite.load.p99,
        "ms",
        { max: 150 },
        `p50 ${ms(lite.load.p50)}，失败 ${lite.load.errors}；同一毫秒齐发时 p99 ${ms(lite.burst.p99)}`,
      );
      record("编辑页首字节（含上年报告），中位数，PGlite", lite.editorTtfbMedianMs, "ms", null);
      record("审核台（200 个机关），中位数，PGlite", lite.reviewBoardMedianMs, "ms", null);
    });
  }
};

/** First-load JavaScript from the build, the keystroke in Chromium, and (BENCH_LOGINS) the login figures. */
const frontEndSections = async (basePort: number) => {
  await section("首次加载 JavaScript", () => {
    const editor = firstLoadJs("/reports/[reportId]");
    const kb = (bytes: number) => Number((bytes / 1024).toFixed(0));
    lines.push(
      `编辑页首次加载 JavaScript（构建结果，HTML 引用的脚本）：${editor.files} 个文件，${kb(editor.rawBytes)} KB，gzip ${kb(editor.gzipBytes)} KB，Brotli ${kb(editor.brotliBytes)} KB（服务器发送 Brotli）`,
    );
    record(
      "编辑页首次加载 JS（Brotli，服务器实际发送）",
      kb(editor.brotliBytes),
      "KB",
      { max: 250 },
      `gzip ${kb(editor.gzipBytes)} KB，未压缩 ${kb(editor.rawBytes)} KB`,
    );
  });
  if (process.env.BENCH_SKIP_BROWSER !== "1") {
    await section("编辑器按键", async () => {
      const editor = await benchEditor(basePort + 2);
      lines.push(...editor.lines);
      record(
        "表三按键 → 总计更新（DOM），p95",
        editor.keystrokeDomP95Ms,
        "ms",
        { max: 8 },
        `中位数 ${editor.keystrokeDomMedianMs.toFixed(1)} ms，到下一帧 p95 ${editor.keystrokeFrameP95Ms.toFixed(1)} ms，主线程 CPU ${editor.mainThreadCpuPerKeyMs.toFixed(2)} ms/键`,
      );
    });
  }
  if (process.env.BENCH_LOGINS === "1") {
    await section("登录", async () => {
      lines.push(...(await benchPasswords()));
      lines.push(...(await benchLoginLoad()));
    });
  }
};

const writeResults = () => {
  const table = [
    "",
    "| 指标 | 结果 | 目标 | 是否达标 | 负载 | 备注 |",
    "|---|---|---|---|---|---|",
    ...figures.map(
      (f) =>
        `| ${f.name} | ${f.value === null ? "—" : `${Number(f.value.toFixed(2))} ${f.unit}`} | ${f.target} | ${f.pass === null ? "—" : f.pass ? "达标" : "未达标"} | ${f.load} | ${f.note ?? ""} |`,
    ),
  ];
  console.log([...lines, ...table].join("\n"));
  // The same figures for the record (docs/benchmarks.md quotes them): one file, replaced on every run.
  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtEnd: os.loadavg(),
    figures,
    lines,
  };
  // A saves-only or editor-only run is for profiles and A/B figures, not the record: it does not replace results.json.
  if (process.env.BENCH_SAVES_ONLY === "1" || process.env.BENCH_EDITOR_ONLY === "1") return;
  writeFileSync(path.join(import.meta.dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
};

void main();
