import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import { listComments } from "@/lib/db/comments";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import {
  appErrorWithMessage as codeOf,
  createRegionWithOffice,
  createTestUser,
  explanationsFor,
} from "@/lib/testing/service-fixtures";
import { getTemplate } from "@/lib/template";
import { summarizeEvent } from "@/lib/workflow/event-summary";

import { loadReportHistoryFor } from "./load-report-history";
import { createReportFor } from "./report-drafts";
import { runWorkflowAction } from "./workflow";

// Issue 15 (minor): the 填报人 can reply to a reviewer's comment; the thread is kept and in the history.

describe.each(testDatabaseTargets())("comment replies on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let filler: TSessionUser;
  let reviewer: TSessionUser;
  let stranger: TSessionUser;
  let officeId = "";
  const valid = demoPublishedReport("区教育局", 2025);

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const region = await createRegionWithOffice(db);
    ({ officeId, filler, reviewer } = region);
    const other = await db.prisma.office.create({ data: { name: "区卫健局", parentId: region.regionId } });
    stranger = await createTestUser(db, "weijian", other.id, "FILLER");
  });

  afterAll(async () => {
    await close?.();
  });

  it("the 填报人 and the 审核人 answer in the thread; others and unknown comments are refused", async () => {
    const { id } = await createReportFor(filler, officeId, 2025);
    await db.prisma.report.update({ where: { id }, data: { data: valid } });
    await runWorkflowAction(filler, id, { action: "submit", explanations: explanationsFor(valid) });
    await runWorkflowAction(reviewer, id, {
      action: "comment",
      target: "cell:t3.granted.natural_person",
      body: "应计入部分公开",
    });
    const [comment] = await listComments(id);
    const commentId = comment?.id ?? "";

    expect(
      await runWorkflowAction(filler, id, { action: "reply-comment", commentId, body: " 已核对原件 " }),
    ).toEqual({ status: "SUBMITTED" });
    await runWorkflowAction(reviewer, id, { action: "reply-comment", commentId, body: "请改为部分公开" });
    expect(
      await codeOf(runWorkflowAction(stranger, id, { action: "reply-comment", commentId, body: "?" })),
    ).toMatch(/^NOT_FOUND/);
    expect(
      await codeOf(
        runWorkflowAction(filler, id, {
          action: "reply-comment",
          commentId: "00000000-0000-4000-8000-000000000000",
          body: "?",
        }),
      ),
    ).toBe("NOT_FOUND：批注不存在。");
    expect(
      await codeOf(runWorkflowAction(filler, id, { action: "reply-comment", commentId, body: "  " })),
    ).toMatch(/^INVALID.*回复不能为空/);

    const [thread] = await listComments(id);
    expect(thread?.replies.map((r) => [r.authorName, r.body])).toEqual([
      ["tianbao", "已核对原件"],
      ["shenhe", "请改为部分公开"],
    ]);
    // A reply by the 填报人 is not a review act: the comment alone already blocks 撤回, and nothing else changed.
    const history = await loadReportHistoryFor(filler, id);
    const replies = history.events.filter((e) => e.event.action === "reply-comment");
    expect(
      replies.map((e) => summarizeEvent(e.event, getTemplate(valid.formatVersion), history.commentTargets)),
    ).toEqual([
      "已核对原件；回复表三“（一）予以公开”自然人的批注",
      "请改为部分公开；回复表三“（一）予以公开”自然人的批注",
    ]);
  });
});
