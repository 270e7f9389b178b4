import type { TRole, TSessionUser } from "./types";

/**
 * Which offices each of the user's lists covers (rules of docs/workflow.md, “角色与范围”). Pure: the
 * caller passes the office tree, so every rule is tested without a database.
 * - 我的年报 and the home page: every office where the user has a role.
 * - 审核台: the offices where the user is 审核人, and every office below them.
 * - 管理: the offices where the user is 管理员, and every office below them.
 */

/** An office in the tree: enough to walk from a parent to its children. */
export interface TOfficeTreeNode {
  id: string;
  parentId: string | null;
}

const officeIdsWithRole = (user: TSessionUser, role: TRole): string[] =>
  user.memberships.filter((m) => m.role === role).map((m) => m.officeId);

/**
 * The offices among `offices` that are one of `rootIds` or below one of them, in the order of `offices`.
 * Roots missing from `offices` are ignored; a cycle in the parent links cannot loop.
 */
export const withDescendants = <T extends TOfficeTreeNode>(
  rootIds: readonly string[],
  offices: readonly T[],
): T[] => {
  const inTree = new Set(rootIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const office of offices) {
      if (!inTree.has(office.id) && office.parentId && inTree.has(office.parentId)) {
        inTree.add(office.id);
        grew = true;
      }
    }
  }
  return offices.filter((office) => inTree.has(office.id));
};

/** Ids of the offices where the user has any role, each once, in membership order (我的年报, home page). */
export const memberOfficeIds = (user: TSessionUser): string[] => [
  ...new Set(user.memberships.map((m) => m.officeId)),
];

/** Offices where the user may start a report (they are its 填报人): `{ id, name }`, in membership order. */
export const fillerOffices = (user: TSessionUser): { id: string; name: string }[] =>
  user.memberships.filter((m) => m.role === "FILLER").map((m) => ({ id: m.officeId, name: m.officeName }));

/** Whether the user is 审核人 anywhere (the 审核台 is empty for everybody else). */
export const isReviewer = (user: TSessionUser): boolean => officeIdsWithRole(user, "REVIEWER").length > 0;

/** Whether the user is 管理员 anywhere (the 管理 page refuses everybody else). */
export const isAdmin = (user: TSessionUser): boolean => officeIdsWithRole(user, "ADMIN").length > 0;

/** The offices the user reviews: where they are 审核人, and every office below (审核台). */
export const officesUserReviews = <T extends TOfficeTreeNode>(
  user: TSessionUser,
  offices: readonly T[],
): T[] => withDescendants(officeIdsWithRole(user, "REVIEWER"), offices);

/** The offices the user may administer: where they are 管理员, and every office below (管理). */
export const officesUserMayAdminister = <T extends TOfficeTreeNode>(
  user: TSessionUser,
  offices: readonly T[],
): T[] => withDescendants(officeIdsWithRole(user, "ADMIN"), offices);

/**
 * Whether the user may make and refresh the 汇总 (roll-up) of `officeId`'s own report: they are 审核人 of
 * that very office (a supervising office sums the offices below it; issue 16, docs/rollup.md).
 */
export const mayRollUp = (user: TSessionUser, officeId: string): boolean =>
  officeIdsWithRole(user, "REVIEWER").includes(officeId);

/** The offices whose roll-up the user may make: where they are 审核人, `{ id, name }`. */
export const rollupOfficesOf = (user: TSessionUser): { id: string; name: string }[] =>
  user.memberships.filter((m) => m.role === "REVIEWER").map((m) => ({ id: m.officeId, name: m.officeName }));
/** Ids of the offices above `officeId` in `offices`, nearest first (parent, grandparent …); a cycle stops the walk. */
export const ancestorIdsIn = (officeId: string, offices: readonly TOfficeTreeNode[]): string[] => {
  const byId = new Map(offices.map((o) => [o.id, o]));
  const ancestors: string[] = [];
  let parentId = byId.get(officeId)?.parentId ?? null;
  while (parentId && parentId !== officeId && !ancestors.includes(parentId)) {
    ancestors.push(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return ancestors;
};
