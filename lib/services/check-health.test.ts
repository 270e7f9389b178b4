import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";

import { checkHealth } from "./check-health";

const member = (role: "FILLER" | "REVIEWER" | "ADMIN"): TSessionUser => ({
  id: "00000000-0000-4000-8000-000000000001",
  username: role.toLowerCase(),
  displayName: role,
  memberships: [{ officeId: "00000000-0000-4000-8000-000000000002", officeName: "区政府办", role }],
});

describe.each(testDatabaseTargets())("health check on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
  });

  afterAll(async () => {
    await close?.();
  });

  it("tells where the database is only to a signed-in 管理员", async () => {
    for (const viewer of [null, member("FILLER"), member("REVIEWER")]) {
      const health = await checkHealth(viewer);
      expect(health.status).toBe("ok");
      expect(health.database).toEqual({ kind: db.config.kind });
      // Neither the data folder's path nor the server's host appears anywhere in the answer.
      expect(JSON.stringify(health)).not.toContain(db.description);
      expect(health.migrations).toContain("20261130100000_login_throttle");
    }
    expect((await checkHealth(member("ADMIN"))).database).toEqual({
      kind: db.config.kind,
      description: db.description,
    });
  });
});
