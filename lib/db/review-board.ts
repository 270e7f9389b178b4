import type { TReportDocument } from "@/lib/report/schema";
import { ZReportDocument } from "@/lib/report/schema";
import type { TReviewSortKey, TReviewStatusFilter } from "@/lib/workflow/review-board-query";

import { getPrisma } from "./client";
import { Prisma } from "./generated/client";
import type { ReportStatus } from "./generated/enums";

/**
 * 审核台 at scale: one SQL query filters, sorts and pages the offices a reviewer oversees with their report of
 * one year, its cached findings counts and the last 催报; 催报 themselves. Scope (which offices) is decided in
 * lib/auth and passed in as ids.
 */

/** Reports of `year` among `officeIds` whose cached counts are missing or belong to an older version. */
export const listReportsWithStaleFindings = async (
  officeIds: string[],
  year: number,
): Promise<{ id: string; officeId: string; version: number; document: TReportDocument | null }[]> => {
  if (officeIds.length === 0) return [];
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<{ id: string; officeId: string; version: number; data: unknown }[]>`
    SELECT id, "officeId", version, data FROM "Report"
    WHERE year = ${year} AND "officeId" IN (${Prisma.join(officeIds.map((id) => Prisma.sql`${id}::uuid`))})
      AND "findingsVersion" IS DISTINCT FROM version`;
  return rows.map((row) => {
    const parsed = ZReportDocument.safeParse(row.data);
    return {
      id: row.id,
      officeId: row.officeId,
      version: row.version,
      document: parsed.success ? parsed.data : null,
    };
  });
};

/** Stores counts computed for `version`; a report saved meanwhile keeps its newer state (counted next time). */
export const storeFindingsCounts = async (
  counts: { id: string; version: number; errorCount: number; warningCount: number }[],
): Promise<void> => {
  if (counts.length === 0) return;
  const prisma = await getPrisma();
  // One statement for the lot (hundreds of reports after an upgrade or a busy day), 500 rows at a time.
  for (let start = 0; start < counts.length; start += 500) {
    const values = counts
      .slice(start, start + 500)
      .map(
        (c) => Prisma.sql`(${c.id}::uuid, ${c.version}::int, ${c.errorCount}::int, ${c.warningCount}::int)`,
      );
    await prisma.$executeRaw`
      UPDATE "Report" r SET "errorCount" = v.e, "warningCount" = v.w, "findingsVersion" = v.version
      FROM (VALUES ${Prisma.join(values)}) AS v(id, version, e, w)
      WHERE r.id = v.id AND r.version = v.version`;
  }
};

export interface TReviewBoardQuery {
  officeIds: string[];
  year: number;
  statuses: TReviewStatusFilter[];
  /** errors: ≥ 1 error; warnings: ≥ 1 warning; clean: a report with neither. */
  findings: "errors" | "warnings" | "clean" | null;
  /**
   * Deadline state, with `daysLeft` of the two statutory deadlines computed by the caller:
   * overdue: past the deadline and not published; soon: 0–7 days left and not published.
   */
  deadline: "overdue" | "soon" | null;
  daysLeft: { department: number; government: number };
  /** Part of the office name. */
  search: string;
  sort: TReviewSortKey;
  descending: boolean;
  page: number;
  pageSize: number;
}

export interface TReviewBoardDbRow {
  officeId: string;
  officeName: string;
  isGovernmentOwn: boolean;
  reportId: string | null;
  status: ReportStatus | null;
  errorCount: number | null;
  warningCount: number | null;
  updatedAt: Date | null;
  remindedAt: Date | null;
  remindedBy: string | null;
  reminderCount: number;
}

const STATUS_ORDER = Prisma.sql`CASE r.status WHEN 'RETURNED' THEN 1 WHEN 'DRAFT' THEN 2 WHEN 'SUBMITTED' THEN 3
  WHEN 'APPROVED' THEN 4 WHEN 'PUBLISHED' THEN 5 ELSE 0 END`;

const sortExpression = (key: TReviewSortKey): Prisma.Sql => {
  switch (key) {
    case "name":
      return Prisma.sql`o.name`;
    case "status":
      return STATUS_ORDER;
    case "errors":
      return Prisma.sql`r."errorCount"`;
    case "warnings":
      return Prisma.sql`r."warningCount"`;
    case "deadline":
      // Departments (1月31日) come before the government's own report (3月31日).
      return Prisma.sql`(o."parentId" IS NULL)`;
    case "updatedAt":
      return Prisma.sql`r."updatedAt"`;
  }
};

/** Sorting by a report's own value puts the offices without a report last, whichever the direction. */
const NO_REPORT_LAST = new Set<TReviewSortKey>(["errors", "warnings", "updatedAt"]);

/** The daysLeft of each office's own deadline, as SQL (department or 本级政府). */
const daysLeftOf = (daysLeft: TReviewBoardQuery["daysLeft"]) =>
  Prisma.sql`(CASE WHEN o."parentId" IS NULL THEN ${daysLeft.government}::int ELSE ${daysLeft.department}::int END)`;

/**
 * One page of the 审核台 and the number of matching offices. Sorted by `sort` (offices without a report
 * last whichever the direction), then by name. Runs as one statement on PostgreSQL and PGlite.
 */
export const queryReviewBoard = async (
  query: TReviewBoardQuery,
): Promise<{ rows: TReviewBoardDbRow[]; total: number }> => {
  if (query.officeIds.length === 0) return { rows: [], total: 0 };
  const prisma = await getPrisma();
  const conditions: Prisma.Sql[] = [
    Prisma.sql`o.id IN (${Prisma.join(query.officeIds.map((id) => Prisma.sql`${id}::uuid`))})`,
  ];
  if (query.statuses.length) {
    const real = query.statuses.filter((s) => s !== "NONE");
    const parts: Prisma.Sql[] = [];
    if (real.length) parts.push(Prisma.sql`r.status::text IN (${Prisma.join(real)})`);
    if (query.statuses.includes("NONE")) parts.push(Prisma.sql`r.id IS NULL`);
    conditions.push(Prisma.sql`(${Prisma.join(parts, " OR ")})`);
  }
  if (query.findings === "errors") conditions.push(Prisma.sql`r."errorCount" > 0`);
  if (query.findings === "warnings") conditions.push(Prisma.sql`r."warningCount" > 0`);
  if (query.findings === "clean") conditions.push(Prisma.sql`r."errorCount" = 0 AND r."warningCount" = 0`);
  const notPublished = Prisma.sql`r.status IS DISTINCT FROM 'PUBLISHED'`;
  if (query.deadline === "overdue")
    conditions.push(Prisma.sql`${notPublished} AND ${daysLeftOf(query.daysLeft)} < 0`);
  if (query.deadline === "soon")
    conditions.push(Prisma.sql`${notPublished} AND ${daysLeftOf(query.daysLeft)} BETWEEN 0 AND 7`);
  if (query.search.trim()) conditions.push(Prisma.sql`strpos(o.name, ${query.search.trim()}) > 0`);
  const direction = query.descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await prisma.$queryRaw<(TReviewBoardDbRow & { total: bigint | number })[]>`
    SELECT o.id AS "officeId", o.name AS "officeName", (o."parentId" IS NULL) AS "isGovernmentOwn",
      r.id AS "reportId", r.status::text AS status, r."errorCount", r."warningCount", r."updatedAt",
      rem."createdAt" AS "remindedAt", rem."sentByName" AS "remindedBy",
      COALESCE(rem.count, 0)::int AS "reminderCount",
      count(*) OVER () AS total
    FROM "Office" o
    LEFT JOIN "Report" r ON r."officeId" = o.id AND r.year = ${query.year} AND r."deletedAt" IS NULL
    LEFT JOIN LATERAL (
      SELECT "createdAt", "sentByName", count(*) OVER () AS count FROM "Reminder"
      WHERE "officeId" = o.id AND year = ${query.year}
      ORDER BY "createdAt" DESC LIMIT 1
    ) rem ON true
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY (r.id IS NULL AND ${NO_REPORT_LAST.has(query.sort)}) ASC,
      ${sortExpression(query.sort)} ${direction} NULLS LAST, o.name ASC, o.id ASC
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  const total = rows[0] ? Number(rows[0].total) : await countMatching(query, conditions);
  return {
    rows: rows.map((row) => ({
      officeId: row.officeId,
      officeName: row.officeName,
      isGovernmentOwn: row.isGovernmentOwn,
      reportId: row.reportId,
      status: row.status,
      errorCount: row.errorCount,
      warningCount: row.warningCount,
      updatedAt: row.updatedAt,
      remindedAt: row.remindedAt,
      remindedBy: row.remindedBy,
      reminderCount: row.reminderCount,
    })),
    total,
  };
};

/** The total when the requested page is past the end (the window count comes with the rows otherwise). */
const countMatching = async (query: TReviewBoardQuery, conditions: Prisma.Sql[]): Promise<number> => {
  if (query.page === 1) return 0;
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<{ total: bigint | number }[]>`
    SELECT count(*) AS total FROM "Office" o
    LEFT JOIN "Report" r ON r."officeId" = o.id AND r.year = ${query.year} AND r."deletedAt" IS NULL
    WHERE ${Prisma.join(conditions, " AND ")}`;
  return Number(row?.total ?? 0);
};

/** The status of each of `officeIds`' reports of `year` (absent: none yet). */
export const reportStatusesOf = async (
  officeIds: string[],
  year: number,
): Promise<Map<string, { reportId: string; status: ReportStatus }>> => {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { officeId: { in: officeIds }, year, deletedAt: null },
    select: { id: true, officeId: true, status: true },
  });
  return new Map(rows.map((row) => [row.officeId, { reportId: row.id, status: row.status }]));
};

/** What goes into the bulk download: per office, the latest frozen .docx if published, else the document. */
export const loadReportsForDownload = async (
  officeIds: string[],
  year: number,
): Promise<
  {
    officeId: string;
    officeName: string;
    status: ReportStatus;
    document: TReportDocument | null;
    frozenDocx: Uint8Array | null;
  }[]
> => {
  const prisma = await getPrisma();
  const rows = await prisma.report.findMany({
    where: { officeId: { in: officeIds }, year, status: { in: ["APPROVED", "PUBLISHED"] } },
    select: {
      officeId: true,
      status: true,
      data: true,
      office: { select: { name: true } },
      publications: { orderBy: { edition: "desc" }, take: 1, select: { docx: true } },
    },
    orderBy: { office: { name: "asc" } },
  });
  return rows.map((row) => {
    const parsed = ZReportDocument.safeParse(row.data);
    return {
      officeId: row.officeId,
      officeName: row.office.name,
      status: row.status,
      document: parsed.success ? parsed.data : null,
      frozenDocx: row.status === "PUBLISHED" ? (row.publications[0]?.docx ?? null) : null,
    };
  });
};
