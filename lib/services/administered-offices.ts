import "server-only";

import { isAdmin, officesUserMayAdminister } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listOffices } from "@/lib/db/offices";
import { AppError } from "@/lib/errors";
import type { TOfficeNode } from "@/lib/offices/types";

/** The offices the user may administer (lib/auth/office-scopes.ts), by name; empty for a non-管理员. */
export const loadAdministeredOffices = async (user: TSessionUser): Promise<TOfficeNode[]> =>
  isAdmin(user) ? officesUserMayAdminister(user, await listOffices()) : [];

/**
 * For every 管理 operation: the ids of the offices the user administers, or FORBIDDEN with `denied` (the
 * operation's own refusal) when there are none.
 */
export const requireAdministeredOfficeIds = async (
  user: TSessionUser,
  denied: string,
): Promise<Set<string>> => {
  const ids = new Set((await loadAdministeredOffices(user)).map((office) => office.id));
  if (!ids.size) throw new AppError("FORBIDDEN", denied);
  return ids;
};
