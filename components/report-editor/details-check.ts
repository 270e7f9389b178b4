import { zodResolver } from "@hookform/resolvers/zod";

import { ZReportDetails, type TReportDetails } from "@/lib/report/schema";

/**
 * The checks of the 报告信息 form, with the shared Zod schema: loaded on demand by details-form.tsx, so Zod and
 * its resolver are not in the editor's first load (docs/decisions.md D40, D64).
 */

/** react-hook-form's resolver: field messages from `ZReportDetails`. */
export const detailsResolver = zodResolver(ZReportDetails);

/** The details as stored when `values` pass the schema (its transforms applied), else null. */
export const readDetails = (values: unknown): TReportDetails | null => {
  const parsed = ZReportDetails.safeParse(values);
  return parsed.success ? parsed.data : null;
};
