import "server-only";

import { memberOfficeIds } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listOfficeOverview } from "@/lib/db/offices";
import type { TOfficeOverview } from "@/lib/offices/types";

/**
 * The home page's overview: every office where the user has a role (lib/auth/office-scopes.ts), with its
 * reports' years and statuses; 本级 offices first, then by name.
 */
export const loadOfficeOverviewFor = async (user: TSessionUser): Promise<TOfficeOverview[]> =>
  listOfficeOverview(memberOfficeIds(user));
