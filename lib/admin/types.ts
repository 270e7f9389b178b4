import type { TRole } from "@/lib/auth/types";

/** A user as the 管理 page lists them, with every role they hold (`id` of a role: to remove it). */
export interface TAdminUser {
  id: string;
  username: string;
  displayName: string;
  /** 已停用: cannot sign in. */
  disabled: boolean;
  memberships: { id: string; officeId: string; officeName: string; role: TRole }[];
}
