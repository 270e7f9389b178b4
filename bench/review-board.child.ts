import { performance } from "node:perf_hooks";

import type { TSessionUser } from "../lib/auth/types";
import { demoDraftReport, demoPublishedReport } from "../lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "../lib/db/test-databases";
import { loadReviewBoardFor } from "../lib/services/load-review-board";
import { parseReviewBoardParams } from "../lib/workflow/review-board-query";

/**
 * 审核台 for a region of 1,000 offices on PostgreSQL (issue 16: ≤ 200 ms server time): the whole service call
 * (scope, the check for stale findings counts, the filtered, sorted, paged query, the page's publications),
 * for the usual filters and sorts. A fresh database on the server of TEST_DATABASE_URL (or DATABASE_URL),
 * dropped afterwards; without one the figure is skipped with a note. Runs in its own process with the
 * `react-server` export condition (bench/review-board.bench.ts), as services do inside Next.js; prints its
 * lines as one JSON array on the last line.
 */

const OFFICES = 1000;
const YEAR = 2025;
const RUNS = 30;

const QUERIES: [string, Record<string, string>][] = [
  ["按机关名称，第 1 页（50 个）", {}],
  ["筛选未创建", { status: "NONE" }],
  ["筛选有错误，按错误数降序", { findings: "errors", sort: "errors", dir: "desc" }],
  ["筛选已逾期未发布，按最后修改排序", { deadline: "overdue", sort: "updatedAt", dir: "desc" }],
  ["按状态排序，第 10 页（100 个）", { sort: "status", page: "10", size: "100" }],
  ["按名称搜索", { q: "第099" }],
];

const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
  };
};

const benchReviewBoard = async (): Promise<string[]> => {
  const target = testDatabaseTargets().find((t) => t.name === "PostgreSQL");
  if (!target)
    return [
      `审核台（${OFFICES} 个机关，PostgreSQL）：已跳过——未设置 TEST_DATABASE_URL 或 DATABASE_URL（例如 TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench）`,
    ];
  const { db, close } = await openTestDatabase(target);
  try {
    const { prisma } = db;
    const region = await prisma.office.create({ data: { name: "示范市人民政府办公室" } });
    await prisma.office.createMany({
      data: Array.from({ length: OFFICES - 1 }, (_, i) => ({
        name: `示范市第${String(i + 1).padStart(4, "0")}局`,
        parentId: region.id,
      })),
    });
    const offices = await prisma.office.findMany({
      where: { parentId: region.id },
      select: { id: true, name: true },
    });
    const user = await prisma.user.create({
      data: { username: "shenhe", displayName: "审核人", passwordHash: "-" },
    });
    await prisma.membership.create({ data: { userId: user.id, officeId: region.id, role: "REVIEWER" } });
    const reviewer: TSessionUser = {
      id: user.id,
      username: "shenhe",
      displayName: "审核人",
      memberships: [{ officeId: region.id, officeName: "示范市人民政府办公室", role: "REVIEWER" }],
    };
    // 80 % have a report (drafts with errors, submitted, returned, approved, published), 20 % have not started.
    const statuses = [
      "DRAFT",
      "DRAFT",
      "SUBMITTED",
      "RETURNED",
      "APPROVED",
      "PUBLISHED",
      "PUBLISHED",
      "PUBLISHED",
    ] as const;
    const withReport = offices.filter((_, i) => i % 5 !== 0);
    await prisma.report.createMany({
      data: withReport.map((office, i) => {
        const status = statuses[i % statuses.length]!;
        const data =
          status === "DRAFT" ? demoDraftReport(office.name, YEAR) : demoPublishedReport(office.name, YEAR);
        return {
          officeId: office.id,
          year: YEAR,
          formatVersion: data.formatVersion,
          status,
          data,
          version: 1 + (i % 7),
        };
      }),
    });
    await prisma.reminder.createMany({
      data: offices
        .filter((_, i) => i % 5 === 0)
        .flatMap((office) =>
          [1, 2].map(() => ({ officeId: office.id, year: YEAR, sentById: user.id, sentByName: "审核人" })),
        ),
    });
    await prisma.$executeRawUnsafe("ANALYZE");

    const params = (query: Record<string, string>) => parseReviewBoardParams(query, YEAR);
    const first = await timed(() => loadReviewBoardFor(reviewer, params({})));
    const lines = [
      `审核台：${OFFICES} 个机关（${withReport.length} 份年报），PostgreSQL，服务端整次调用（目标 ≤ 200 ms）`,
      `  首次打开（计算并缓存 ${withReport.length} 份年报的错误、警告数，升级后只发生一次）：${first.toFixed(0)} ms`,
    ];
    for (const [label, query] of QUERIES) {
      for (let i = 0; i < 3; i++) await loadReviewBoardFor(reviewer, params(query));
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++)
        times.push(await timed(() => loadReviewBoardFor(reviewer, params(query))));
      const { median, p95 } = stats(times);
      lines.push(`  ${label}：中位数 ${median.toFixed(1)} ms，p95 ${p95.toFixed(1)} ms`);
    }
    return lines;
  } finally {
    await close();
  }
};

void benchReviewBoard().then((lines) => console.log(JSON.stringify(lines)));
