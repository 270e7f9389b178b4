import { calendarDateAt, daysBetween } from "./calendar";

/**
 * Statutory deadlines (条例第四十九条): 县级以上人民政府部门 publish by 1月31日; the 本级人民政府's own report,
 * published by its 主管部门 (the government office at the top of a region), by 3月31日 — of the following year.
 */
export interface TDeadline {
  date: string;
  label: string;
  daysLeft: number;
}

/** `daysLeft` counts from the calendar date of the instant `today` in the report time zone (Beijing time). */
export const reportDeadline = (year: number, isGovernmentOwn: boolean, today = new Date()): TDeadline => {
  const month = isGovernmentOwn ? 3 : 1;
  const day = 31;
  return {
    date: `${year + 1}-${String(month).padStart(2, "0")}-${day}`,
    label: `${year + 1}年${month}月${day}日`,
    daysLeft: daysBetween(calendarDateAt(today), { year: year + 1, month, day }),
  };
};
