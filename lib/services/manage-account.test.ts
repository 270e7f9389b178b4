import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { appErrorWithMessage as codeOf, createTestUser } from "@/lib/testing/service-fixtures";
import { createSessionRecord, findSessionUser, findUserForLogin } from "@/lib/db/users";

import { createUserFor } from "./create-user";
import { renameUserFor, resetPasswordFor, setAccountDisabledFor } from "./manage-account";

// Issue 15 (admin): 停用 ends sessions and stops sign-in; 重置密码 sets a temporary password to change first.

describe.each(testDatabaseTargets())("managing accounts on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let admin: TSessionUser;
  let filler: TSessionUser;
  let outsider = "";

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const region = await db.prisma.office.create({ data: { name: "区政府办" } });
    const office = await db.prisma.office.create({ data: { name: "区教育局", parentId: region.id } });
    const far = await db.prisma.office.create({ data: { name: "邻区政府办" } });
    admin = await createTestUser(db, "guanli", region.id, "ADMIN");
    filler = await createTestUser(db, "tianbao", office.id, "FILLER");
    outsider = (await createTestUser(db, "linqu", far.id, "FILLER")).id;
  });

  afterAll(async () => {
    await close?.();
  });

  it("停用 ends the sessions at once; 启用 lets the person sign in again", async () => {
    await createSessionRecord(filler.id, "token-a", new Date(Date.now() + 3600_000));
    expect((await findSessionUser("token-a"))?.username).toBe("tianbao");
    await setAccountDisabledFor(admin, { userId: filler.id, disabled: true });
    expect(await findSessionUser("token-a")).toBeNull();
    expect((await findUserForLogin("tianbao"))?.disabledAt).toBeInstanceOf(Date);
    // A session made in a race with the disabling is not honoured either.
    await createSessionRecord(filler.id, "token-b", new Date(Date.now() + 3600_000));
    expect(await findSessionUser("token-b")).toBeNull();
    await setAccountDisabledFor(admin, { userId: filler.id, disabled: false });
    expect((await findUserForLogin("tianbao"))?.disabledAt).toBeNull();
    expect((await findSessionUser("token-b"))?.username).toBe("tianbao");
  });

  it("重置密码 sets a checked temporary password, ends the sessions and asks for a change first", async () => {
    expect(await codeOf(resetPasswordFor(admin, { userId: filler.id, password: "tianbao123" }))).toMatch(
      /^INVALID：密码不能包含用户名/,
    );
    await createSessionRecord(filler.id, "token-c", new Date(Date.now() + 3600_000));
    await resetPasswordFor(admin, { userId: filler.id, password: "Linshi#8842" });
    expect(await findSessionUser("token-c")).toBeNull();
    const row = await findUserForLogin("tianbao");
    expect((await verifyPassword("Linshi#8842", row?.passwordHash ?? "")).ok).toBe(true);
    await createSessionRecord(filler.id, "token-d", new Date(Date.now() + 3600_000));
    expect((await findSessionUser("token-d"))?.mustChangePassword).toBe(true);
  });

  it("a new account must change its password first", async () => {
    const { id } = await createUserFor(admin, {
      username: "xinren",
      displayName: "新人",
      password: "Shuiliu#2026",
    });
    await createSessionRecord(id, "token-e", new Date(Date.now() + 3600_000));
    expect((await findSessionUser("token-e"))?.mustChangePassword).toBe(true);
  });

  it("refuses the 管理员's own account, accounts outside their offices and non-管理员", async () => {
    expect(await codeOf(setAccountDisabledFor(admin, { userId: admin.id, disabled: true }))).toBe(
      "INVALID：不能停用自己的账号。",
    );
    expect(await codeOf(setAccountDisabledFor(admin, { userId: outsider, disabled: true }))).toMatch(
      /^NOT_FOUND/,
    );
    expect(await codeOf(resetPasswordFor(filler, { userId: outsider, password: "Linshi#8842" }))).toMatch(
      /^FORBIDDEN/,
    );
  });

  it("修改姓名 renames an account of the 管理员's offices (their own too), checked and trimmed", async () => {
    expect(await renameUserFor(admin, { userId: filler.id, displayName: " 王填报 " })).toBe("王填报");
    expect((await db.prisma.user.findUnique({ where: { id: filler.id } }))?.displayName).toBe("王填报");
    expect(await renameUserFor(admin, { userId: admin.id, displayName: "李管理" })).toBe("李管理");
    // A line break or a zero-width character is never part of a name (tester of issue 15).
    expect(await renameUserFor(admin, { userId: filler.id, displayName: "王\n\u200b填报" })).toBe("王 填报");
    expect(await codeOf(renameUserFor(admin, { userId: filler.id, displayName: "王\u200b" }))).toBe(
      "INVALID：请填写姓名",
    );
    expect(await codeOf(renameUserFor(admin, { userId: filler.id, displayName: "王" }))).toBe(
      "INVALID：请填写姓名",
    );
    expect(await codeOf(renameUserFor(admin, { userId: outsider, displayName: "外人" }))).toMatch(
      /^NOT_FOUND/,
    );
    expect(await codeOf(renameUserFor(filler, { userId: filler.id, displayName: "自改名" }))).toMatch(
      /^FORBIDDEN/,
    );
  });
});
