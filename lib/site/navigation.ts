import { fillerOffices, isAdmin, isReviewer } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";

export interface TNavItem {
  href: string;
  label: string;
}

export const PRODUCT_NAME = "年报通";

export const MAIN_NAVIGATION: TNavItem[] = [
  { href: "/reports", label: "我的年报" },
  { href: "/review", label: "审核" },
  { href: "/admin", label: "管理" },
  // Public, no sign-in (app/gongkai).
  { href: "/gongkai", label: "年报专栏" },
];

/**
 * The header's entries for one user (null: signed out): 年报专栏 always; 我的年报 signed out (it leads to the
 * login page) and for everyone but a 审核人 or 管理员 who is 填报人 of no office (their work is on 审核 or 管理;
 * D58); 审核 only for a 审核人, 管理 only for a 管理员. Roles: lib/auth/office-scopes.ts.
 */
export const navigationFor = (user: TSessionUser | null): TNavItem[] =>
  MAIN_NAVIGATION.filter((item) => {
    if (item.href === "/review") return user !== null && isReviewer(user);
    if (item.href === "/admin") return user !== null && isAdmin(user);
    if (item.href === "/reports")
      return user === null || fillerOffices(user).length > 0 || (!isReviewer(user) && !isAdmin(user));
    return true;
  });

/**
 * The header entry a report's pages (editor, history, preview) belong to for this user: 我的年报 when they are
 * 填报人 of the report's office, 审核 when they see it as its 审核人 (they reach it from the 审核台).
 */
export const reportNavSection = (user: TSessionUser, officeId: string): "/reports" | "/review" =>
  !fillerOffices(user).some((office) => office.id === officeId) && isReviewer(user) ? "/review" : "/reports";

/**
 * Where a person lands after signing in without a `next` address: a 填报人 on 我的年报, a 审核人 (who fills
 * for no office) on the 审核台, a 管理员 with no other role on 管理; 我的年报 otherwise (and when unknown).
 */
export const landingPathFor = (user: TSessionUser | null): string => {
  if (!user || fillerOffices(user).length > 0) return "/reports";
  if (isReviewer(user)) return "/review";
  if (isAdmin(user)) return "/admin";
  return "/reports";
};

/** The entry of `items` the address `pathname` belongs to (the longest matching prefix), for highlighting. */
export const currentNavigation = (items: readonly TNavItem[], pathname: string): string[] =>
  items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)
    .slice(0, 1)
    .map((item) => item.href);
