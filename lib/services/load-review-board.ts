import "server-only";

import { isReviewer, officesUserReviews, rollupOfficesOf } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listOffices } from "@/lib/db/offices";
import { listPublicEditions } from "@/lib/db/public-editions";
import { listReportsWithStaleFindings, queryReviewBoard, storeFindingsCounts } from "@/lib/db/review-board";
import { listReportsOfOffices } from "@/lib/db/reports";
import type { TProgressSummary } from "@/lib/report/list-row";
import { evaluateReport } from "@/lib/rules/evaluate";
import { findingCounts, progressSummary } from "@/lib/rules/progress";
import type { TAppliedRequirements } from "@/lib/rules/local-requirements";
import { calendarDateAt, daysBetween } from "@/lib/workflow/calendar";
import { reportDeadline, type TDeadline } from "@/lib/workflow/deadlines";
import type { TReviewBoardParams } from "@/lib/workflow/review-board-query";
import { publicationTimeliness, type TTimeliness } from "@/lib/workflow/timeliness";

import { appliedRequirementsByOffice } from "./local-requirements";

/** The nearest 本地要求 公开发布 deadline for the office, as a deadline naming its source; undefined when none. */
const localDeadline = (applied: readonly TAppliedRequirements[], today: Date): TDeadline | undefined => {
  for (const { officeName, requirements, kind } of applied.toReversed()) {
    const date = kind ? requirements.deadlines[kind]?.publish : undefined;
    if (!date) continue;
    const [y, m, d] = date.split("-").map(Number);
    const due = { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
    return {
      date,
      label: `${due.year}年${due.month}月${due.day}日（本地要求：${officeName}）`,
      daysLeft: daysBetween(calendarDateAt(today), due),
    };
  }
  return undefined;
};

/** One office on the 审核台 for one year: its report (or none yet), the legal deadline and the last 催报. */
export interface TReviewBoardRow {
  officeId: string;
  officeName: string;
  reportId: string | null;
  status: string | null;
  /** Errors and warnings of the report's current version (rule engine, without last year's report). */
  counts: { error: number; warning: number } | null;
  /** 完整度 and what is left (lib/rules/progress.ts); null without a report. */
  progress: TProgressSummary | null;
  /** ISO 8601. */
  updatedAt: string | null;
  deadline: TDeadline;
  /** First publication against the deadline (按时 / 逾期 N 天); null while never published. */
  published: TTimeliness | null;
  /** The last 催报 of this year (ISO 8601, who) and how many were sent; null when none. */
  reminded: { at: string; by: string; count: number } | null;
}

export interface TReviewBoard {
  /** False when the user is 审核人 nowhere; `rows` is then empty. */
  isReviewer: boolean;
  rows: TReviewBoardRow[];
  /** Offices matching the filter, over all pages. */
  total: number;
  /** Offices the user oversees in all. */
  overseen: number;
  /** Offices whose 汇总 the user may make (where they are 审核人). */
  rollupOffices: { id: string; name: string }[];
}

/**
 * Counts findings of the reports whose cached counts are missing or older than their version (after a save,
 * a status change, a change of 本地要求, or the upgrade that added the cache) and stores them, so the board's
 * SQL can filter and sort by them. The count includes the 本地要求 findings and severities that apply to the
 * office, as the editor and the submit check count them (D45). A report whose stored data no longer parses
 * counts as one error. `offices` is the whole tree (lib/db listOffices).
 */
const refreshFindingsCounts = async (
  officeIds: string[],
  year: number,
  offices: Parameters<typeof appliedRequirementsByOffice>[2],
) => {
  const stale = await listReportsWithStaleFindings(officeIds, year);
  if (stale.length === 0) return;
  const local = await appliedRequirementsByOffice([...new Set(stale.map((r) => r.officeId))], year, offices);
  await storeFindingsCounts(
    stale.map((report) => {
      // 错误/警告 as the editor's 校验结果 counts them: blanks are 未填, not errors (D57).
      const counts = report.document
        ? findingCounts(evaluateReport(report.document, { local: local.get(report.officeId) ?? [] }))
        : null;
      return {
        id: report.id,
        version: report.version,
        errorCount: counts ? counts.error : 1,
        warningCount: counts ? counts.warning : 0,
      };
    }),
  );
};

/**
 * 审核台: the offices the user reviews (where they are 审核人, and below; lib/auth/office-scopes.ts) with their
 * report of `params.year`, filtered, sorted and paged in the database (lib/db/review-board.ts). Deadlines:
 * 条例第四十九条 (an office without a parent publishes its government's own report, by 3月31日).
 */
export const loadReviewBoardFor = async (
  user: TSessionUser,
  params: TReviewBoardParams,
  today = new Date(),
): Promise<TReviewBoard> => {
  if (!isReviewer(user)) return { isReviewer: false, rows: [], total: 0, overseen: 0, rollupOffices: [] };
  const all = await listOffices();
  const offices = officesUserReviews(user, all);
  const officeIds = offices.map((o) => o.id);
  await refreshFindingsCounts(officeIds, params.year, all);
  const department = reportDeadline(params.year, false, today);
  const government = reportDeadline(params.year, true, today);
  const { rows, total } = await queryReviewBoard({
    ...params,
    officeIds,
    daysLeft: { department: department.daysLeft, government: government.daysLeft },
  });
  const pageOffices = rows.map((row) => row.officeId);
  const firstEditions = pageOffices.length
    ? (await listPublicEditions(pageOffices)).filter((e) => e.year === params.year && e.edition === 1)
    : [];
  // 完整度 of the page's reports (at most one page, ≤ 200): computed from their documents.
  // 本地要求 (issue 16): a supervising office's stricter publication deadline replaces the statutory one.
  const local = pageOffices.length
    ? await appliedRequirementsByOffice(pageOffices, params.year, all)
    : new Map<string, TAppliedRequirements[]>();
  const pageReports = pageOffices.length
    ? (await listReportsOfOffices(pageOffices)).filter((report) => report.year === params.year)
    : [];
  return {
    isReviewer: true,
    rollupOffices: rollupOfficesOf(user),
    total,
    overseen: offices.length,
    rows: rows.map((row) => {
      const first = firstEditions.find((e) => e.officeId === row.officeId);
      return {
        officeId: row.officeId,
        officeName: row.officeName,
        reportId: row.reportId,
        status: row.status,
        counts:
          row.reportId && row.errorCount !== null
            ? { error: row.errorCount, warning: row.warningCount ?? 0 }
            : null,
        // With the office's 本地要求, as the editor evaluates it, so 完整度 and 错误 agree with it (D57).
        progress: ((report) =>
          report
            ? progressSummary(
                report.document,
                evaluateReport(report.document, { local: local.get(row.officeId) ?? [] }),
              )
            : null)(pageReports.find((report) => report.id === row.reportId)),
        updatedAt: row.updatedAt?.toISOString() ?? null,
        deadline:
          localDeadline(local.get(row.officeId) ?? [], today) ??
          (row.isGovernmentOwn ? government : department),
        published: first ? publicationTimeliness(params.year, row.isGovernmentOwn, first.publishedAt) : null,
        reminded: row.remindedAt
          ? { at: row.remindedAt.toISOString(), by: row.remindedBy ?? "", count: row.reminderCount }
          : null,
      };
    }),
  };
};
