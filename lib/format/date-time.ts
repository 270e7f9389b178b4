import { instantParts, reportTimeZone } from "@/lib/workflow/calendar";

// Every date and time the app shows is in the report time zone (Beijing time by default, REPORT_TIME_ZONE on the
// server; D19), whatever the zone of the server or of the browser, so that a time written into a message by the
// server reads the same as the same time shown by a page. In the browser REPORT_TIME_ZONE is not set, so pages show
// Beijing time.

/**
 * `2025年1月20日 10:05` (with `seconds`: `2025年1月20日 10:05:09`): an instant (ISO 8601 string or Date) in the
 * report time zone. An unreadable value gives "—".
 */
export const formatDateTime = (at: string | Date, options: { seconds?: boolean } = {}): string => {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) return "—";
  const parts = instantParts(date, reportTimeZone(), options.seconds ? "second" : "minute");
  const time = `${parts.hour}:${parts.minute}${options.seconds ? `:${parts.second}` : ""}`;
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${time}`;
};

/** `2025-01-31` (a calendar date, no zone) → `2025年1月31日`. */
export const formatDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
};
