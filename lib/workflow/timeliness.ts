import { calendarDateAt, isoDate } from "./calendar";
import { reportDeadline } from "./deadlines";

/**
 * Whether a report was published on time (条例第四十九条: 部门 by 1月31日, the 本级人民政府's own report by
 * 3月31日 of the following year; lib/workflow/deadlines.ts). The publication date is the calendar date of the
 * first edition in the report time zone (Beijing time, lib/workflow/calendar.ts): a correction published later
 * does not make a report late.
 */
export interface TTimeliness {
  /** Publication date, `2025-01-20`. */
  publishedOn: string;
  /** Deadline, `2025-01-31`, and as printed, `2025年1月31日`. */
  deadline: string;
  deadlineLabel: string;
  /** 0 when on time (published on or before the deadline), else whole days after it. */
  daysLate: number;
  /** `按时` or `逾期 N 天`. */
  label: string;
}

/** `isGovernmentOwn`: the report of a 本级人民政府 (its office has no parent office), deadline 3月31日. */
export const publicationTimeliness = (
  year: number,
  isGovernmentOwn: boolean,
  firstPublishedAt: Date,
): TTimeliness => {
  const deadline = reportDeadline(year, isGovernmentOwn, firstPublishedAt);
  const daysLate = Math.max(0, -deadline.daysLeft);
  return {
    publishedOn: isoDate(calendarDateAt(firstPublishedAt)),
    deadline: deadline.date,
    deadlineLabel: deadline.label,
    daysLate,
    label: daysLate === 0 ? "按时" : `逾期 ${daysLate} 天`,
  };
};
