import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import type { TReportDocument } from "@/lib/report/schema";
import { appErrorWithMessage, createRegionWithOffice, explanationsFor } from "@/lib/testing/service-fixtures";

import { listReportsFor } from "./list-reports";
import { loadReportHistoryFor } from "./load-report-history";
import { listComments } from "@/lib/db/comments";
import { createReportFor } from "./report-drafts";
import { loadReportFor } from "./report-access";
import { runWorkflowAction } from "./workflow";

// Issue 15 §1 and §4: 撤回 before review, 删除草稿 kept in the history, years out of range refused, and the
// reviewer's diff against the version they returned.

describe.each(testDatabaseTargets())("undo and the review diff on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let filler: TSessionUser;
  let reviewer: TSessionUser;
  let officeId = "";
  const valid = demoPublishedReport("区教育局", 2025);

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    ({ officeId, filler, reviewer } = await createRegionWithOffice(db));
  });

  afterAll(async () => {
    await close?.();
  });

  const setData = (id: string, data: TReportDocument) =>
    db.prisma.report.update({ where: { id }, data: { data } });

  it("refuses a year outside the creatable range with a message", async () => {
    expect(await appErrorWithMessage(createReportFor(filler, officeId, 2018))).toMatch(
      /^INVALID：不能新建 2018 年度的年报：国家格式从 2019 年度起适用/,
    );
    expect(await appErrorWithMessage(createReportFor(filler, officeId, 2099))).toMatch(
      /^INVALID：不能新建 2099 年度的年报：该年度尚未开始/,
    );
  });

  it("撤回 works until the reviewer comments; the diff then compares with the version returned", async () => {
    const { id } = await createReportFor(filler, officeId, 2025);
    await setData(id, valid);
    const submit = () =>
      runWorkflowAction(filler, id, { action: "submit", explanations: explanationsFor(valid) });
    expect(await submit()).toEqual({ status: "SUBMITTED" });
    expect(await runWorkflowAction(filler, id, { action: "withdraw" })).toEqual({ status: "DRAFT" });
    expect(await submit()).toEqual({ status: "SUBMITTED" });
    await runWorkflowAction(reviewer, id, {
      action: "comment",
      target: "cell:t3.granted.natural_person",
      body: "应计入部分公开",
    });
    expect(await appErrorWithMessage(runWorkflowAction(filler, id, { action: "withdraw" }))).toMatch(
      /^CONFLICT：审核人已开始审核/,
    );
    expect(await runWorkflowAction(reviewer, id, { action: "return", comment: "请按批注修改" })).toEqual({
      status: "RETURNED",
    });
    expect(await appErrorWithMessage(runWorkflowAction(filler, id, { action: "delete" }))).toMatch(
      /^CONFLICT：只有草稿可以删除/,
    );

    const fixed = {
      ...valid,
      cells: { ...valid.cells, "t3.granted.natural_person": 2, "t3.partial.natural_person": 1 },
    };
    await setData(id, fixed);
    const [asked] = await listComments(id);
    await runWorkflowAction(filler, id, {
      action: "reply-comment",
      commentId: asked!.id,
      body: "已改为部分公开 1 件",
    });
    expect(
      await runWorkflowAction(filler, id, { action: "submit", explanations: explanationsFor(fixed) }),
    ).toEqual({ status: "SUBMITTED" });

    // The resubmission itself is not the baseline: the reviewer sees what changed since they returned it.
    const history = await loadReportHistoryFor(reviewer, id);
    expect(history.baseline?.reviewed).toMatchObject({ label: "退回", comment: "请按批注修改" });
    const s3 = history.sections?.find((s) => s.step === "s3");
    expect(s3?.changes.map((c) => [c.what, c.before, c.after, c.comments.map((k) => k.body)])).toEqual([
      ["表三“（一）予以公开”自然人", "3", "2", ["应计入部分公开"]],
      ["表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”自然人", "0", "1", []],
    ]);
    // The 填报人's reply stands next to the change that answers the comment (D60).
    expect(s3?.changes[0]?.comments[0]?.replies).toEqual([
      { body: "已改为部分公开 1 件", authorName: filler.displayName },
    ]);
    expect(await runWorkflowAction(reviewer, id, { action: "approve", comment: "已核对" })).toEqual({
      status: "APPROVED",
    });
    const approved = await loadReportHistoryFor(reviewer, id);
    expect(approved.baseline?.reviewed).toMatchObject({ label: "审核通过", comment: "已核对" });
    expect(approved.sections).toEqual([]);
  });

  it("删除草稿 hides the draft, keeps its history, and a new report of the year continues it", async () => {
    const { id } = await createReportFor(filler, officeId, 2024);
    expect(await runWorkflowAction(filler, id, { action: "delete" })).toEqual({ status: "DELETED" });
    expect((await listReportsFor(filler)).map((r) => r.year)).not.toContain(2024);
    expect(await appErrorWithMessage(loadReportFor(filler, id, "view"))).toMatch(/^NOT_FOUND/);
    expect(await appErrorWithMessage(runWorkflowAction(filler, id, { action: "delete" }))).toMatch(
      /^NOT_FOUND/,
    );
    const again = await createReportFor(filler, officeId, 2024);
    expect(again.id).toBe(id);
    const actions = (await loadReportHistoryFor(filler, id)).events.map((e) => e.event.action);
    expect(actions).toEqual(["create", "delete", "create"]);
    expect(await appErrorWithMessage(runWorkflowAction(reviewer, id, { action: "delete" }))).toMatch(
      /^FORBIDDEN/,
    );
  });
});
