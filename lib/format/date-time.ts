import { reportTimeZone } from "@/lib/workflow/calendar";

// Every date and time the app shows is in the report time zone (Beijing time by default, REPORT_TIME_ZONE on the
// server; D19), whatever the zone of the server or of the browser, so that a time written into a message by the
// server reads the same as the same time shown by a page. In the browser REPORT_TIME_ZONE is not set, so pages show
// Beijing time.

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string, seconds: boolean): Intl.DateTimeFormat => {
  const key = `${timeZone}|${seconds}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      ...(seconds ? { second: "2-digit" } : {}),
      hourCycle: "h23",
    });
    formatters.set(key, formatter);
  }
  return formatter;
};

/**
 * `2025年1月20日 10:05` (with `seconds`: `2025年1月20日 10:05:09`): an instant (ISO 8601 string or Date) in the
 * report time zone. An unreadable value gives "—".
 */
export const formatDateTime = (at: string | Date, options: { seconds?: boolean } = {}): string => {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) return "—";
  const parts = formatterFor(reportTimeZone(), options.seconds ?? false).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const time = `${part("hour")}:${part("minute")}${options.seconds ? `:${part("second")}` : ""}`;
  return `${part("year")}年${Number(part("month"))}月${Number(part("day"))}日 ${time}`;
};

/** `2025-01-31` (a calendar date, no zone) → `2025年1月31日`. */
export const formatDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
};
