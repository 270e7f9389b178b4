import "server-only";

import { ancestorIdsIn, isReviewer, officesUserReviews, withDescendants } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listLocalRequirements } from "@/lib/db/local-requirements";
import { listOffices } from "@/lib/db/offices";
import { listPublicEditions } from "@/lib/db/public-editions";
import { listReportStatuses } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { onTimeReport, type TOnTimeReport } from "@/lib/workflow/on-time";

import { officeKind } from "./local-requirements";

export interface TOnTimePage {
  /** Offices the report may be drawn for: those the user reviews that have offices below them. */
  regions: { id: string; name: string }[];
  regionId: string | null;
  report: TOnTimeReport;
}

/**
 * 按时公布情况 for a region and year: every office the user reviews (as on the 审核台), or those of the
 * chosen region (`regionId`, one of `regions`) and below, with the nearest 本地要求 公开发布 deadline where one
 * is set. Refuses a user who reviews nothing (FORBIDDEN) and a region outside their scope (NOT_FOUND).
 */
export const loadOnTimeReportFor = async (
  user: TSessionUser,
  year: number,
  regionId: string | null,
): Promise<TOnTimePage> => {
  if (!isReviewer(user)) throw new AppError("FORBIDDEN", "只有审核人可以查看按时公布情况。");
  const all = await listOffices();
  const reviewed = officesUserReviews(user, all);
  const regions = reviewed.filter((o) => all.some((child) => child.parentId === o.id));
  if (regionId && !regions.some((r) => r.id === regionId))
    throw new AppError("NOT_FOUND", "地区不存在，或不在您的审核范围内。");
  const offices = regionId ? withDescendants([regionId], reviewed) : reviewed;
  const ids = offices.map((o) => o.id);
  const ancestors = new Map(offices.map((o) => [o.id, ancestorIdsIn(o.id, all)]));
  const [statuses, editions, requirements] = await Promise.all([
    listReportStatuses(ids, year),
    listPublicEditions(ids),
    listLocalRequirements([...new Set([...ancestors.values()].flat())], year),
  ]);
  const localDeadline = (officeId: string) => {
    const kind = officeKind(officeId, all);
    for (const id of ancestors.get(officeId) ?? []) {
      const set = requirements.find((r) => r.officeId === id);
      const date = set?.requirements.deadlines[kind]?.publish;
      if (set && date) return { date, officeName: set.officeName };
    }
    return undefined;
  };
  return {
    regions: regions.map((r) => ({ id: r.id, name: r.name })),
    regionId,
    report: onTimeReport(
      year,
      offices.map((office) => ({
        id: office.id,
        name: office.name,
        isGovernmentOwn: office.parentId === null,
        status: statuses.get(office.id) ?? null,
        firstPublishedAt:
          editions.find((e) => e.officeId === office.id && e.year === year && e.edition === 1)?.publishedAt ??
          null,
        localDeadline: localDeadline(office.id),
      })),
    ),
  };
};
