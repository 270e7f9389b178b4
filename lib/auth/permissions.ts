import type { TSessionUser } from "@/lib/db/users";

/**
 * Who may do what with a report, from the user's office roles. Pure, so it is tested as a matrix and used
 * the same way by pages, route handlers and actions.
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
  hasRole(user, scope.officeId, ["FILLER"]) && (EDITABLE_STATUSES as readonly string[]).includes(scope.status);

/** Offices where the user can start a report. */
export const fillerOfficeIds = (user: TSessionUser): string[] =>
  user.memberships.filter((m) => m.role === "FILLER").map((m) => m.officeId);
