import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { AppError } from "@/lib/errors";

import { addMembershipFor } from "./add-membership";
import { changePasswordFor } from "./change-password";
import { createOfficeFor } from "./create-office";
import { createUserFor } from "./create-user";
import { removeMembershipFor } from "./remove-membership";

// 管理 actions answer every bad or racing request with a refusal (4xx), never an unexpected error (500).

/** "OK", or the AppError's code and message; anything else (a 500) fails the test by throwing. */
const outcome = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code} ${error.message}`;
    throw error;
  }
};

const UNKNOWN_ID = "00000000-0000-4000-8000-00000000dead";

describe.each(testDatabaseTargets())("管理 actions on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let admin: TSessionUser;
  let regionId = "";
  let userId = "";

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const region = await db.prisma.office.create({ data: { name: "区政府办" } });
    regionId = region.id;
    const created = await db.prisma.user.create({
      data: { username: "guanli", displayName: "管理员", passwordHash: "-" },
    });
    await db.prisma.membership.create({ data: { userId: created.id, officeId: region.id, role: "ADMIN" } });
    admin = {
      id: created.id,
      username: "guanli",
      displayName: "管理员",
      memberships: [{ officeId: region.id, officeName: "区政府办", role: "ADMIN" }],
    };
    userId = (
      await db.prisma.user.create({ data: { username: "xinren", displayName: "新人", passwordHash: "-" } })
    ).id;
  });

  afterAll(async () => {
    await close?.();
  });

  it("refuses a role for an unknown user id as NOT_FOUND, storing nothing", async () => {
    const before = await db.prisma.membership.count();
    expect(
      await outcome(addMembershipFor(admin, { userId: UNKNOWN_ID, officeId: regionId, role: "FILLER" })),
    ).toBe("NOT_FOUND 用户不存在，请刷新页面后重新选择。");
    expect(await db.prisma.membership.count()).toBe(before);
  });

  it("refuses the 管理员's own 管理员 role, keeping it (tester2: the only 管理员 locked 管理 for everyone)", async () => {
    const own = await db.prisma.membership.findFirstOrThrow({ where: { userId: admin.id, role: "ADMIN" } });
    expect(await outcome(removeMembershipFor(admin, own.id))).toBe(
      "INVALID 不能移除自己的管理员角色（移除后您将无法进入“管理”）。请由另一位管理员移除。",
    );
    expect(await db.prisma.membership.count({ where: { id: own.id } })).toBe(1);
  });

  it("gives a role once when two requests race, the other is a conflict", async () => {
    const input = { userId, officeId: regionId, role: "REVIEWER" };
    const results = await Promise.all([1, 2, 3].map(() => outcome(addMembershipFor(admin, input))));
    expect(results.sort()).toEqual([
      "CONFLICT 该用户在该机关已有此角色。",
      "CONFLICT 该用户在该机关已有此角色。",
      "OK",
    ]);
    const membership = await db.prisma.membership.findFirstOrThrow({ where: { userId, role: "REVIEWER" } });
    const removals = await Promise.all([1, 2].map(() => outcome(removeMembershipFor(admin, membership.id))));
    // The loser is refused either at the lookup (the role is gone already) or at the delete (removed meanwhile).
    const [refused, removed] = removals.sort();
    expect(removed).toBe("OK");
    expect(refused).toMatch(/^NOT_FOUND (角色已被移除。|角色不存在，或不在您管理的机关中。)$/);
  });

  it("creates an office or a user once when the same name races", async () => {
    const offices = await Promise.all(
      [1, 2, 3].map(() => outcome(createOfficeFor(admin, { name: "区民政局", parentId: regionId }))),
    );
    expect(offices.sort()).toEqual([
      "CONFLICT 机关“区民政局”已存在。",
      "CONFLICT 机关“区民政局”已存在。",
      "OK",
    ]);
    const users = await Promise.all(
      [1, 2, 3].map(() =>
        outcome(
          createUserFor(admin, {
            username: "mzj",
            displayName: "民政局填报人",
            password: "Minzheng2026",
          }),
        ),
      ),
    );
    expect(users.sort()).toEqual(["CONFLICT 用户名“mzj”已被使用。", "CONFLICT 用户名“mzj”已被使用。", "OK"]);
    // tester2: the same name in other letter case is the same name.
    expect(
      await outcome(
        createUserFor(admin, { username: "MZJ", displayName: "民政局填报人", password: "Minzheng2026" }),
      ),
    ).toBe("CONFLICT 用户名“MZJ”已被使用。");
  });

  it("refuses weak initial and new passwords with a Chinese reason", async () => {
    const create = (username: string, password: string) =>
      outcome(createUserFor(admin, { username, displayName: "测试用户", password }));
    expect(await create("ceshi1", "aaaaaaa1")).toMatch(/^INVALID 密码太容易被猜到/);
    expect(await create("ceshi2", "ceshi2ceshi2")).toBe("INVALID 密码不能包含用户名");
    expect(await db.prisma.user.count({ where: { username: { in: ["ceshi1", "ceshi2"] } } })).toBe(0);
    expect(await create("ceshi3", "Zhiliang#2026")).toBe("OK");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "ceshi3" } });
    const self: TSessionUser = { id: user.id, username: "ceshi3", displayName: "测试用户", memberships: [] };
    const change = (next: string) =>
      outcome(changePasswordFor(self, { current: "Zhiliang#2026", next, confirm: next }, null));
    expect(await change("ceshi3ceshi3")).toBe("INVALID 密码不能包含用户名");
    expect(await change("Password123")).toMatch(/^INVALID 密码太容易被猜到/);
    expect(await change("Liangzhi#2027")).toBe("OK");
  });
});
