import "server-only";

import { reportCharts, type TChartData } from "@/lib/charts/report-charts";
import { getPublicEdition, listLatestPublicDocuments } from "@/lib/db/public-editions";
import { AppError } from "@/lib/errors";
import type { TPublicEdition, TPublicOffice, TPublicYear } from "@/lib/public/types";
import { reportTitle } from "@/lib/report/title";

import { pickEdition } from "./load-public-report";
import { findPublicYear, loadPublicOfficeEntry } from "./public-catalog";

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
  const { office } = await loadPublicOfficeEntry(officeKey);
  const entry = findPublicYear(office, yearSegment);
  const shown = pickEdition(entry, edition);
  const stored = await getPublicEdition(office.id, entry.year, shown.edition);
  if (!stored) throw new AppError("NOT_FOUND", "该版次不存在。");
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
