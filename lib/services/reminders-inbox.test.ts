import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoDraftReport, demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { ZReportDocument } from "@/lib/report/schema";
import { countBySeverity, evaluateReport } from "@/lib/rules/evaluate";
import { findingKey } from "@/lib/rules/warning-key";
import { appErrorCode as codeOf, createTestUser, testSession } from "@/lib/testing/service-fixtures";
import { parseReviewBoardParams } from "@/lib/workflow/review-board-query";

import { downloadReportsZipFor } from "./download-reports";
import {
  countUnreadFor,
  ensureDeadlineMessagesFor,
  loadInboxFor,
  markReadFor,
  openMessageFor,
} from "./inbox";
import { panelCounts } from "@/components/report-editor/findings-order";
import { reportProgress } from "@/lib/rules/progress";

import { loadReviewBoardFor } from "./load-review-board";
import { sendRemindersFor } from "./send-reminders";
import { appliedRequirementsFor, saveRequirementsFor } from "./local-requirements";
import { runWorkflowAction } from "./workflow";

// 审核台 at scale, 催报 and 待办/消息 against a real database (PGlite, and PostgreSQL when TEST_DATABASE_URL is
// set): a region with a department tree, reports in every status, and the users who receive messages.

const YEAR = 2025;

describe.each(testDatabaseTargets())("审核台、催报与待办 on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let reviewer: TSessionUser;
  let otherReviewer: TSessionUser;
  let eduFiller: TSessionUser;
  let healthFiller: TSessionUser;
  type TOfficeName =
    | "区政府办"
    | "邻区政府办"
    | "区教育局"
    | "区卫健局"
    | "区财政局"
    | "区民政局"
    | "区水务局"
    | "区教育局幼教科"
    | "邻区教育局";
  const office = {} as Record<TOfficeName, string>;
  const report = {} as Record<"区教育局" | "区卫健局" | "区财政局" | "区民政局" | "邻区教育局", string>;

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const make = async (name: TOfficeName, parentId: string | null = null) =>
      (office[name] = (await db.prisma.office.create({ data: { name, parentId } })).id);
    await make("区政府办");
    await make("邻区政府办");
    for (const name of ["区教育局", "区卫健局", "区财政局", "区民政局", "区水务局"] as const)
      await make(name, office.区政府办);
    await make("区教育局幼教科", office.区教育局);
    await make("邻区教育局", office.邻区政府办);
    reviewer = await createTestUser(db, "shenhe", office.区政府办, "REVIEWER");
    otherReviewer = await createTestUser(db, "linqu", office.邻区政府办, "REVIEWER");
    eduFiller = await createTestUser(db, "jiaoyu", office.区教育局, "FILLER", "jiaoyu@example.test");
    healthFiller = await createTestUser(db, "weijian", office.区卫健局, "FILLER");
    await createTestUser(db, "weijian2", office.区卫健局, "FILLER");
    const published = demoPublishedReport("区财政局", YEAR);
    const create = async (
      name: "区卫健局" | "区财政局" | "区民政局" | "邻区教育局",
      status: "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED",
      data: unknown,
    ) =>
      (report[name] = (
        await db.prisma.report.create({
          data: {
            officeId: office[name],
            year: YEAR,
            formatVersion: published.formatVersion,
            status,
            data: data as object,
          },
        })
      ).id);
    await create("区卫健局", "DRAFT", demoDraftReport("区卫健局", YEAR));
    await create("区财政局", "APPROVED", published);
    await create("区民政局", "SUBMITTED", demoPublishedReport("区民政局", YEAR));
    await create("邻区教育局", "DRAFT", demoDraftReport("邻区教育局", YEAR));
  });

  afterAll(async () => {
    await close?.();
  });

  const board = (query: Record<string, string> = {}, today = new Date(Date.UTC(2026, 0, 10))) =>
    loadReviewBoardFor(reviewer, parseReviewBoardParams(query, YEAR), today);

  it("lists, filters, sorts and pages the overseen offices in the database, with findings counted per version", async () => {
    const all = await board();
    // 区政府办, its five departments and the 幼教科 below one of them; never the neighbouring region.
    expect(all.total).toBe(7);
    expect(all.overseen).toBe(7);
    expect(all.rows.map((r) => r.officeName)).not.toContain("邻区教育局");
    // D57: the board's 错误/警告 and 完整度 are the editor's figures for the same version — a draft with blanks,
    // whose blanks are 未填 (处), not errors.
    const draft = demoDraftReport("区卫健局", YEAR);
    const findings = evaluateReport(draft);
    const editor = panelCounts(findings);
    const header = reportProgress(draft, findings);
    expect(header.unfilled).toBeGreaterThan(0);
    expect(countBySeverity(findings).error).toBeGreaterThan(editor.error);
    const row = all.rows.find((r) => r.officeName === "区卫健局");
    expect(row?.counts).toEqual({ error: editor.error, warning: editor.warning });
    expect(row?.progress).toEqual({
      completeness: header.completeness,
      unfilled: header.unfilled,
      errors: header.errors,
    });
    expect(editor.blank).toBe(header.unfilled);
    expect(header.errors).toBe(editor.error);

    const none = await board({ status: "NONE" });
    expect(none.rows.map((r) => r.officeName).sort()).toEqual(
      ["区政府办", "区教育局", "区教育局幼教科", "区水务局"].sort(),
    );
    const submittedOrNone = await board({ status: "SUBMITTED,NONE" });
    expect(submittedOrNone.total).toBe(5);

    const withErrors = await board({ findings: "errors" });
    expect(withErrors.rows.every((r) => (r.counts?.error ?? 0) > 0)).toBe(true);
    // 区卫健局's draft has only blanks: 未填, not errors (D57).
    expect(withErrors.rows.map((r) => r.officeName)).not.toContain("区卫健局");
    expect((await board({ findings: "clean" })).rows.map((r) => r.officeName)).toContain("区财政局");

    // Sorted by status: 未创建 first ascending; offices without a report go last when sorting by errors.
    const byStatus = await board({ sort: "status" });
    expect(byStatus.rows.slice(0, 4).every((r) => r.status === null)).toBe(true);
    const byErrors = await board({ sort: "errors", dir: "desc" });
    expect(byErrors.rows[0]?.officeName).toBe("区卫健局");
    expect(byErrors.rows.slice(-4).every((r) => r.reportId === null)).toBe(true);

    // Pages of two, in name order, cover every office once; a page past the end is empty with the total.
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const result = await loadReviewBoardFor(reviewer, {
        ...parseReviewBoardParams({ page: String(page) }, YEAR),
        pageSize: 2,
      });
      seen.push(...result.rows.map((r) => r.officeName));
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const past = await loadReviewBoardFor(reviewer, {
      ...parseReviewBoardParams({ page: "9" }, YEAR),
      pageSize: 2,
    });
    expect(past.rows).toEqual([]);
    expect(past.total).toBe(7);

    expect((await board({ q: "教育" })).rows.map((r) => r.officeName).sort()).toEqual([
      "区教育局",
      "区教育局幼教科",
    ]);
  });

  it("filters by the deadline: 7 days before 1月31日 the departments not yet published are due soon, after it overdue", async () => {
    const soon = await board({ deadline: "soon" }, new Date(Date.UTC(2026, 0, 25)));
    // Departments only (3月31日 is far for 区政府办's own report).
    expect(soon.rows.map((r) => r.officeName)).not.toContain("区政府办");
    expect(soon.total).toBe(6);
    const overdue = await board({ deadline: "overdue" }, new Date(Date.UTC(2026, 1, 5)));
    expect(overdue.total).toBe(6);
    expect((await board({ deadline: "overdue" }, new Date(Date.UTC(2026, 0, 5)))).total).toBe(0);
  });

  it("recounts a report's findings after it changes", async () => {
    const before = (await board()).rows.find((r) => r.officeName === "区卫健局")!;
    const valid = demoPublishedReport("区卫健局", YEAR);
    await db.prisma.report.update({
      where: { id: report.区卫健局 },
      data: { data: valid, version: { increment: 1 } },
    });
    const after = (await board()).rows.find((r) => r.officeName === "区卫健局")!;
    expect(after.counts?.error).toBe(countBySeverity(evaluateReport(valid)).error);
    expect(after.counts).not.toEqual(before.counts);
  });

  it("催报 records who reminded whom when, and puts a to-do in each 填报人's inbox in the same transaction", async () => {
    // Outside the reviewer's scope: refused whole, nothing recorded.
    expect(
      await codeOf(
        sendRemindersFor(reviewer, { year: YEAR, officeIds: [office.区教育局, office.邻区教育局] }),
      ),
    ).toBe("FORBIDDEN");
    expect(await db.prisma.reminder.count()).toBe(0);
    expect(await codeOf(sendRemindersFor(eduFiller, { year: YEAR, officeIds: [office.区教育局] }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(sendRemindersFor(reviewer, { year: YEAR, officeIds: [] }))).toBe("INVALID");
    expect(
      await codeOf(
        sendRemindersFor(reviewer, { year: YEAR, officeIds: [office.区教育局], note: "字".repeat(201) }),
      ),
    ).toBe("INVALID");

    const result = await sendRemindersFor(reviewer, {
      year: YEAR,
      officeIds: [office.区教育局, office.区卫健局, office.区民政局, office.区水务局],
      note: "请于本周五前提交。",
    });
    expect(result.reminded).toBe(2);
    expect(result.recipients).toBe(3); // 教育局 1, 卫健局 2
    // 水务局 has no 填报人: not reminded, nothing recorded, so it does not show as reminded on the board.
    expect(result.withoutFiller).toEqual(["区水务局"]);
    expect(result.skipped).toEqual([{ name: "区民政局", status: "待审核" }]);
    expect(await db.prisma.reminder.count({ where: { officeId: office.区水务局 } })).toBe(0);
    expect((await board()).rows.find((r) => r.officeName === "区水务局")!.reminded).toBeNull();

    const reminders = await db.prisma.reminder.findMany({ where: { officeId: office.区教育局 } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      year: YEAR,
      sentById: reviewer.id,
      sentByName: "shenhe",
      note: "请于本周五前提交。",
    });
    const row = (await board()).rows.find((r) => r.officeName === "区教育局")!;
    expect(row.reminded).toMatchObject({ by: "shenhe", count: 1 });
    expect(Math.abs(Date.parse(row.reminded!.at) - Date.now())).toBeLessThan(60_000);

    const inbox = await loadInboxFor(eduFiller, { unreadOnly: false, page: 1 });
    expect(inbox.unread).toBe(1);
    expect(inbox.messages[0]).toMatchObject({
      kind: "remind",
      year: YEAR,
      officeId: office.区教育局,
      readAt: null,
    });
    expect(inbox.messages[0]?.title).toContain("区教育局 2025 年度");
    expect(inbox.messages[0]?.body).toContain("附言：请于本周五前提交。");
    // The filler with an address has an e-mail queued; the one without none.
    const queued = await db.prisma.message.findMany({
      where: { kind: "remind" },
      select: { userId: true, emailState: true },
    });
    expect(queued.find((m) => m.userId === eduFiller.id)?.emailState).toBe("pending");
    expect(queued.find((m) => m.userId === healthFiller.id)?.emailState).toBeNull();
    // The reviewer's own inbox gets nothing from sending.
    expect(await countUnreadFor(reviewer)).toBe(0);
  });

  it("opening a 催报 of an office that had not started leads to 我的年报 for the year, later to the report; only the owner may open it", async () => {
    const [message] = (await loadInboxFor(eduFiller, { unreadOnly: true, page: 1 })).messages;
    expect(await codeOf(openMessageFor(healthFiller, message!.id))).toBe("NOT_FOUND");
    expect(await codeOf(openMessageFor(eduFiller, "not-a-uuid"))).toBe("NOT_FOUND");
    expect(await openMessageFor(eduFiller, message!.id)).toBe(`/reports?year=${YEAR}`);
    expect(await countUnreadFor(eduFiller)).toBe(0);
    const created = await db.prisma.report.create({
      data: {
        officeId: office.区教育局,
        year: YEAR,
        formatVersion: 2021,
        data: demoDraftReport("区教育局", YEAR),
      },
    });
    expect(await openMessageFor(eduFiller, message!.id)).toBe(`/reports/${created.id}`);
    report.区教育局 = created.id;
  });

  it("退回, 审核通过, 发布 and comments reach the 填报人 with the change; a reply reaches the earlier commenter", async () => {
    const valid = demoPublishedReport("区民政局", YEAR);
    const civilFiller = await db.prisma.user.create({
      data: { username: "minzheng", displayName: "民政填报", passwordHash: "-" },
    });
    await db.prisma.membership.create({
      data: { userId: civilFiller.id, officeId: office.区民政局, role: "FILLER" },
    });
    const filler = testSession(civilFiller.id, "minzheng", office.区民政局, "FILLER");
    const kinds = async () =>
      (await db.prisma.message.findMany({ where: { userId: filler.id }, orderBy: { createdAt: "asc" } })).map(
        (m) => m.kind,
      );

    await runWorkflowAction(reviewer, report.区民政局, {
      action: "comment",
      target: "section:s1",
      body: "请补充总体情况。",
    });
    await runWorkflowAction(reviewer, report.区民政局, { action: "return", comment: "数字有误，请核对。" });
    expect(await kinds()).toEqual(["comment", "returned"]);
    const returned = await db.prisma.message.findFirstOrThrow({
      where: { userId: filler.id, kind: "returned" },
    });
    expect(returned.body).toContain("审核意见：数字有误，请核对。");
    expect(returned.reportId).toBe(report.区民政局);

    // A second reviewer's comment is a reply in the conversation: it reaches the first reviewer too.
    const second = await db.prisma.user.create({
      data: { username: "fuze", displayName: "分管", passwordHash: "-" },
    });
    await db.prisma.membership.create({
      data: { userId: second.id, officeId: office.区政府办, role: "REVIEWER" },
    });
    await runWorkflowAction(testSession(second.id, "fuze", office.区政府办, "REVIEWER"), report.区民政局, {
      action: "comment",
      target: "section:s1",
      body: "同意退回。",
    });
    const reply = await db.prisma.message.findFirstOrThrow({
      where: { userId: reviewer.id, kind: "comment" },
    });
    expect(reply.body).toBe("fuze：同意退回。");
    expect(await db.prisma.message.count({ where: { userId: second.id } })).toBe(0);
    expect(await kinds()).toEqual(["comment", "returned", "comment"]);

    const explanations = Object.fromEntries(
      evaluateReport(valid)
        .filter((f) => f.severity === "warning")
        .map((f) => [findingKey(f), "已核实。"]),
    );
    await runWorkflowAction(filler, report.区民政局, { action: "submit", explanations });
    await runWorkflowAction(reviewer, report.区民政局, { action: "approve" });
    await runWorkflowAction(reviewer, report.区民政局, { action: "publish" });
    expect((await kinds()).slice(3)).toEqual(["approved", "published"]);

    // A refused change writes no message (the transaction rolled back or never started).
    const before = await db.prisma.message.count();
    expect(await codeOf(runWorkflowAction(reviewer, report.区民政局, { action: "approve" }))).toBe(
      "CONFLICT",
    );
    expect(await db.prisma.message.count()).toBe(before);
  });

  it("期限临近 is written once at 7 days and once at 1 day, whatever the number of reads, and not after submission", async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 0, day, 4));
    const deadlineCount = () =>
      db.prisma.message.count({ where: { userId: healthFiller.id, kind: "deadline" } });
    expect(await ensureDeadlineMessagesFor(healthFiller, at(10))).toBe(0); // 21 days left
    expect(await ensureDeadlineMessagesFor(healthFiller, at(24))).toBe(1); // 7 days left
    await Promise.all([1, 2, 3].map(() => ensureDeadlineMessagesFor(healthFiller, at(26))));
    expect(await deadlineCount()).toBe(1);
    await Promise.all([1, 2, 3].map(() => ensureDeadlineMessagesFor(healthFiller, at(30))));
    expect(await deadlineCount()).toBe(2);
    const texts = await db.prisma.message.findMany({ where: { userId: healthFiller.id, kind: "deadline" } });
    expect(texts.map((m) => m.body).sort()).toEqual(
      [expect.stringContaining("仅剩 1 天"), expect.stringContaining("不足 7 天")].sort(),
    );
    expect(await ensureDeadlineMessagesFor(healthFiller, at(32))).toBe(0); // past the deadline
    // 区财政局 (已通过) has nothing left to do: no notice to its filler.
    const finance = await db.prisma.user.create({
      data: { username: "caizheng", displayName: "财政", passwordHash: "-" },
    });
    await db.prisma.membership.create({
      data: { userId: finance.id, officeId: office.区财政局, role: "FILLER" },
    });
    expect(
      await ensureDeadlineMessagesFor(testSession(finance.id, "caizheng", office.区财政局, "FILLER"), at(30)),
    ).toBe(0);
  });

  it("marks read one by one or all at once, only the user's own", async () => {
    const mine = (await loadInboxFor(healthFiller, { unreadOnly: true, page: 1 })).messages;
    expect(mine.length).toBeGreaterThan(1);
    expect(await markReadFor(eduFiller, [mine[0]!.id])).toBe(0);
    expect(await markReadFor(healthFiller, [mine[0]!.id])).toBe(1);
    expect((await loadInboxFor(healthFiller, { unreadOnly: true, page: 1 })).unread).toBe(mine.length - 1);
    expect(await codeOf(markReadFor(healthFiller, ["x"]))).toBe("INVALID");
    expect(await markReadFor(healthFiller, "all")).toBe(mine.length - 1);
    expect(await countUnreadFor(healthFiller)).toBe(0);
  });

  it("downloads the chosen approved and published reports as one zip, listing what it left out", async () => {
    const zipOf = async (officeIds: string[]) => {
      const result = await downloadReportsZipFor(reviewer, { year: YEAR, officeIds });
      return { result, zip: await JSZip.loadAsync(result.bytes) };
    };
    const { result, zip } = await zipOf([office.区财政局, office.区民政局, office.区水务局]);
    expect(result.count).toBe(2);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      [
        "区民政局2025年政府信息公开工作年度报告.docx",
        "区财政局2025年政府信息公开工作年度报告.docx",
        "清单.txt",
      ].sort(),
    );
    // The published one is the file frozen at publication, byte for byte.
    const frozen = await db.prisma.publication.findFirstOrThrow({ where: { reportId: report.区民政局 } });
    const inZip = await zip.file("区民政局2025年政府信息公开工作年度报告.docx")!.async("uint8array");
    expect(Buffer.from(inZip).equals(Buffer.from(frozen.docx))).toBe(true);
    const listing = await zip.file("清单.txt")!.async("string");
    expect(listing).toContain("未收入（没有已通过或已发布的年报）：区水务局");
    expect(listing).toContain("已通过（未发布，标“草稿”）");

    expect(await codeOf(downloadReportsZipFor(reviewer, { year: YEAR, officeIds: [office.区水务局] }))).toBe(
      "INVALID",
    );
    expect(
      await codeOf(downloadReportsZipFor(reviewer, { year: YEAR, officeIds: [office.邻区教育局] })),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(downloadReportsZipFor(otherReviewer, { year: YEAR, officeIds: [office.区财政局] })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(downloadReportsZipFor(eduFiller, { year: YEAR, officeIds: [office.区财政局] }))).toBe(
      "FORBIDDEN",
    );
  });

  it("a repeat 催报 within the window is skipped and named with its last 催报; two presses at once make one to-do", async () => {
    const remindersOf = (name: TOfficeName) =>
      db.prisma.reminder.count({ where: { officeId: office[name], year: YEAR } });
    const todosOf = (user: TSessionUser) =>
      db.prisma.message.count({ where: { userId: user.id, kind: "remind" } });
    const before = { reminders: await remindersOf("区教育局"), todos: await todosOf(eduFiller) };
    expect(before.reminders).toBeGreaterThan(0);
    const again = await sendRemindersFor(reviewer, { year: YEAR, officeIds: [office.区教育局] });
    expect(again.reminded).toBe(0);
    expect(again.recentlyReminded).toEqual([
      { name: "区教育局", by: "shenhe", at: expect.any(String), atText: expect.stringMatching(/^\d{4}年/) },
    ]);
    expect(await remindersOf("区教育局")).toBe(before.reminders);
    expect(await todosOf(eduFiller)).toBe(before.todos);

    // Past the window (the earlier 催报 moved back 25 hours): two presses at once, exactly one goes out.
    await db.prisma.reminder.updateMany({ data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const offices = [office.区教育局, office.区卫健局, office.区水务局];
    const [first, second] = await Promise.all([
      sendRemindersFor(reviewer, { year: YEAR, officeIds: offices }),
      sendRemindersFor(reviewer, { year: YEAR, officeIds: [...offices].reverse() }),
    ]);
    // 水务局 has no 填报人: neither press records a 催报 for it, both name it.
    expect(first!.reminded + second!.reminded).toBe(2);
    expect(first!.recentlyReminded.length + second!.recentlyReminded.length).toBe(2);
    expect([first!.withoutFiller, second!.withoutFiller]).toEqual([["区水务局"], ["区水务局"]]);
    expect(await remindersOf("区水务局")).toBe(0);
    expect(await remindersOf("区教育局")).toBe(before.reminders + 1);
    expect(await remindersOf("区卫健局")).toBe(before.reminders + 1);
    expect(await todosOf(eduFiller)).toBe(before.todos + 1);
  });

  it("the board's cached counts include 本地要求 findings, as the editor counts them, and follow a change of them", async () => {
    const countsOf = async (name: "区卫健局" | "区财政局") =>
      (await board()).rows.find((r) => r.officeName === name)!.counts;
    const documentOf = async (name: "区卫健局" | "区财政局") =>
      ZReportDocument.parse((await db.prisma.report.findUniqueOrThrow({ where: { id: report[name] } })).data);
    const before = await countsOf("区财政局");
    const plain = countBySeverity(evaluateReport(await documentOf("区财政局")));
    expect(before).toEqual({ error: plain.error, warning: plain.warning });
    // The region limits 总体情况 to 5 characters, as an error: one more error for its departments' reports.
    await saveRequirementsFor(reviewer, office.区政府办, YEAR, {
      sections: [{ sectionId: "s1", maxChars: 5, severity: "error" }],
    });
    const applied = await appliedRequirementsFor({
      officeId: office.区财政局,
      ancestorIds: [office.区政府办],
      year: YEAR,
    });
    const editor = countBySeverity(evaluateReport(await documentOf("区财政局"), { local: applied }));
    expect(editor.error).toBe(before!.error + 1);
    expect(await countsOf("区财政局")).toEqual({ error: editor.error, warning: editor.warning });
    // Lifted again: the counts go back.
    await saveRequirementsFor(reviewer, office.区政府办, YEAR, {});
    expect(await countsOf("区财政局")).toEqual(before);
  });
});
