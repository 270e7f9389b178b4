import "server-only";

import { reportCharts, type TChartData } from "@/lib/charts/report-charts";
import { listLatestPublicDocuments } from "@/lib/db/public-editions";
import type { TPublicEdition, TPublicOffice, TPublicYear } from "@/lib/public/types";
import { reportTitle } from "@/lib/report/title";

import { loadPublicEdition } from "./load-public-report";

export interface TPublicChartsPage {
  office: TPublicOffice;
  entry: TPublicYear;
  edition: TPublicEdition;
  title: string;
  charts: TChartData[];
}

/**
 * The 图解 of a published report, no sign-in: charts of the edition's frozen tables, and the year-over-year
 * comparison with the latest edition of each of the office's other published years (never a draft).
 * AppError NOT_FOUND as `loadPublicReport`.
 */
export const loadPublicCharts = async (
  officeKey: string,
  yearSegment: string,
  edition: number | null,
): Promise<TPublicChartsPage> => {
  const { office, entry, shown, stored } = await loadPublicEdition(officeKey, yearSegment, edition);
  const history = (await listLatestPublicDocuments(office.id)).map((item) => item.document);
  return {
    office,
    entry,
    edition: shown,
    title: reportTitle(stored.document),
    charts: reportCharts(
      stored.document,
      history.filter((doc) => doc.year <= entry.year),
    ),
  };
};
