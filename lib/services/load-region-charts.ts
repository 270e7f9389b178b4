import "server-only";

import { officesUserReviews, withDescendants } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { regionCharts, type TRegionChartsView, type TRegionYear } from "@/lib/charts/region-charts";
import { listOffices } from "@/lib/db/offices";
import { listReportsOfOffices } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { isSupportedYear } from "@/lib/template";

import { loadSources } from "./rollup-compute";

/**
 * The office to chart and the offices below it. The 图解 only reads, so unlike the 汇总 (`requireRollupOffice`,
 * the office's own 审核人) any office in the user's review scope will do: the 审核台 shows its reports already.
 */
const requireChartOffice = async (user: TSessionUser, officeId: string) => {
  const offices = await listOffices();
  const office = officesUserReviews(user, offices).find((o) => o.id === officeId);
  if (!office) throw new AppError("FORBIDDEN", "只能查看本人审核范围内机关的图解。");
  return { office, below: withDescendants([officeId], offices).filter((o) => o.id !== officeId) };
};

/**
 * 图解 of a region on the 审核台 (issue 18, docs/open-data.md “审核台的图解”): the offices below `officeId` whose
 * reports of `year` are usable — 已通过 or 已发布 (the latest edition while one is corrected), and, unless
 * `includeSubmitted` is false, 待审核 ones, labelled — summed by the roll-up code and drawn by the report
 * 图解's builders; the year over year compares every earlier year with such reports, chosen alike. The same
 * choice of reports as the 汇总 (rollup-compute.ts `loadSources`); the region's own report is not counted.
 * FORBIDDEN unless the user is 审核人 of the office or of one above it; NOT_FOUND for an unknown office. An office
 * with no office below gets a view with no charts and a message saying so (never a 404).
 */
export const loadRegionChartsFor = async (
  user: TSessionUser,
  officeId: string,
  year: number,
  options: { includeSubmitted?: boolean } = {},
): Promise<TRegionChartsView> => {
  const includeSubmitted = options.includeSubmitted ?? true;
  const { office, below } = await requireChartOffice(user, officeId);
  const ids = below.map((o) => o.id);
  const names = new Map(below.map((o) => [o.id, o.name]));
  const { sources, missing } = await loadSources(ids, year, names, { includeSubmitted });
  const view: TRegionChartsView = {
    office: { id: office.id, name: office.name },
    year,
    includeSubmitted,
    officeCount: below.length,
    included: sources.map((s) => ({ name: s.name, label: s.label, pending: s.pending === true })),
    missing: missing.map((m) => ({ name: m.name, status: m.status })),
    charts: [],
    message: null,
    years: [],
  };
  if (below.length === 0) return { ...view, message: `${office.name}没有下级机关，没有可以汇总绘图的年报。` };
  if (sources.length === 0) {
    const usable = includeSubmitted ? "已通过、已发布或待审核" : "已通过或已发布";
    return {
      ...view,
      message: `${office.name}的下级机关还没有${usable}的${year}年度年报，暂无图解。年报审核通过后，图解即可显示。`,
    };
  }
  const earlierYears = [
    ...new Set((await listReportsOfOffices(ids)).map((r) => r.year).filter((y) => y < year)),
  ].filter(isSupportedYear);
  const history: TRegionYear[] = [];
  for (const y of earlierYears) {
    const earlier = await loadSources(ids, y, names, { includeSubmitted });
    history.push({ year: y, parts: earlier.sources.map((s) => ({ name: s.name, document: s.document })) });
  }
  const parts = sources.map((s) => ({ name: s.name, document: s.document }));
  const outcome = regionCharts(office.name, { year, parts }, history);
  if (!outcome.ok) return { ...view, message: `这些年报不能相加，暂无图解：${outcome.errors.join("；")}` };
  return { ...view, charts: outcome.charts, years: outcome.years };
};
