/**
 * The signed-in user as every layer above the database sees it. The database returns rows of this shape
 * (lib/db/users.ts, checked where lib/auth/session.ts hands them out); lib/db never imports this module.
 */

/** 填报人 (FILLER), 审核人 (REVIEWER), 管理员 (ADMIN); labels in lib/admin/schemas.ts (ROLE_LABELS). */
export type TRole = "FILLER" | "REVIEWER" | "ADMIN";

/** One role of a user in one office. */
export interface TMembership {
  officeId: string;
  officeName: string;
  role: TRole;
}

export interface TSessionUser {
  id: string;
  username: string;
  displayName: string;
  /** The password was set by a 管理员 (new account, or reset): pages send the person to 修改密码 first. */
  mustChangePassword?: boolean;
  memberships: TMembership[];
}
