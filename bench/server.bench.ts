import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import autocannon from "autocannon";

import { hashPassword } from "../lib/auth/password";
import { openDatabase } from "../lib/db/client";
import { resolveDatabaseConfig } from "../lib/db/config";
import { DEMO_REGION_OFFICE, seedDemoData } from "../lib/db/seed";
import { hashToken } from "../lib/db/users";
import { buildPublicationFiles } from "../lib/export/publication-files";
import { asEdited, loadExample } from "../lib/report/testing/fixtures";

import { runPacedSaves, type TPacedResult } from "./paced-saves";

/**
 * Server figures of issue 17 against the production build (scripts/start.ts), on PostgreSQL and on the
 * embedded PGlite:
 * - sustained saves per second (each save a real change of a full report, every editor on its own report),
 * - p99 save latency with N editors each saving once a second (bench/paced-saves.ts, one connection per editor):
 *   their saves spread over the second as independent people's autosaves arrive, and beside it the worst case of
 *   all N in the same millisecond every second,
 * - CPU time of the app process per save (from /proc; less sensitive to other load than wall-clock figures),
 * - the editor page's time to first byte (a report with last year's report) and the 审核台 of 200 offices.
 * The app is pinned to CPU 0 and this process (the load generator) to CPU 1 when `taskset` exists.
 */

const root = path.resolve(import.meta.dirname, "..");
const YEAR = 2025;

export interface TServerFigures {
  database: "postgresql" | "pglite";
  savesPerSecond: number;
  cpuMsPerSave: number;
  saveBodyBytes: number;
  /** N editors each saving once a second, their saves spread over the second (bench/paced-saves.ts). */
  load: TPacedResult;
  /** The same with every editor's save in the same millisecond each second (worst case). */
  burst: TPacedResult;
  editorTtfbMedianMs: number;
  reviewBoardMedianMs: number;
}

interface TPrepared {
  env: Record<string, string>;
  editors: { cookie: string; reportId: string; version: number }[];
  reviewerCookie: string;
  cleanup(): void;
}

const cookieOf = (token: string) => `nbt_session=${token}`;

/** A fresh database: the demo data, plus `count` offices under the demo region, each with a 填报人 and a draft. */
const prepare = async (kind: "postgresql" | "pglite", count: number): Promise<TPrepared> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "nbt-bench-"));
  let databaseUrl = "";
  let dropDatabase = () => {};
  if (kind === "postgresql") {
    const base = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const name = `nbt_bench_${process.pid}_${Date.now()}`;
    const admin = new URL(base);
    const run = (sql: string) =>
      spawnSync("psql", [base, "-v", "ON_ERROR_STOP=1", "-qc", sql], { stdio: "inherit" }).status === 0;
    if (!run(`CREATE DATABASE ${name}`)) throw new Error("无法创建基准测试用的 PostgreSQL 数据库");
    admin.pathname = `/${name}`;
    databaseUrl = admin.toString();
    dropDatabase = () => void run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl };
  const db = await openDatabase(resolveDatabaseConfig(env));
  try {
    const prisma = db.prisma;
    await seedDemoData(prisma, { hashPassword, publicationFiles: buildPublicationFiles });
    const region = await prisma.office.findUniqueOrThrow({ where: { name: DEMO_REGION_OFFICE } });
    const base = asEdited(loadExample("zhangdian2023"));
    const offices = Array.from({ length: count }, (_, i) => ({
      id: crypto.randomUUID(),
      name: `基准测试局${String(i + 1).padStart(3, "0")}`,
      parentId: region.id,
    }));
    await prisma.office.createMany({ data: offices });
    const users = offices.map((office, i) => ({
      id: crypto.randomUUID(),
      username: `bench${i + 1}`,
      displayName: `${office.name}填报人`,
      passwordHash: "-",
    }));
    await prisma.user.createMany({ data: users });
    await prisma.membership.createMany({
      data: users.map((user, i) => ({ userId: user.id, officeId: offices[i]!.id, role: "FILLER" as const })),
    });
    const documentOf = (name: string, year: number) => ({
      ...base,
      year,
      details: { ...base.details, agencyName: name, title: undefined },
    });
    const reports = offices.map((office) => ({
      id: crypto.randomUUID(),
      officeId: office.id,
      year: YEAR,
      formatVersion: base.formatVersion,
      data: documentOf(office.name, YEAR),
    }));
    await prisma.report.createMany({ data: reports });
    // Last year's report for the first office: the editor page loads it beside the draft.
    await prisma.report.create({
      data: {
        officeId: offices[0]!.id,
        year: YEAR - 1,
        formatVersion: base.formatVersion,
        status: "PUBLISHED",
        data: documentOf(offices[0]!.name, YEAR - 1),
      },
    });
    const expiresAt = new Date(Date.now() + 24 * 3600 * 1000);
    const tokens = users.map(() => randomBytes(32).toString("base64url"));
    const reviewerToken = randomBytes(32).toString("base64url");
    const reviewer = await prisma.user.findUniqueOrThrow({ where: { username: "shenhe" } });
    await prisma.session.createMany({
      data: [
        ...users.map((user, i) => ({ userId: user.id, tokenHash: hashToken(tokens[i]!), expiresAt })),
        { userId: reviewer.id, tokenHash: hashToken(reviewerToken), expiresAt },
      ],
    });
    return {
      env,
      editors: reports.map((report, i) => ({
        cookie: cookieOf(tokens[i]!),
        reportId: report.id,
        version: 1,
      })),
      reviewerCookie: cookieOf(reviewerToken),
      cleanup: () => {
        dropDatabase();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } finally {
    await db.close();
  }
};

const hasTaskset = spawnSync("taskset", ["--version"]).status === 0;

const startServer = async (port: number, env: Record<string, string>): Promise<ChildProcess> => {
  // BENCH_CPU_PROF=<dir>: a CPU profile of the app (written when it stops) for docs/benchmarks.md.
  const profile = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
    : [];
  const args = [...profile, "--import", "tsx", "scripts/start.ts"];
  const [command, argv] = hasTaskset
    ? ["taskset", ["-c", "0", process.execPath, ...args]]
    : [process.execPath, args];
  const child = spawn(command, argv, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", CURRENT_REPORT_YEAR: String(YEAR) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`应用启动失败（退出码 ${child.exitCode}）`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("应用在 150 秒内没有启动");
};

/** CPU time (user + system, ms) of a process and its children so far, from /proc. */
const cpuMsOf = (pid: number): number => {
  const pids = [pid];
  // The app runs as node under taskset (exec'd, same pid) or as a child of tsx's loader: include children.
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    if (children) pids.push(...children.split(/\s+/).map(Number));
  } catch {
    // no children file
  }
  const ticks = pids.reduce((sum, p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

type TEditor = TPrepared["editors"][number];
type TContext = { editor?: TEditor };

const saveBase = asEdited(loadExample("zhangdian2023"));

/** The JSON body of an editor's n-th save: the full 张店 2023 report with one more sentence, on its last version. */
const saveBodyOf = (editor: TEditor, n: number): string =>
  JSON.stringify({
    baseVersion: editor.version,
    document: {
      ...saveBase,
      year: YEAR,
      details: { ...saveBase.details, title: undefined },
      narrative: { ...saveBase.narrative, s6: `${saveBase.narrative.s6 ?? ""}（第 ${n} 次修改）` },
    },
  });

/**
 * autocannon over `editors` (one connection each): every request saves the editor's report with one more
 * changed sentence, based on the version the previous answer gave. `rate`: saves per second per editor.
 */
const runSaves = async (
  baseURL: string,
  editors: TEditor[],
  options: { seconds: number; rate?: number },
): Promise<{ result: autocannon.Result; bodyBytes: number }> => {
  let bodyBytes = 0;
  // autocannon clears a connection's context after each request, so the editors are a pool: a request takes a
  // free editor and gives it back with its new version when answered. No editor is ever saved twice at once.
  const free = [...editors];
  const saves = new Map<TEditor, number>();
  const result = await autocannon({
    url: baseURL,
    connections: editors.length,
    duration: options.seconds,
    ...(options.rate ? { connectionRate: options.rate } : {}),
    requests: [
      {
        method: "PUT",
        setupRequest: (request, raw) => {
          const context = raw as TContext;
          // A request that timed out never gives its editor back; then share one (its save may conflict: an error).
          const editor = free.shift() ?? editors[saves.size % editors.length]!;
          context.editor = editor;
          const count = (saves.get(editor) ?? 0) + 1;
          saves.set(editor, count);
          const body = saveBodyOf(editor, count);
          bodyBytes = Buffer.byteLength(body);
          return {
            ...request,
            path: `/api/reports/${editor.reportId}`,
            headers: {
              cookie: editor.cookie,
              origin: baseURL,
              "content-type": "application/json",
            },
            body,
          };
        },
        onResponse: (status, body, raw) => {
          const editor = (raw as TContext).editor!;
          try {
            const answer = JSON.parse(body) as { version?: number; conflict?: { version: number } };
            editor.version = answer.version ?? answer.conflict?.version ?? editor.version;
          } catch {
            // not JSON: counted as an error by status
          }
          free.push(editor);
          void status;
        },
      },
    ],
  });
  return { result, bodyBytes };
};

const timeRequests = async (url: string, cookie: string, runs: number, firstByte: boolean) => {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`${url}：${response.status}`);
    if (firstByte) {
      const reader = response.body!.getReader();
      await reader.read();
      const elapsed = performance.now() - started;
      await reader.cancel();
      if (i >= 3) times.push(elapsed);
    } else {
      await response.text();
      if (i >= 3) times.push(performance.now() - started);
    }
  }
  return median(times);
};

export const benchServer = async (
  kind: "postgresql" | "pglite",
  port: number,
  loadEditors: number,
): Promise<TServerFigures> => {
  if (hasTaskset) spawnSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });
  const prepared = await prepare(kind, Math.max(loadEditors, 200));
  const server = await startServer(port, prepared.env);
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    const throughputEditors = prepared.editors.slice(0, kind === "postgresql" ? 32 : 8);
    await runSaves(baseURL, throughputEditors, { seconds: 3 }); // warm-up
    const cpuBefore = cpuMsOf(server.pid!);
    const throughput = await runSaves(baseURL, throughputEditors, { seconds: 10 });
    const cpuAfter = cpuMsOf(server.pid!);
    const saves = throughput.result["2xx"];
    if (process.env.BENCH_SAVES_ONLY === "1") {
      // For a CPU profile of the save path alone (BENCH_CPU_PROF).
      const none = { editors: 0, p50: Number.NaN, p99: Number.NaN, errors: 0, requests: 0 };
      return {
        database: kind,
        savesPerSecond: saves / 10,
        cpuMsPerSave: saves ? (cpuAfter - cpuBefore) / saves : Number.NaN,
        saveBodyBytes: throughput.bodyBytes,
        load: none,
        burst: none,
        editorTtfbMedianMs: Number.NaN,
        reviewBoardMedianMs: Number.NaN,
      };
    }
    const loadEditorsOf = prepared.editors.slice(0, loadEditors);
    const load = await runPacedSaves(baseURL, loadEditorsOf, {
      seconds: 15,
      staggered: true,
      bodyOf: saveBodyOf,
    });
    const burst = await runPacedSaves(baseURL, loadEditorsOf, {
      seconds: 15,
      staggered: false,
      bodyOf: saveBodyOf,
    });
    const editorTtfbMedianMs = await timeRequests(
      `${baseURL}/reports/${prepared.editors[0]!.reportId}`,
      prepared.editors[0]!.cookie,
      30,
      true,
    );
    const reviewBoardMedianMs = await timeRequests(`${baseURL}/review`, prepared.reviewerCookie, 20, false);
    return {
      database: kind,
      savesPerSecond: saves / 10,
      cpuMsPerSave: saves ? (cpuAfter - cpuBefore) / saves : Number.NaN,
      saveBodyBytes: throughput.bodyBytes,
      load,
      burst,
      editorTtfbMedianMs,
      reviewBoardMedianMs,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    prepared.cleanup();
  }
};
