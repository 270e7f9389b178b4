/**
 * The report year offices are working on now. Reports are due in January–March of the following year, so
 * from January to March it is last year's; from April on, offices start collecting this year's.
 * CURRENT_REPORT_YEAR pins it (a region that works to its own calendar, or tests that must not depend on the date).
 */
export const FIRST_MONTH_OF_NEW_YEAR_WORK = 4;

export const currentReportYear = (now = new Date(), env: Record<string, string | undefined> = process.env): number => {
  const pinned = Number(env.CURRENT_REPORT_YEAR);
  if (Number.isInteger(pinned) && pinned >= 2019) return pinned;
  return now.getMonth() + 1 >= FIRST_MONTH_OF_NEW_YEAR_WORK ? now.getFullYear() : now.getFullYear() - 1;
};
