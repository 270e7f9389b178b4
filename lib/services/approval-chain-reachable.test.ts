import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { appErrorWithMessage, createTestUser, explanationsFor } from "@/lib/testing/service-fixtures";

import { saveApprovalChainFor } from "./approval-chains";
import { removeMembershipFor } from "./remove-membership";
import { setAccountDisabledFor } from "./manage-account";
import { runWorkflowAction } from "./workflow";

// An approval chain must be one that can be completed: it goes up the line of supervision, and every level
// has someone to approve it — when the chain is saved, and when a 管理员 takes a 审核人's role away while a
// report waits for that level (issue 16 tester: a report stuck at a level nobody could approve).

describe.each(testDatabaseTargets())("approval chains that can be completed, on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  const office: Record<"region" | "education" | "kindergarten", string> = {
    region: "",
    education: "",
    kindergarten: "",
  };
  const users: Record<string, TSessionUser> = {};
  const user = (name: string) => users[name] as TSessionUser;
  const chainOf = async (id: string) =>
    (await db.prisma.office.findUniqueOrThrow({ where: { id } })).approvalChain;

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    office.region = (await db.prisma.office.create({ data: { name: "区政府办" } })).id;
    office.education = (
      await db.prisma.office.create({ data: { name: "区教育局", parentId: office.region } })
    ).id;
    office.kindergarten = (
      await db.prisma.office.create({ data: { name: "区教育局幼教科", parentId: office.education } })
    ).id;
    users.guanli = await createTestUser(db, "guanli", office.region, "ADMIN");
    users.zhengfuban = await createTestUser(db, "zhengfuban", office.region, "REVIEWER");
    users.keshi = await createTestUser(db, "keshi", office.education, "REVIEWER");
    users.tianbao = await createTestUser(db, "tianbao", office.education, "FILLER");
  });

  afterAll(async () => {
    await close?.();
  });

  const save = (officeId: string, chain: unknown) =>
    appErrorWithMessage(saveApprovalChainFor(user("guanli"), officeId, { chain }));

  it("refuses a chain that goes back down to a lower office (a cycle), saving nothing", async () => {
    expect(
      await save(office.education, [
        { name: "政府办", officeId: office.region },
        { name: "科室复核", officeId: office.education },
      ]),
    ).toBe(
      "INVALID：审核流程未保存：第 2 级“科室复核”的审核机关区教育局是第 1 级“政府办”的审核机关区政府办的下级：审核须逐级向上，不能回到下级机关。",
    );
    expect(await chainOf(office.education)).toBeNull();
  });

  it("refuses a level whose office has no 审核人, or fewer 审核人 than the levels it holds", async () => {
    expect(await save(office.kindergarten, [{ name: "科室审核", officeId: office.kindergarten }])).toBe(
      "INVALID：审核流程未保存：第 1 级“科室审核”：区教育局幼教科还没有审核人，无人能通过；请先在“管理”中为其添加审核人。",
    );
    // One person approves at most one level per round: two levels of 区政府办 need two of its 审核人.
    expect(
      await save(office.education, [
        { name: "分管领导", officeId: office.region },
        { name: "政府办", officeId: office.region },
      ]),
    ).toBe(
      "INVALID：审核流程未保存：区政府办承担第 1 级“分管领导”、第 2 级“政府办”共 2 级审核，同一人在一轮中只能通过一级，须至少 2 位审核人，现有 1 位。",
    );
    expect(await chainOf(office.education)).toBeNull();
    expect(await chainOf(office.kindergarten)).toBeNull();
    // The same chains with the accounts in place are saved.
    expect(
      await save(office.education, [
        { name: "科室审核", officeId: office.education },
        { name: "政府办", officeId: office.region },
      ]),
    ).toBe("OK");
  });

  it("refuses to take away the last 审核人 of an office a report under review still waits for", async () => {
    const valid = demoPublishedReport("区教育局", 2025);
    const report = await db.prisma.report.create({
      data: { officeId: office.education, year: 2025, formatVersion: valid.formatVersion, data: valid },
    });
    const submit = await runWorkflowAction(user("tianbao"), report.id, {
      action: "submit",
      explanations: explanationsFor(valid),
    });
    expect(submit).toEqual({ status: "SUBMITTED" });
    expect(
      await runWorkflowAction(user("keshi"), report.id, { action: "approve", opinion: "已核对。" }),
    ).toEqual({ status: "SUBMITTED" });
    const roleOf = async (who: string) =>
      (await db.prisma.membership.findFirstOrThrow({ where: { userId: user(who).id } })).id;
    // 区政府办's only 审核人 is due at level 2: 停用 of the account is refused like removing the role (D63).
    expect(
      await appErrorWithMessage(
        setAccountDisabledFor(user("guanli"), { userId: user("zhengfuban").id, disabled: true }),
      ),
    ).toBe(
      "CONFLICT：这是本机关唯一的审核人，还有 1 份待审核的年报（区教育局 2025 年度）等待本机关这一级审核；停用后无人能通过。请先添加另一位审核人，或由审核人退回这些年报后再停用。",
    );
    expect(
      (await db.prisma.user.findUniqueOrThrow({ where: { id: user("zhengfuban").id } })).disabledAt,
    ).toBeNull();
    // 区政府办's only 审核人 is due at level 2: the removal is refused and the role kept.
    expect(await appErrorWithMessage(removeMembershipFor(user("guanli"), await roleOf("zhengfuban")))).toBe(
      "CONFLICT：这是本机关唯一的审核人，还有 1 份待审核的年报（区教育局 2025 年度）等待本机关这一级审核；移除后无人能通过。请先添加另一位审核人，或由审核人退回这些年报后再移除。",
    );
    expect(await db.prisma.membership.count({ where: { userId: user("zhengfuban").id } })).toBe(1);
    // 科室审核 is done for this round: its 审核人 may go.
    expect(await appErrorWithMessage(removeMembershipFor(user("guanli"), await roleOf("keshi")))).toBe("OK");
    // With a second 审核人 in 区政府办, the first may go; the second approves.
    users.zhengfuban2 = await createTestUser(db, "zhengfuban2", office.region, "REVIEWER");
    expect(await appErrorWithMessage(removeMembershipFor(user("guanli"), await roleOf("zhengfuban")))).toBe(
      "OK",
    );
    expect(
      await runWorkflowAction(user("zhengfuban2"), report.id, { action: "approve", opinion: "同意。" }),
    ).toEqual({ status: "APPROVED" });
  });
});
