import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { appErrorWithMessage as codeOf, createTestUser } from "@/lib/testing/service-fixtures";

import { editOfficeFor } from "./edit-office";

// Issue 15 (admin): 编辑 an office's name and parent, never under itself or below it, only within one's offices.

describe.each(testDatabaseTargets())("editing an office on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let admin: TSessionUser;
  let filler: TSessionUser;
  const ids = { region: "", edu: "", eduOffice: "", health: "", far: "" };

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const office = (name: string, parentId?: string) =>
      db.prisma.office.create({ data: { name, ...(parentId ? { parentId } : {}) } });
    ids.region = (await office("区政府办")).id;
    ids.edu = (await office("区教育局", ids.region)).id;
    ids.eduOffice = (await office("区教育局办公室", ids.edu)).id;
    ids.health = (await office("区卫健局", ids.region)).id;
    ids.far = (await office("邻区政府办")).id;
    admin = await createTestUser(db, "guanli", ids.region, "ADMIN");
    filler = await createTestUser(db, "tianbao", ids.edu, "FILLER");
  });

  afterAll(async () => {
    await close?.();
  });

  const parentOf = async (id: string) =>
    (await db.prisma.office.findUnique({ where: { id }, select: { parentId: true, name: true } }))!;

  it("renames an office and moves it under another office of the administrator's", async () => {
    expect(
      await editOfficeFor(admin, { officeId: ids.eduOffice, name: " 区教育局综合科 ", parentId: ids.health }),
    ).toEqual({ name: "区教育局综合科" });
    expect(await parentOf(ids.eduOffice)).toEqual({ parentId: ids.health, name: "区教育局综合科" });
  });

  it("refuses a move under the office itself or one of its descendants, in Chinese", async () => {
    await editOfficeFor(admin, { officeId: ids.eduOffice, name: "区教育局综合科", parentId: ids.edu });
    expect(
      await codeOf(editOfficeFor(admin, { officeId: ids.edu, name: "区教育局", parentId: ids.edu })),
    ).toBe("INVALID：机关不能作为自己的上级机关。");
    expect(
      await codeOf(editOfficeFor(admin, { officeId: ids.edu, name: "区教育局", parentId: ids.eduOffice })),
    ).toBe("INVALID：不能把机关移到它自己的下级机关之下。");
    expect(await parentOf(ids.edu)).toEqual({ parentId: ids.region, name: "区教育局" });
  });

  it("drops spaces, line breaks and zero-width characters inside a name, so a look-alike is the taken name", async () => {
    for (const name of ["区卫健 局", "区卫\u200b健局", "区卫健\n局", "区　卫健局"])
      expect(await codeOf(editOfficeFor(admin, { officeId: ids.edu, name, parentId: ids.region }))).toBe(
        "CONFLICT：机关“区卫健局”已存在。",
      );
    expect(
      await codeOf(editOfficeFor(admin, { officeId: ids.edu, name: " \u200b 区\n", parentId: ids.region })),
    ).toBe("INVALID：请填写机关全称");
    expect(await parentOf(ids.edu)).toEqual({ parentId: ids.region, name: "区教育局" });
  });

  it("refuses a taken name, an office or parent outside the administrator's, and a non-管理员", async () => {
    expect(
      await codeOf(editOfficeFor(admin, { officeId: ids.edu, name: "区卫健局", parentId: ids.region })),
    ).toBe("CONFLICT：机关“区卫健局”已存在。");
    expect(await codeOf(editOfficeFor(admin, { officeId: ids.far, name: "邻区", parentId: null }))).toBe(
      "FORBIDDEN：只能编辑您管理的机关。",
    );
    expect(
      await codeOf(editOfficeFor(admin, { officeId: ids.edu, name: "区教育局", parentId: ids.far })),
    ).toBe("FORBIDDEN：只能把机关移到您管理的机关之下。");
    expect(
      await codeOf(editOfficeFor(filler, { officeId: ids.edu, name: "区教育局", parentId: ids.region })),
    ).toBe("FORBIDDEN：只有管理员可以管理机关。");
    expect(await codeOf(editOfficeFor(admin, { officeId: ids.edu, name: "", parentId: ids.region }))).toMatch(
      /^INVALID：.*请填写机关全称/,
    );
  });
});
