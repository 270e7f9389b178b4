import { PAGE_PATTERN, REVIEW_PAGE_SIZES, REVIEW_SORT_KEYS } from "./review-board-query";
import { REPORT_STATUSES } from "./transitions";

/**
 * What the 审核台 did with values of its address it does not know (issue 16): `parseReviewBoardParams` falls back
 * to the default for each (an old bookmark still opens), and the page says so, as it does for an unknown year
 * (D45), instead of ignoring them silently. One Chinese sentence per parameter, in address order; none when all
 * are valid or absent.
 */
export const reviewBoardQueryNotices = (query: Record<string, string | string[] | undefined>): string[] => {
  const first = (key: string) => {
    const value = query[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const notices: string[] = [];
  const unknown = (key: string, what: string, used: string) => {
    const value = first(key);
    notices.push(`地址中的 ${key}=${(value ?? "").slice(0, 40)} 不是有效的${what}，已改为${used}。`);
  };
  const status = first("status");
  if (status !== undefined && status !== "") {
    const known = ["NONE", ...REPORT_STATUSES] as readonly string[];
    const bad = status.split(",").filter((s) => !known.includes(s));
    if (bad.length)
      notices.push(
        `地址中的 status=${status.slice(0, 40)} 含有无效的状态（${bad.join("、").slice(0, 40)}），已忽略。`,
      );
  }
  const oneOf = (key: string, values: readonly string[], what: string, used: string) => {
    const value = first(key);
    if (value !== undefined && value !== "" && !values.includes(value)) unknown(key, what, used);
  };
  oneOf("findings", ["errors", "warnings", "clean"], "校验结果筛选", "不筛选");
  oneOf("deadline", ["overdue", "soon"], "期限筛选", "不筛选");
  oneOf("sort", REVIEW_SORT_KEYS, "排序方式", "按机关名称排序");
  oneOf("dir", ["asc", "desc"], "排序方向", "升序");
  const page = first("page");
  if (page !== undefined && page !== "" && !PAGE_PATTERN.test(page))
    unknown("page", "页码（应为 1 以上的整数）", "第 1 页");
  oneOf("size", REVIEW_PAGE_SIZES.map(String), "每页条数", "每页 50 条");
  return notices;
};
