import "server-only";

import { canSetLocalRequirements } from "@/lib/auth/permissions";
import { ancestorIdsIn } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listLocalRequirements, saveLocalRequirements } from "@/lib/db/local-requirements";
import { hasChildOffices, listOffices } from "@/lib/db/offices";
import { AppError } from "@/lib/errors";
import { formatSchemaIssues } from "@/lib/report/schema";
import { ALL_RULES } from "@/lib/rules/evaluate";
import {
  requirementProblems,
  ZLocalRequirements,
  type TAppliedRequirements,
  type TLocalRequirements,
  type TOfficeKind,
} from "@/lib/rules/local-requirements";
import { FIRST_SUPPORTED_YEAR, formatVersionForYear, getTemplate, LAST_SUPPORTED_YEAR } from "@/lib/template";

/** An office in the tree, as the requirement services need it. */
type TOffice = { id: string; name: string; parentId: string | null };

/** 部门 or 下级人民政府: an office with offices below it supervises them (docs/decisions.md D38). */
export const officeKind = (officeId: string, offices: readonly TOffice[]): TOfficeKind =>
  offices.some((o) => o.parentId === officeId) ? "government" : "department";

/**
 * The 本地要求 that apply to an office's report of `year`: those every office above it (`ancestorIds`, nearest
 * first, as lib/db loads a report) set for that year, topmost first (the nearest office's severities win), each
 * with the office's name and the report office's kind. Empty for an office without a parent. One round trip
 * (it sits between a submission's check and its status change). Rules of lib/rules/local-requirements.ts.
 */
export const appliedRequirementsFor = async (report: {
  officeId: string;
  ancestorIds: readonly string[];
  year: number;
}): Promise<TAppliedRequirements[]> => {
  if (!report.ancestorIds.length) return [];
  const [rows, supervises] = await Promise.all([
    listLocalRequirements(report.ancestorIds, report.year),
    hasChildOffices(report.officeId),
  ]);
  const kind: TOfficeKind = supervises ? "government" : "department";
  return report.ancestorIds
    .toReversed()
    .flatMap((id) => rows.filter((row) => row.officeId === id))
    .map((row) => ({ officeName: row.officeName, requirements: row.requirements, kind }));
};

/**
 * `appliedRequirementsFor` for many offices at once (the 审核台): one query for every office above them.
 * `offices` is the whole tree (lib/db listOffices).
 */
export const appliedRequirementsByOffice = async (
  officeIds: readonly string[],
  year: number,
  offices: readonly TOffice[],
): Promise<Map<string, TAppliedRequirements[]>> => {
  const ancestors = new Map(officeIds.map((id) => [id, ancestorIdsIn(id, offices)]));
  const rows = await listLocalRequirements([...new Set([...ancestors.values()].flat())], year);
  return new Map(
    officeIds.map((id) => {
      const kind = officeKind(id, offices);
      const applied = (ancestors.get(id) ?? [])
        .toReversed()
        .flatMap((a) => rows.filter((row) => row.officeId === a))
        .map((row) => ({ officeName: row.officeName, requirements: row.requirements, kind }));
      return [id, applied];
    }),
  );
};

/** One office whose requirements the user may set, with what it has set for the year (null: nothing yet). */
export interface TRequirementsRow {
  officeId: string;
  officeName: string;
  requirements: TLocalRequirements | null;
  updatedBy: string | null;
  /** ISO 8601. */
  updatedAt: string | null;
}

export interface TRequirementsPage {
  year: number;
  offices: TRequirementsRow[];
  /** Every rule whose severity may be set: id, title and default severity. */
  rules: { id: string; title: string; severity: string }[];
}

/**
 * The 本地要求 page: the offices where the user is 审核人 or 管理员 and that have offices below them, with their
 * requirements for `year`. Empty `offices` when there are none.
 */
export const loadRequirementsPageFor = async (
  user: TSessionUser,
  year: number,
): Promise<TRequirementsPage> => {
  const offices = await listOffices();
  const own = offices.filter(
    (o) => canSetLocalRequirements(user, o.id) && offices.some((child) => child.parentId === o.id),
  );
  const rows = await listLocalRequirements(
    own.map((o) => o.id),
    year,
  );
  return {
    year,
    offices: own.map((office) => {
      const row = rows.find((r) => r.officeId === office.id);
      return {
        officeId: office.id,
        officeName: office.name,
        requirements: row?.requirements ?? null,
        updatedBy: row?.updatedBy ?? null,
        updatedAt: row?.updatedAt.toISOString() ?? null,
      };
    }),
    rules: ALL_RULES.map((rule) => ({ id: rule.id, title: rule.title, severity: rule.severity })),
  };
};

const RULE_IDS = new Set(ALL_RULES.map((rule) => rule.id));

/**
 * Saves what an office requires of the offices below it for a year. Refuses (AppError) a user who is not its
 * 审核人 or 管理员 (NOT_FOUND for an office they cannot see, FORBIDDEN otherwise), data that does not fit the
 * schema or has problems (INVALID, every problem in `details.problems`, e.g. an invalid pattern) — the whole
 * set is checked before anything is written, and written in one statement.
 */
export const saveRequirementsFor = async (
  user: TSessionUser,
  officeId: string,
  year: number,
  body: unknown,
): Promise<void> => {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR)
    throw new AppError("INVALID", "年度无效。");
  if (!canSetLocalRequirements(user, officeId))
    throw new AppError("FORBIDDEN", "只有本机关的审核人或管理员可以设置本地要求。");
  const offices = await listOffices();
  if (!offices.some((o) => o.id === officeId)) throw new AppError("NOT_FOUND", "机关不存在。");
  const parsed = ZLocalRequirements.safeParse(body);
  if (!parsed.success) {
    const problems = formatSchemaIssues(parsed.error);
    throw new AppError("INVALID", `本地要求未保存：${problems[0] ?? "内容无效"}`, { problems });
  }
  const template = getTemplate(formatVersionForYear(year));
  const label = (id: string) => {
    const section = template.sections.find((s) => s.id === id);
    return section ? section.heading : id;
  };
  const problems = requirementProblems(parsed.data, year, RULE_IDS, label);
  if (problems.length)
    throw new AppError(
      "INVALID",
      `本地要求未保存：${problems[0]}${problems.length > 1 ? `（共 ${problems.length} 处问题）` : ""}`,
      {
        problems,
      },
    );
  await saveLocalRequirements(officeId, year, parsed.data, user.displayName);
};
