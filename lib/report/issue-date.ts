import { formatDate } from "@/lib/format/date-time";
import { toHalfWidthNumber } from "@/lib/template/text";

import { isCalendarDate } from "./plain-parts";

/**
 * 成文日期 as people type it: `2027年1月20日`, `2027-01-20`, `2027/1/20`, `2027.1.20` (full-width digits too),
 * read into the stored `YYYY-MM-DD`. A date that does not exist (`2027-02-30`, `2027年13月1日`) is refused with
 * a sentence saying why, never rolled over to another day. Shared by the editor's date picker and its tests;
 * the server checks the stored form again (`ZReportDetails`).
 */
export type TIssueDateReading = { ok: true; date: string } | { ok: false; message: string };

const DATE_RE = /^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?$/;

export const parseIssueDate = (text: string): TIssueDateReading => {
  const input = toHalfWidthNumber(text).replace(/[／]/g, "/").replace(/[－—]/g, "-").trim();
  const match = DATE_RE.exec(input);
  if (!match) return { ok: false, message: `“${text.trim()}”不是日期，请写成 2027年1月20日 或 2027-01-20` };
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (month < 1 || month > 12) return { ok: false, message: `没有 ${month} 月：月应为 1–12` };
  if (!isCalendarDate(date))
    return { ok: false, message: `${year}年${month}月没有 ${day} 日，请核对成文日期` };
  return { ok: true, date };
};

/** `2027-01-20` → `2027年1月20日`, as the report prints it. */
export const issueDateText = (date: string): string => formatDate(date);
