"use client";

import { Alert } from "antd";

/** Why the page shows another year than the address asked for (lib/workflow/report-year `pageYearOf`). */
export function YearNotice({ notice }: Readonly<{ notice: string | null }>) {
  if (!notice) return null;
  return <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />;
}
