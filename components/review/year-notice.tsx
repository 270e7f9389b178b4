"use client";

import { Alert } from "antd";

/**
 * Why the page shows something else than the address asked for: another year (lib/workflow/report-year
 * `pageYearOf`), or the 审核台 defaults for unknown filter, sort or page values (lib/workflow/review-board-notices).
 */
export function YearNotice({ notice }: Readonly<{ notice: string | null }>) {
  if (!notice) return null;
  return <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />;
}
