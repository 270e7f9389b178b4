/**
 * Calendar dates as the offices live them: in Beijing time (Asia/Shanghai), whatever time zone the
 * server runs in (containers and cloud hosts usually run in UTC, eight hours behind). REPORT_TIME_ZONE
 * names another IANA zone for a deployment that needs one; an unknown name falls back to Beijing time.
 * Every "today", deadline countdown and report-year decision goes through this module.
 */

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** A date on the calendar, without a time: month 1–12, day 1–31. */
export interface TCalendarDate {
  year: number;
  month: number;
  day: number;
}

const isTimeZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

/** The time zone of the report calendar: REPORT_TIME_ZONE when it names a zone Intl knows, else Asia/Shanghai. */
export const reportTimeZone = (env: Record<string, string | undefined> = process.env): string => {
  const configured = env.REPORT_TIME_ZONE?.trim();
  return configured && isTimeZone(configured) ? configured : DEFAULT_TIME_ZONE;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      calendar: "gregory",
      numberingSystem: "latn",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The calendar date in `timeZone` at the instant `at` (default: now, in the report time zone). */
export const calendarDateAt = (at: Date = new Date(), timeZone: string = reportTimeZone()): TCalendarDate => {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
};

/** Whole days from `from` to `to` (negative when `to` is earlier); both are calendar dates, so no DST or zone enters. */
export const daysBetween = (from: TCalendarDate, to: TCalendarDate): number =>
  Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
  );

/** `2026-01-31`: a calendar date as ISO 8601. */
export const isoDate = (date: TCalendarDate): string =>
  `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
