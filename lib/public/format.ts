import { reportTimeZone } from "@/lib/workflow/calendar";

/** `2025年1月20日 10:05`: an instant in the report time zone (Beijing time by default, D19). */
export const formatPublicTime = (iso: string): string => {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: reportTimeZone(),
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}年${Number(part("month"))}月${Number(part("day"))}日 ${part("hour")}:${part("minute")}`;
};

/** `2025-01-31` → `2025年1月31日`. */
export const formatPublicDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
};

/** 第1版（首次发布） / 第2版（第1次更正）. */
export const editionLabel = (edition: number): string =>
  edition === 1 ? "第1版（首次发布）" : `第${edition}版（第${edition - 1}次更正）`;
