import { FIRST_SUPPORTED_YEAR } from "@/lib/template";

import { calendarDateAt, reportTimeZone } from "./calendar";

/**
 * The report year offices are working on now. Reports are due in January–March of the following year, so
 * from January to March it is last year's; from April on, offices start collecting this year's.
 * Months are counted in the report time zone (Beijing time, see calendar.ts).
 * CURRENT_REPORT_YEAR pins it (a region that works to its own calendar, or tests that must not depend on the date).
 */
export const FIRST_MONTH_OF_NEW_YEAR_WORK = 4;

export const currentReportYear = (
  now = new Date(),
  env: Record<string, string | undefined> = process.env,
): number => {
  const pinned = Number(env.CURRENT_REPORT_YEAR);
  if (Number.isInteger(pinned) && pinned >= FIRST_SUPPORTED_YEAR) return pinned;
  const { year, month } = calendarDateAt(now, reportTimeZone(env));
  return month >= FIRST_MONTH_OF_NEW_YEAR_WORK ? year : year - 1;
};

/** Years past the current report year a new report may be opened for, unless REPORT_YEARS_AHEAD says otherwise. */
export const DEFAULT_REPORT_YEARS_AHEAD = 1;

/**
 * The years a new report may be created for: from the first year a national format covers (2019) to the
 * current report year plus REPORT_YEARS_AHEAD (default 1: in January–March, while last year's report is due,
 * an office may already open the year that has begun). Nothing later: a report of a year that has not begun
 * is a typing mistake (issue 15 §4: 2031 was accepted).
 */
export const creatableReportYears = (
  now = new Date(),
  env: Record<string, string | undefined> = process.env,
): { first: number; last: number } => {
  const ahead = Number(env.REPORT_YEARS_AHEAD);
  const years = Number.isInteger(ahead) && ahead >= 0 ? ahead : DEFAULT_REPORT_YEARS_AHEAD;
  return { first: FIRST_SUPPORTED_YEAR, last: currentReportYear(now, env) + years };
};

/** Why a year cannot be created (a sentence for the person), or null when it can; never clamps the year. */
export const creatableYearProblem = (year: number, range: { first: number; last: number }): string | null => {
  if (!Number.isInteger(year)) return "年度应为四位整数年份，如 2025。";
  const allowed = `可新建 ${range.first}—${range.last} 年度的年报`;
  if (year < range.first)
    return `不能新建 ${year} 年度的年报：国家格式从 ${range.first} 年度起适用，${allowed}。`;
  if (year > range.last) return `不能新建 ${year} 年度的年报：该年度尚未开始，${allowed}。`;
  return null;
};

/**
 * The year a supervising page (审核台, 汇总, 按时公布情况, 本地要求) shows for the address's `year`: the asked
 * year when it is a whole number within the years reports can exist for (`creatableReportYears`, 2019 to
 * the current report year plus REPORT_YEARS_AHEAD), else the current report year with a notice in Chinese
 * saying why (`?year=1900` would otherwise show deadlines of 1901). No `year`: the current one, no notice.
 */
export const pageYearOf = (
  asked: string | string[] | undefined,
  now = new Date(),
  env: Record<string, string | undefined> = process.env,
): { year: number; notice: string | null } => {
  const current = currentReportYear(now, env);
  const text = (Array.isArray(asked) ? asked[0] : asked)?.trim() ?? "";
  if (!text) return { year: current, notice: null };
  const range = creatableReportYears(now, env);
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (year >= range.first && year <= range.last) return { year, notice: null };
  const why = Number.isNaN(year)
    ? "不是四位年份"
    : year < range.first
      ? "早于国家格式适用的年度"
      : "尚未开始";
  return {
    year: current,
    notice: `年度“${text.slice(0, 20)}”${why}，可查看 ${range.first}—${range.last} 年度；已显示 ${current} 年度。`,
  };
};
