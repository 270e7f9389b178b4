import "server-only";

import { isAdmin } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { getHealth, type THealth } from "@/lib/db/health";

/**
 * The health check (`/api/health`, for monitoring; no sign-in): the database kind in use and its applied
 * migrations, or `status: "error"` when the database cannot be reached (the cause is logged, not shown).
 * Where the database is (its host, or the data folder's path) is shown only to a signed-in 管理员: anyone
 * else learns nothing about the server's layout.
 */
export const checkHealth = async (viewer: TSessionUser | null): Promise<THealth> => {
  try {
    const health = await getHealth();
    if (viewer && isAdmin(viewer)) return health;
    return { ...health, database: health.database && { kind: health.database.kind } };
  } catch (error) {
    console.error("健康检查失败", error);
    return { status: "error", error: "数据库不可用", database: null, migrations: [] };
  }
};
