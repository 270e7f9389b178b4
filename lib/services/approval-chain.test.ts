import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { Prisma } from "@/lib/db/generated/client";
import { listLocalRequirements } from "@/lib/db/local-requirements";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { AppError } from "@/lib/errors";
import type { TReportDocument } from "@/lib/report/schema";
import { evaluateReport } from "@/lib/rules/evaluate";
import { findingKey } from "@/lib/rules/warning-key";
import { summarizeEvent } from "@/lib/workflow/event-summary";
import { parseStoredEvent } from "@/lib/workflow/events";

import { saveApprovalChainFor } from "./approval-chains";
import { appliedRequirementsFor, saveRequirementsFor } from "./local-requirements";
import { loadWorkflowView } from "./workflow-view";
import { runWorkflowAction } from "./workflow";
import { loadReportFor } from "./report-access";

// Multi-level approval and 本地要求 through the services the pages and routes call, on every database.

const codeOf = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => "OK",
    (error: unknown) => {
      if (error instanceof AppError) return `${error.code} ${error.message}`;
      throw error;
    },
  );

describe.each(testDatabaseTargets())("approval chain and local requirements on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let reportId = "";
  const office: Record<"region" | "education" | "other", string> = { region: "", education: "", other: "" };
  const users: Record<string, TSessionUser> = {};
  const valid = demoPublishedReport("区教育局", 2025);
  const explanationsFor = (document: TReportDocument) =>
    Object.fromEntries(
      evaluateReport(document)
        .filter((f) => f.severity === "warning")
        .map((f) => [findingKey(f), "已核实。"]),
    );

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    office.region = (await db.prisma.office.create({ data: { name: "区政府办" } })).id;
    office.education = (
      await db.prisma.office.create({ data: { name: "区教育局", parentId: office.region } })
    ).id;
    office.other = (await db.prisma.office.create({ data: { name: "邻区政府办" } })).id;
    const make = async (
      username: string,
      where: keyof typeof office,
      role: "FILLER" | "REVIEWER" | "ADMIN",
    ) => {
      const user = await db.prisma.user.create({
        data: { username, displayName: username, passwordHash: "-" },
      });
      await db.prisma.membership.create({ data: { userId: user.id, officeId: office[where], role } });
      users[username] = {
        id: user.id,
        username,
        displayName: username,
        memberships: [{ officeId: office[where], officeName: where, role }],
      };
    };
    await make("tianbao", "education", "FILLER");
    await make("keshi", "education", "REVIEWER");
    await make("keshi2", "education", "REVIEWER");
    await make("zhengfuban", "region", "REVIEWER");
    await make("zhengfuban2", "region", "REVIEWER");
    await make("guanli", "region", "ADMIN");
    reportId = (
      await db.prisma.report.create({
        data: { officeId: office.education, year: 2025, formatVersion: valid.formatVersion, data: valid },
      })
    ).id;
  });

  afterAll(async () => {
    await close?.();
  });

  beforeEach(async () => {
    await db.prisma.report.update({
      where: { id: reportId },
      data: { status: "DRAFT", data: valid, approvalChain: Prisma.DbNull, approvalStep: 0 },
    });
    await db.prisma.office.update({
      where: { id: office.education },
      data: { approvalChain: Prisma.DbNull },
    });
    await db.prisma.localRequirement.deleteMany({});
  });

  const user = (name: string) => users[name] as TSessionUser;
  const submit = (extra: Record<string, unknown> = {}) =>
    runWorkflowAction(user("tianbao"), reportId, {
      action: "submit",
      explanations: explanationsFor(valid),
      ...extra,
    });
  const approve = (who: string, opinion = "同意。") =>
    runWorkflowAction(user(who), reportId, { action: "approve", opinion });
  const twoLevels = () => [
    { name: "科室审核", officeId: office.education },
    { name: "政府办", officeId: office.region },
  ];

  it("keeps the default single level: one 审核人 approves without an opinion", async () => {
    await submit();
    expect(await runWorkflowAction(user("zhengfuban"), reportId, { action: "approve" })).toEqual({
      status: "APPROVED",
    });
  });

  it("passes a report through two levels, each with its 审核意见, then allows publishing", async () => {
    await saveApprovalChainFor(user("guanli"), office.education, { chain: twoLevels() });
    await submit();
    expect(await codeOf(approve("zhengfuban"))).toBe(
      "FORBIDDEN 当前待第 1 级“科室审核”审核，只有区教育局的审核人可以通过。",
    );
    expect(await codeOf(approve("keshi", "  "))).toBe("INVALID 请填写审核意见。");
    expect(await approve("keshi", "数据已核对。")).toEqual({ status: "SUBMITTED" });
    expect(await codeOf(runWorkflowAction(user("zhengfuban"), reportId, { action: "publish" }))).toMatch(
      /^CONFLICT/,
    );
    // The view shows the chain and who may act now.
    const report = await loadReportFor(user("zhengfuban"), reportId, "view");
    const view = await loadWorkflowView(user("zhengfuban"), report);
    expect(view.approval.levels.map((l) => [l.name, l.state, l.opinion ?? ""])).toEqual([
      ["科室审核", "approved", "数据已核对。"],
      ["政府办", "current", ""],
    ]);
    expect(view.actions).toContain("approve");
    expect((await loadWorkflowView(user("keshi"), report)).actions).not.toContain("approve");
    expect(await approve("zhengfuban", "同意发布。")).toEqual({ status: "APPROVED" });
    expect(await runWorkflowAction(user("zhengfuban"), reportId, { action: "publish" })).toEqual({
      status: "PUBLISHED",
    });
    const approvals = (
      await db.prisma.reportEvent.findMany({
        where: { reportId, action: "approve" },
        orderBy: { createdAt: "asc" },
      })
    ).map((row) => summarizeEvent(parseStoredEvent(row.action, row.detail)));
    expect(approvals.slice(-2)).toEqual([
      "第 1 级“科室审核”通过；审核意见：数据已核对。",
      "第 2 级“政府办”通过；待审核 → 已通过；审核意见：同意发布。",
    ]);
    // The 填报人 hears of the first level as progress, and only the last level as 审核通过 (inbox and e-mail text).
    const messages = await db.prisma.message.findMany({
      where: { userId: user("tianbao").id, kind: { in: ["levelApproved", "approved"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(messages.slice(-2).map((m) => [m.kind, m.title.split("：")[0]])).toEqual([
      ["levelApproved", "年报第 1 级“科室审核”已通过，待第 2 级“政府办”审核"],
      ["approved", "年报审核通过"],
    ]);
    expect(messages.at(-2)!.body).not.toContain("审核通过");
  });

  it("lets any level return to the filler, and the next round starts at the first level", async () => {
    await saveApprovalChainFor(user("guanli"), office.education, { chain: twoLevels() });
    await submit();
    await approve("keshi");
    expect(
      await runWorkflowAction(user("zhengfuban"), reportId, { action: "return", comment: "请补充表三。" }),
    ).toEqual({ status: "RETURNED" });
    await submit();
    expect(await codeOf(approve("zhengfuban"))).toMatch(/^FORBIDDEN 当前待第 1 级/);
  });

  it("refuses the same person at two levels, and keeps the chain a report was submitted with", async () => {
    const regionTwice = [
      { name: "分管领导", officeId: office.region },
      { name: "政府办", officeId: office.region },
    ];
    await saveApprovalChainFor(user("guanli"), office.education, { chain: regionTwice });
    await submit();
    await approve("zhengfuban");
    // The office's chain changes while the report is under review: the round keeps its own.
    await saveApprovalChainFor(user("guanli"), office.education, { chain: null });
    expect(await codeOf(approve("zhengfuban"))).toBe(
      "FORBIDDEN 您已在本轮审核中通过了一级，同一人不能再通过第 2 级“政府办”。",
    );
    expect(await approve("zhengfuban2")).toEqual({ status: "APPROVED" });
  });

  it("lets only one of two reviewers approve the same level (compare-and-set)", async () => {
    await saveApprovalChainFor(user("guanli"), office.education, {
      chain: [
        { name: "政府办初审", officeId: office.region },
        { name: "政府办复审", officeId: office.region },
      ],
    });
    await submit();
    const outcomes = await Promise.all([codeOf(approve("zhengfuban")), codeOf(approve("zhengfuban2"))]);
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    expect(outcomes.filter((o) => o.startsWith("CONFLICT"))).toHaveLength(1);
    const stored = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect([stored.status, stored.approvalStep]).toEqual(["SUBMITTED", 1]);
  });

  it("refuses a chain with an office outside the line of supervision, or duplicate names, saving nothing", async () => {
    expect(
      await codeOf(
        saveApprovalChainFor(user("guanli"), office.education, {
          chain: [{ name: "外区", officeId: office.other }],
        }),
      ),
    ).toBe("INVALID 审核流程未保存：第 1 级“外区”的审核机关须是本机关或其上级机关。");
    expect(
      await codeOf(
        saveApprovalChainFor(user("guanli"), office.education, {
          chain: [
            { name: "审核", officeId: office.region },
            { name: "审核", officeId: office.education },
          ],
        }),
      ),
    ).toBe("INVALID 审核流程未保存：各级审核的名称不能重复");
    expect(await codeOf(saveApprovalChainFor(user("guanli"), office.education, { chain: [] }))).toBe(
      "INVALID 审核流程未保存：审核流程至少要有一级",
    );
    // A name one character too long is refused, not cut to 20 (issue 16).
    expect(
      await codeOf(
        saveApprovalChainFor(user("guanli"), office.education, {
          chain: [{ name: "审".repeat(21), officeId: office.region }],
        }),
      ),
    ).toBe("INVALID 审核流程未保存：审核级别的名称不能超过 20 个字");
    expect(
      (await db.prisma.office.findUniqueOrThrow({ where: { id: office.education } })).approvalChain,
    ).toBeNull();
  });

  it("refuses local requirements with an invalid pattern in Chinese and saves nothing of them", async () => {
    const requirements = {
      sections: [
        { sectionId: "s1", maxChars: 1000, patterns: [] },
        { sectionId: "s2", patterns: [{ pattern: "政策解读(\\d+篇", label: "写明政策解读数量" }] },
      ],
    };
    const refusal = await codeOf(saveRequirementsFor(user("zhengfuban"), office.region, 2025, requirements));
    expect(refusal).toMatch(
      /^INVALID 本地要求未保存：“二、主动公开政府信息情况”的内容要求“政策解读\(\\d\+篇”不是有效的匹配格式（正则表达式）/,
    );
    expect(await listLocalRequirements([office.region], 2025)).toEqual([]);
    expect(
      await codeOf(
        saveRequirementsFor(user("zhengfuban"), office.region, 2025, {
          deadlines: { department: { submit: "2026-01-20", publish: "2026-02-15" } },
        }),
      ),
    ).toBe(
      "INVALID 本地要求未保存：部门“公开发布”期限（2026年2月15日）晚于法定期限 2026年1月31日，本地要求只能更严。",
    );
    // Bounded numbers are refused in Chinese, never clamped (issue 16).
    for (const [maxChars, reason] of [
      [-5, "字数上限应大于 0"],
      [0, "字数上限应大于 0"],
      [1.5, "字数上限应为整数"],
      [100_001, "字数上限不能超过 100000 字"],
    ] as const) {
      const refused = await codeOf(
        saveRequirementsFor(user("zhengfuban"), office.region, 2025, {
          sections: [{ sectionId: "s1", maxChars, patterns: [] }],
        }),
      );
      expect(refused).toMatch(/^INVALID 本地要求未保存：/);
      expect(refused).toContain(reason);
    }
    expect(await listLocalRequirements([office.region], 2025)).toEqual([]);
    expect(await codeOf(saveRequirementsFor(user("keshi"), office.region, 2025, {}))).toBe(
      "FORBIDDEN 只有本机关的审核人或管理员可以设置本地要求。",
    );
  });

  it("applies the region's requirements to its department: a length limit blocks submission, a sign-off is asked for", async () => {
    await saveRequirementsFor(user("zhengfuban"), office.region, 2025, {
      sections: [{ sectionId: "s1", maxChars: 20, severity: "error" }],
      signOff: true,
    });
    const applied = await appliedRequirementsFor({
      officeId: office.education,
      ancestorIds: [office.region],
      year: 2025,
    });
    expect(applied.map((a) => [a.officeName, a.kind])).toEqual([["区政府办", "department"]]);
    expect(await appliedRequirementsFor({ officeId: office.region, ancestorIds: [], year: 2025 })).toEqual(
      [],
    );
    const refusal = await submit().catch((error: AppError) => error);
    expect(refusal).toMatchObject({ code: "INVALID" });
    expect((refusal as AppError & { details: { problems: string[] } }).details.problems).toContainEqual(
      expect.stringMatching(/^本地要求（区政府办）：“一、总体情况”不超过 20 字，现为 \d+ 字。$/),
    );
    await saveRequirementsFor(user("zhengfuban"), office.region, 2025, { signOff: true });
    expect(await codeOf(submit())).toBe("INVALID 区政府办要求年报经单位负责人签批后报送，请填写签批人。");
    expect(await submit({ signOff: "张局长" })).toEqual({ status: "SUBMITTED" });
    const event = await db.prisma.reportEvent.findFirstOrThrow({
      where: { reportId, action: "submit" },
      orderBy: { createdAt: "desc" },
    });
    expect(summarizeEvent(parseStoredEvent(event.action, event.detail))).toContain("签批人：张局长");
  });

  it("two reviewers approving the same level at once: exactly one succeeds, the chain and history stay whole", async () => {
    await saveApprovalChainFor(user("guanli"), office.education, { chain: twoLevels() });
    await submit();
    const state = () =>
      db.prisma.report.findUniqueOrThrow({
        where: { id: reportId },
        select: { status: true, approvalStep: true, version: true },
      });
    const submittedAt = (
      await db.prisma.reportEvent.findFirstOrThrow({
        where: { reportId, action: "submit" },
        orderBy: { createdAt: "desc" },
      })
    ).createdAt;
    const approvals = async () =>
      (
        await db.prisma.reportEvent.findMany({
          where: { reportId, action: "approve", createdAt: { gte: submittedAt } },
          orderBy: { createdAt: "asc" },
        })
      ).map((e) => [e.actor, (e.detail as { level?: number } | null)?.level]);
    const race = async (a: string, b: string, opinion: string) => {
      const outcomes = await Promise.all([codeOf(approve(a, opinion)), codeOf(approve(b, opinion))]);
      expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
      const refused = outcomes.find((o) => o !== "OK");
      expect(refused).toMatch(/^CONFLICT /);
      return outcomes[0] === "OK" ? a : b;
    };

    // Level 1 (科室审核), not the last: one approval moves the chain one step, the other is refused.
    const before = await state();
    const first = await race("keshi", "keshi2", "数据已核对。");
    expect(await state()).toEqual({ status: "SUBMITTED", approvalStep: 1, version: before.version + 1 });
    expect(await approvals()).toEqual([[first, 0]]);

    // Level 2 (政府办), the last: one approval makes it 已通过; no second event, no step past the chain.
    const first2 = await race("zhengfuban", "zhengfuban2", "同意发布。");
    expect(await state()).toEqual({ status: "APPROVED", approvalStep: 2, version: before.version + 2 });
    expect(await approvals()).toEqual([
      [first, 0],
      [first2, 1],
    ]);
    const report = await loadReportFor(user("zhengfuban"), reportId, "view");
    const view = await loadWorkflowView(user("zhengfuban"), report);
    expect(view.approval.levels.map((l) => l.state)).toEqual(["approved", "approved"]);
  });
});
