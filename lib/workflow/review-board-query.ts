import { z } from "zod";

import { REPORT_STATUSES, type TReportStatus } from "./transitions";

/**
 * The 审核台's filter, sort and page as they travel in the page address (`/review?status=DRAFT,NONE&sort=…`):
 * parsed leniently (an unknown value falls back to the default, so an old bookmark still opens; the page says so,
 * ./review-board-notices.ts) and written
 * back by `reviewBoardSearch`. Shared by the page, the service and the board's controls.
 */

export const REVIEW_SORT_KEYS = ["name", "status", "errors", "warnings", "deadline", "updatedAt"] as const;
export type TReviewSortKey = (typeof REVIEW_SORT_KEYS)[number];
export const REVIEW_PAGE_SIZES = [20, 50, 100, 200] as const;
/** A page number in the address: a whole number from 1 to 100000 (anything else: page 1, with a notice). */
export const PAGE_PATTERN = /^(?:[1-9]\d{0,4}|100000)$/;

/** `NONE`: the office has no report of the year yet (未创建). */
export type TReviewStatusFilter = TReportStatus | "NONE";

export interface TReviewBoardParams {
  year: number;
  statuses: TReviewStatusFilter[];
  findings: "errors" | "warnings" | "clean" | null;
  deadline: "overdue" | "soon" | null;
  search: string;
  sort: TReviewSortKey;
  descending: boolean;
  page: number;
  pageSize: number;
}

export const FINDINGS_FILTER_LABELS = {
  errors: "有错误",
  warnings: "有警告",
  clean: "无错误和警告",
} as const;
export const DEADLINE_FILTER_LABELS = { overdue: "已逾期未发布", soon: "7 天内到期" } as const;

const oneOf = <T extends string>(values: readonly T[], fallback: T | null) =>
  z
    .string()
    .optional()
    .transform((value) => ((values as readonly string[]).includes(value ?? "") ? (value as T) : fallback));

const ZParams = z.object({
  status: z
    .string()
    .optional()
    .transform((value) =>
      [...new Set((value ?? "").split(","))].filter((s): s is TReviewStatusFilter =>
        s === "NONE" ? true : (REPORT_STATUSES as readonly string[]).includes(s),
      ),
    ),
  findings: oneOf(["errors", "warnings", "clean"] as const, null),
  deadline: oneOf(["overdue", "soon"] as const, null),
  q: z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim().slice(0, 50)),
  sort: oneOf(REVIEW_SORT_KEYS, "name"),
  dir: z
    .string()
    .optional()
    .transform((value) => value === "desc"),
  page: z
    .string()
    .optional()
    .transform((value) => (PAGE_PATTERN.test(value ?? "") ? Number(value) : 1)),
  size: z
    .string()
    .optional()
    .transform((value) =>
      (REVIEW_PAGE_SIZES as readonly number[]).includes(Number(value)) ? Number(value) : 50,
    ),
});

/** The board's parameters from the address's query (`year` decided by the caller). */
export const parseReviewBoardParams = (
  query: Record<string, string | string[] | undefined>,
  year: number,
): TReviewBoardParams => {
  const first = Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = ZParams.parse(first);
  return {
    year,
    statuses: parsed.status,
    findings: parsed.findings,
    deadline: parsed.deadline,
    search: parsed.q,
    sort: parsed.sort ?? "name",
    descending: parsed.dir,
    page: parsed.page,
    pageSize: parsed.size,
  };
};

/** The query string for `params` (defaults left out), e.g. `year=2025&status=NONE&sort=deadline`. */
export const reviewBoardSearch = (params: TReviewBoardParams): string => {
  const search = new URLSearchParams({ year: String(params.year) });
  if (params.statuses.length) search.set("status", params.statuses.join(","));
  if (params.findings) search.set("findings", params.findings);
  if (params.deadline) search.set("deadline", params.deadline);
  if (params.search) search.set("q", params.search);
  if (params.sort !== "name") search.set("sort", params.sort);
  if (params.descending) search.set("dir", "desc");
  if (params.page > 1) search.set("page", String(params.page));
  if (params.pageSize !== 50) search.set("size", String(params.pageSize));
  return search.toString();
};
