import { calendarDateAt, daysBetween, isoDate } from "./calendar";
import { reportDeadline } from "./deadlines";
import { statusLabel } from "./transitions";

/**
 * The on-time report (按时公布情况) of a region for a year: for each office, whether and when it published
 * (first edition, Beijing date; lib/workflow/timeliness.ts), against which deadline — the statutory one of
 * 条例第四十九条 (部门 1月31日, the 本级人民政府 3月31日), or a stricter 本地要求 “公开发布” deadline set by an
 * office above — and the 按时公布率: offices published on time ÷ offices that must publish (every office of
 * the region), as notices report it. Pure: the caller passes offices, reports and local deadlines.
 */

export interface TOnTimeOffice {
  id: string;
  name: string;
  /** No parent office: it publishes its 本级人民政府's own report (deadline 3月31日). */
  isGovernmentOwn: boolean;
  /** The report's status, null when it has none for the year. */
  status: string | null;
  /** First publication, null when never published. */
  firstPublishedAt: Date | null;
  /** A stricter 公开发布 deadline from 本地要求, `YYYY-MM-DD`, with the office that set it. */
  localDeadline?: { date: string; officeName: string };
}

export interface TOnTimeRow {
  officeId: string;
  officeName: string;
  status: string;
  /** `YYYY-MM-DD`, or null when not published. */
  publishedOn: string | null;
  deadline: string;
  /** `条例第四十九条` or `本地要求（示范区政府办）`. */
  deadlineSource: string;
  /** null while not published and the deadline has not passed. */
  onTime: boolean | null;
  /** `按时`, `逾期 N 天`, `未公布（已逾期 N 天）`, `未公布`. */
  label: string;
  /** Never submitted for review (no report, 草稿, 已退回). */
  notSubmitted: boolean;
}

export interface TOnTimeReport {
  year: number;
  rows: TOnTimeRow[];
  total: number;
  published: number;
  onTime: number;
  /** 按时公布率 in per cent, one decimal; null for a region without offices. */
  rate: number | null;
  /** Names of the offices that have not submitted. */
  notSubmitted: string[];
}

const NOT_SUBMITTED = new Set([null, "DRAFT", "RETURNED"]);

const parseIso = (date: string) => {
  const [year, month, day] = date.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
};

/** The on-time report of `offices` for `year`, as of `today` (for “已逾期”). Rows keep the order given. */
export const onTimeReport = (
  year: number,
  offices: readonly TOnTimeOffice[],
  today = new Date(),
): TOnTimeReport => {
  const todayDate = calendarDateAt(today);
  const rows = offices.map((office): TOnTimeRow => {
    const statutory = reportDeadline(year, office.isGovernmentOwn);
    const deadline = office.localDeadline?.date ?? statutory.date;
    const deadlineSource = office.localDeadline
      ? `本地要求（${office.localDeadline.officeName}）`
      : "条例第四十九条";
    const due = parseIso(deadline);
    const base = {
      officeId: office.id,
      officeName: office.name,
      status: office.status ? statusLabel(office.status) : "未开始",
      deadline,
      deadlineSource,
      notSubmitted: NOT_SUBMITTED.has(office.status),
    };
    if (office.firstPublishedAt) {
      const published = calendarDateAt(office.firstPublishedAt);
      const late = Math.max(0, daysBetween(due, published));
      return {
        ...base,
        publishedOn: isoDate(published),
        onTime: late === 0,
        label: late === 0 ? "按时" : `逾期 ${late} 天`,
      };
    }
    const overdue = daysBetween(due, todayDate);
    return overdue > 0
      ? { ...base, publishedOn: null, onTime: false, label: `未公布（已逾期 ${overdue} 天）` }
      : { ...base, publishedOn: null, onTime: null, label: "未公布" };
  });
  const onTime = rows.filter((r) => r.onTime === true).length;
  return {
    year,
    rows,
    total: rows.length,
    published: rows.filter((r) => r.publishedOn !== null).length,
    onTime,
    rate: rows.length ? Math.round((onTime / rows.length) * 1000) / 10 : null,
    notSubmitted: rows.filter((r) => r.notSubmitted).map((r) => r.officeName),
  };
};

/** Column headers of the export (CSV and .xlsx), in the order of `onTimeCells`. */
export const ON_TIME_HEADER = ["机关", "状态", "公布日期", "期限", "期限依据", "是否按时", "未报送"] as const;

/** One row of the export. */
export const onTimeCells = (row: TOnTimeRow): (string | null)[] => [
  row.officeName,
  row.status,
  row.publishedOn,
  row.deadline,
  row.deadlineSource,
  row.label,
  row.notSubmitted ? "是" : "",
];

/** The summary line: “应公布 12 个，已公布 10 个，按时 9 个，按时公布率 75.0%”. */
export const onTimeSummary = (report: TOnTimeReport): string =>
  `应公布 ${report.total} 个，已公布 ${report.published} 个，按时 ${report.onTime} 个，按时公布率 ${
    report.rate === null ? "—" : `${report.rate.toFixed(1)}%`
  }`;
