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

/** How much of an instant `instantParts` reads: the date, the date and hh:mm, or the date and hh:mm:ss. */
export type TInstantPrecision = "date" | "minute" | "second";

/**
 * The parts (year, month, day; hour, minute, second as the precision asks) of the instant `at` in `timeZone`, as
 * numeric strings of the Gregorian calendar, hours 00–23. One cached formatter per zone and precision.
 */
export const instantParts = (
  at: Date,
  timeZone: string,
  precision: TInstantPrecision = "date",
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> => {
  const key = `${timeZone}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      ...(precision === "date" ? {} : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
      ...(precision === "second" ? { second: "2-digit" } : {}),
      calendar: "gregory",
      numberingSystem: "latn",
    });
    formatters.set(key, formatter);
  }
  return Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
};

/** The calendar date in `timeZone` at the instant `at` (default: now, in the report time zone). */
export const calendarDateAt = (at: Date = new Date(), timeZone: string = reportTimeZone()): TCalendarDate => {
  const parts = instantParts(at, timeZone);
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
};

/** Whole days from `from` to `to` (negative when `to` is earlier); both are calendar dates, so no DST or zone enters. */
export const daysBetween = (from: TCalendarDate, to: TCalendarDate): number =>
  Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
  );

/** `2026-01-31`: a calendar date as ISO 8601. */
export const isoDate = (date: TCalendarDate): string =>
  `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
