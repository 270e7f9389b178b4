import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { listReportEvents } from "@/lib/db/workflow";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { appErrorCode, createTestUser } from "@/lib/testing/service-fixtures";
import { summarizeEvent } from "@/lib/workflow/event-summary";

import { listDeletedDraftsFor, restoreDraftFor } from "./deleted-drafts";
import { listReportsFor } from "./list-reports";
import { createReportFor } from "./report-drafts";
import { runWorkflowAction } from "./workflow";

// 已删除的草稿 on 我的年报 and 恢复 (D60).

describe.each(testDatabaseTargets())("deleted drafts on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let filler: TSessionUser;
  let reviewer: TSessionUser;
  let stranger: TSessionUser;

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const officeId = (await db.prisma.office.create({ data: { name: "删除测试局" } })).id;
    const otherId = (await db.prisma.office.create({ data: { name: "别的局" } })).id;
    filler = await createTestUser(db, "shanchu", officeId, "FILLER");
    reviewer = await createTestUser(db, "shenhe", officeId, "REVIEWER");
    stranger = await createTestUser(db, "bieren", otherId, "FILLER");
  }, 240_000);
  afterAll(async () => close?.());

  it("lists a deleted draft with who deleted it and when, to the office's 填报人 only", async () => {
    const { id } = await createReportFor(filler, filler.memberships[0]!.officeId, 2025);
    await runWorkflowAction(filler, id, { action: "delete" });
    const [row] = await listDeletedDraftsFor(filler);
    expect(row).toMatchObject({ id, officeName: "删除测试局", year: 2025, deletedBy: "shanchu" });
    expect(Number.isNaN(Date.parse(row!.deletedAt))).toBe(false);
    expect((await listReportsFor(filler)).map((r) => r.id)).not.toContain(id);
    expect(await listDeletedDraftsFor(reviewer)).toEqual([]);
    expect(await listDeletedDraftsFor(stranger)).toEqual([]);
  });

  it("restores it as it was, recording 恢复草稿; only the office's 填报人 may, and only once", async () => {
    const [row] = await listDeletedDraftsFor(filler);
    expect(await appErrorCode(restoreDraftFor(stranger, row!.id))).toBe("NOT_FOUND");
    expect(await appErrorCode(restoreDraftFor(reviewer, row!.id))).toBe("NOT_FOUND");
    expect(await appErrorCode(restoreDraftFor(filler, "not-an-id"))).toBe("NOT_FOUND");
    expect(await restoreDraftFor(filler, row!.id)).toEqual({ id: row!.id });
    expect(await listDeletedDraftsFor(filler)).toEqual([]);
    expect((await listReportsFor(filler)).map((r) => [r.id, r.status])).toContainEqual([row!.id, "DRAFT"]);
    const events = await listReportEvents(row!.id);
    expect(events.map((e) => e.event.action)).toEqual(["create", "delete", "restore"]);
    expect(summarizeEvent(events[2]!.event)).toBe("2025年度草稿已恢复");
    expect(await appErrorCode(restoreDraftFor(filler, row!.id))).toBe("NOT_FOUND");
  });

  it("no longer lists a deleted year once it is created again", async () => {
    const { id } = await createReportFor(filler, filler.memberships[0]!.officeId, 2024);
    await runWorkflowAction(filler, id, { action: "delete" });
    expect((await listDeletedDraftsFor(filler)).map((r) => r.year)).toEqual([2024]);
    await createReportFor(filler, filler.memberships[0]!.officeId, 2024);
    expect(await listDeletedDraftsFor(filler)).toEqual([]);
  });
});
