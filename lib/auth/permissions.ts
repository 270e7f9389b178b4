import type { TApprovalLevel } from "@/lib/workflow/approval-chain";
import type { TActorKind } from "@/lib/workflow/transitions";

import type { TSessionUser } from "./types";

/**
 * Who may do what with one report, from the user's office roles. Pure, so it is tested as a matrix and used
 * the same way by every service. Which offices a user's lists cover is in ./office-scopes.ts.
 * - 填报人 (FILLER) edits the drafts of their own office.
 * - 审核人 (REVIEWER) sees the reports of their office and of every office below it.
 * - 管理员 (ADMIN) sees the reports of their office and below (and manages offices and users).
 */

export interface TReportScope {
  officeId: string;
  /** Parent, grandparent … of the report's office. */
  ancestorIds: readonly string[];
  status: string;
}

export const EDITABLE_STATUSES = ["DRAFT", "RETURNED"] as const;

const hasRole = (user: TSessionUser, officeId: string, roles: readonly string[]) =>
  user.memberships.some((m) => m.officeId === officeId && roles.includes(m.role));

export const canViewReport = (user: TSessionUser, scope: TReportScope): boolean =>
  user.memberships.some((m) => m.officeId === scope.officeId) ||
  scope.ancestorIds.some((id) => hasRole(user, id, ["REVIEWER", "ADMIN"]));

export const canEditReport = (user: TSessionUser, scope: TReportScope): boolean =>
  isFillerOf(user, scope.officeId) && (EDITABLE_STATUSES as readonly string[]).includes(scope.status);

/** Whether the user is a 填报人 of the office (and so may start and edit its reports). */
export const isFillerOf = (user: TSessionUser, officeId: string): boolean =>
  hasRole(user, officeId, ["FILLER"]);

/**
 * What the user is to a report in the workflow: its office's 填报人 ("filler"), and/or a 审核人 of its
 * office or of one above ("reviewer"). A 管理员 is neither. Rules of docs/workflow.md.
 */
export const actorKindsFor = (
  user: TSessionUser,
  report: Pick<TReportScope, "officeId" | "ancestorIds">,
): TActorKind[] => {
  const kinds: TActorKind[] = [];
  if (isFillerOf(user, report.officeId)) kinds.push("filler");
  if ([report.officeId, ...report.ancestorIds].some((id) => hasRole(user, id, ["REVIEWER"])))
    kinds.push("reviewer");
  return kinds;
};

/**
 * Whether the user may approve at this level of a report's approval chain (lib/workflow/approval-chain.ts):
 * a default level (`officeId` null) by any 审核人 of the report's office or above, as before; a configured
 * level only by a 审核人 of that level's office, which must be the report's office or one above it.
 */
export const canApproveLevel = (
  user: TSessionUser,
  report: Pick<TReportScope, "officeId" | "ancestorIds">,
  level: TApprovalLevel,
): boolean =>
  level.officeId === null
    ? actorKindsFor(user, report).includes("reviewer")
    : [report.officeId, ...report.ancestorIds].includes(level.officeId) &&
      hasRole(user, level.officeId, ["REVIEWER"]);

/**
 * Whether the user may set an office's approval chain: a 管理员 of the office or of one above it, or a
 * 审核人 of an office above it (the supervising office). An office's own 审核人 may not change how its own
 * reports are approved.
 */
export const canConfigureApprovalChain = (
  user: TSessionUser,
  office: { id: string; ancestorIds: readonly string[] },
): boolean =>
  [office.id, ...office.ancestorIds].some((id) => hasRole(user, id, ["ADMIN"])) ||
  office.ancestorIds.some((id) => hasRole(user, id, ["REVIEWER"]));

/**
 * Whether the user may set the 本地要求 an office imposes on the offices below it: its own 审核人 or 管理员
 * (the supervising office speaks for itself).
 */
export const canSetLocalRequirements = (user: TSessionUser, officeId: string): boolean =>
  hasRole(user, officeId, ["REVIEWER", "ADMIN"]);

/**
 * Whether the user may import published reports for an office in the batch import (issue 11 “many at once”):
 * a 审核人 of the office or of one above it, i.e. an office of the 审核人's subtree (./office-scopes.ts).
 */
export const canBatchImportFor = (
  user: TSessionUser,
  office: { id: string; ancestorIds: readonly string[] },
): boolean => [office.id, ...office.ancestorIds].some((id) => hasRole(user, id, ["REVIEWER"]));

/**
 * Whether the user may add or remove the names an office is printed under (its aliases): a 审核人 or 管理员 of
 * the office or of one above it.
 */
export const canEditOfficeAliases = (
  user: TSessionUser,
  office: { id: string; ancestorIds: readonly string[] },
): boolean => [office.id, ...office.ancestorIds].some((id) => hasRole(user, id, ["REVIEWER", "ADMIN"]));
