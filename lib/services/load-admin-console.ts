import "server-only";

import { isAdmin } from "@/lib/auth/office-scopes";
import type { TAdminUser } from "@/lib/admin/types";
import type { TSessionUser } from "@/lib/auth/types";
import { listUsersOfOffices } from "@/lib/db/admin";
import type { TOfficeNode } from "@/lib/offices/types";

import { loadAdministeredOffices } from "./administered-offices";

export interface TAdminConsole {
  /** False when the user is 管理员 nowhere; the lists are then empty. */
  isAdmin: boolean;
  offices: TOfficeNode[];
  users: TAdminUser[];
}

/**
 * The 管理 page: the offices the user administers (where they are 管理员, and below), the users with a role
 * in one of them, and the users with no role yet (so they can be given one); each user with all roles.
 */
export const loadAdminConsoleFor = async (user: TSessionUser): Promise<TAdminConsole> => {
  const offices = await loadAdministeredOffices(user);
  const users = offices.length ? await listUsersOfOffices(offices.map((o) => o.id)) : [];
  return { isAdmin: isAdmin(user), offices, users };
};
