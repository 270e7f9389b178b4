import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { parseReviewBoardParams } from "@/lib/workflow/review-board-query";

import { saveApprovalChainFor } from "./approval-chains";
import { saveBatchItemFor } from "./import-batch";
import { addOfficeAliasFor } from "./office-aliases";

import { listReportsFor } from "./list-reports";
import { loadAdminConsoleFor } from "./load-admin-console";
import { loadOfficeOverviewFor } from "./load-office-overview";
import { loadPublishedFileFor } from "./load-published-file";
import { loadReportEditorFor } from "./load-report-editor";
import { loadReportHistoryFor } from "./load-report-history";
import { loadReviewBoardFor } from "./load-review-board";
import { loadReportFor } from "./report-access";
import { saveDraftFor } from "./report-drafts";
import { runWorkflowAction } from "./workflow";

// Every role × office relation × action, and what every list shows, run against the server-side services
// the pages and routes call.

type TActionName =
  "view" | "export" | "history" | "edit" | "submit" | "return" | "approve" | "publish" | "comment";

/** Status the report must be in for the action to make sense; the matrix then only tests who may do it. */
const STATUS_FOR: Record<TActionName, "DRAFT" | "SUBMITTED" | "APPROVED"> = {
  view: "DRAFT",
  export: "DRAFT",
  history: "DRAFT",
  edit: "DRAFT",
  submit: "DRAFT",
  return: "SUBMITTED",
  approve: "SUBMITTED",
  publish: "APPROVED",
  comment: "SUBMITTED",
};

const ALL: TActionName[] = [
  "view",
  "export",
  "history",
  "edit",
  "submit",
  "return",
  "approve",
  "publish",
  "comment",
];

describe.each(testDatabaseTargets().slice(0, 1))("permission matrix on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let reportId = "";
  const offices: Record<string, string> = {};
  // One id per role × office: the approval chain tells people apart (nobody approves two levels of a round).
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    if (!ids.has(key)) ids.set(key, `00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, "0")}`);
    return ids.get(key) ?? "";
  };
  const user = (role: "FILLER" | "REVIEWER" | "ADMIN", office: string): TSessionUser => ({
    id: idOf(`${role}-${office}`),
    username: `${role}-${office}`,
    displayName: `${role}@${office}`,
    memberships: [{ officeId: offices[office] ?? "", officeName: office, role }],
  });

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const region = await db.prisma.office.create({ data: { name: "区政府办" } });
    const other = await db.prisma.office.create({ data: { name: "邻区政府办" } });
    offices.region = region.id;
    offices.other = other.id;
    offices.education = (
      await db.prisma.office.create({ data: { name: "区教育局", parentId: region.id } })
    ).id;
    offices.health = (await db.prisma.office.create({ data: { name: "区卫健局", parentId: region.id } })).id;
    const report = await db.prisma.report.create({
      data: {
        officeId: offices.education,
        year: 2025,
        formatVersion: 2021,
        data: demoPublishedReport("区教育局", 2025),
      },
    });
    reportId = report.id;
    // More reports and users, for the lists: region 2024 (not the 审核台's year), the other region 2025.
    for (const [office, year] of [
      ["region", 2024],
      ["other", 2025],
    ] as const) {
      await db.prisma.report.create({
        data: {
          officeId: offices[office] ?? "",
          year,
          formatVersion: 2021,
          data: demoPublishedReport(office, year),
        },
      });
    }
    for (const [username, office, role] of [
      ["jiaoyu", "education", "FILLER"],
      ["linqu", "other", "REVIEWER"],
      ["xinren", null, null],
    ] as const) {
      const created = await db.prisma.user.create({
        data: { username, displayName: username, passwordHash: "-" },
      });
      if (office && role)
        await db.prisma.membership.create({
          data: { userId: created.id, officeId: offices[office] ?? "", role },
        });
    }
  });

  afterAll(async () => {
    await close?.();
  });

  const attempt = async (actor: TSessionUser, action: TActionName): Promise<string> => {
    await db.prisma.report.update({ where: { id: reportId }, data: { status: STATUS_FOR[action] } });
    const current = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    try {
      if (action === "view") await loadReportEditorFor(actor, reportId);
      else if (action === "export") await loadReportFor(actor, reportId, "view");
      else if (action === "history") await loadReportHistoryFor(actor, reportId);
      else if (action === "edit")
        await saveDraftFor(actor, reportId, { baseVersion: current.version, document: current.data });
      else if (action === "return") await runWorkflowAction(actor, reportId, { action, comment: "请修改" });
      else if (action === "comment")
        await runWorkflowAction(actor, reportId, { action, target: "section:s1", body: "请补充" });
      else await runWorkflowAction(actor, reportId, { action, explanations: {} });
      return "ok";
    } catch (error) {
      if (error instanceof AppError) return error.code;
      throw error;
    }
  };

  // Actions run one after another (each sets the status it needs).
  const sequential = async (actor: TSessionUser, allowed: TActionName[], refusal: string) => {
    const outcome: Record<string, string> = {};
    for (const action of ALL) outcome[action] = await attempt(actor, action);
    expect(outcome).toEqual(Object.fromEntries(ALL.map((a) => [a, allowed.includes(a) ? "ok" : refusal])));
  };

  it("批量导入 and 机关别名: a 审核人 for its subtree; aliases also by a 管理员 above; nobody else", async () => {
    const outcome = async (run: () => Promise<unknown>) =>
      run().then(
        () => "ok",
        (error: unknown) => (error instanceof AppError ? error.code : "thrown"),
      );
    const results: Record<string, [string, string]> = {};
    let year = 2020;
    for (const [role, office] of [
      ["REVIEWER", "region"],
      ["REVIEWER", "health"],
      ["REVIEWER", "education"],
      ["REVIEWER", "other"],
      ["ADMIN", "region"],
      ["FILLER", "health"],
    ] as const) {
      year += 1;
      const actor = user(role, office);
      const document = demoPublishedReport("区卫健局", year);
      results[`${role}@${office}`] = [
        await outcome(() => saveBatchItemFor(actor, { officeId: offices.health ?? "", document })),
        await outcome(() => addOfficeAliasFor(actor, offices.health ?? "", `卫健局别名${year}`)),
      ];
    }
    expect(results).toEqual({
      "REVIEWER@region": ["ok", "ok"],
      "REVIEWER@health": ["ok", "ok"],
      "REVIEWER@education": ["FORBIDDEN", "FORBIDDEN"],
      "REVIEWER@other": ["FORBIDDEN", "FORBIDDEN"],
      "ADMIN@region": ["FORBIDDEN", "ok"],
      "FILLER@health": ["FORBIDDEN", "FORBIDDEN"],
    });
    // The lists below count the fixture's reports only.
    await db.prisma.report.deleteMany({ where: { officeId: offices.health ?? "" } });
  });

  it("填报人 of the report's own office: view, export, history, edit, submit", async () => {
    await sequential(
      user("FILLER", "education"),
      ["view", "export", "history", "edit", "submit"],
      "FORBIDDEN",
    );
  });

  it("填报人 of another office: not found, for everything", async () => {
    await sequential(user("FILLER", "health"), [], "NOT_FOUND");
  });

  it("审核人 of the office above: view, export, history, return, approve, publish, comment", async () => {
    await sequential(
      user("REVIEWER", "region"),
      ["view", "export", "history", "return", "approve", "publish", "comment"],
      "FORBIDDEN",
    );
  });

  it("审核人 of the report's own office: the same review rights", async () => {
    await sequential(
      user("REVIEWER", "education"),
      ["view", "export", "history", "return", "approve", "publish", "comment"],
      "FORBIDDEN",
    );
  });

  it("审核人 of an unrelated office: not found", async () => {
    await sequential(user("REVIEWER", "other"), [], "NOT_FOUND");
  });

  it("管理员 of the office above: may look (view, export, history), not act", async () => {
    await sequential(user("ADMIN", "region"), ["view", "export", "history"], "FORBIDDEN");
  });

  it("keeps a 填报人 out of a report under review (read-only) and refuses to submit with errors", async () => {
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "SUBMITTED" } });
    const current = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    await expect(
      saveDraftFor(user("FILLER", "education"), reportId, {
        baseVersion: current.version,
        document: current.data,
      }),
    ).rejects.toMatchObject({ code: "READ_ONLY" });
    const broken = {
      ...(current.data as object),
      cells: { ...(current.data as { cells: object }).cells, "t3.carried_forward.natural_person": 9 },
    };
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "DRAFT", data: broken } });
    await expect(
      runWorkflowAction(user("FILLER", "education"), reportId, { action: "submit" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await db.prisma.report.update({ where: { id: reportId }, data: { data: current.data as object } });
  });

  it("asks for a written explanation of every warning before submitting, and keeps it for the reviewer", async () => {
    const current = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    const data = current.data as { narrative: Record<string, string> };
    // A 六 without a 信息处理费 statement (a bare “无” would only draw an info since issue 12).
    await db.prisma.report.update({
      where: { id: reportId },
      data: {
        status: "DRAFT",
        data: { ...data, narrative: { ...data.narrative, s6: "本单位已按要求落实年度政务公开工作要点。" } },
      },
    });
    const filler = user("FILLER", "education");
    const refusal = await runWorkflowAction(filler, reportId, { action: "submit" }).catch((e: AppError) => e);
    expect(refusal).toMatchObject({ code: "INVALID", message: "有 1 个警告需要写明说明后才能提交。" });
    const key =
      (refusal as AppError & { details: { warnings: { key: string }[] } }).details.warnings[0]?.key ?? "";
    expect(key).toBe("C-03|s6");
    await expect(
      runWorkflowAction(filler, reportId, {
        action: "submit",
        explanations: { [key]: "本年度未收到收费申请，无需说明。" },
      }),
    ).resolves.toEqual({ status: "SUBMITTED" });
    const event = await db.prisma.reportEvent.findFirstOrThrow({
      where: { reportId, action: "submit" },
      orderBy: { createdAt: "desc" },
    });
    expect((event.detail as { explanations: unknown[] }).explanations).toEqual([
      expect.objectContaining({ key: "C-03|s6", explanation: "本年度未收到收费申请，无需说明。" }),
    ]);
  });

  // What each list shows to each role × office: 我的年报, 审核台 (for 2025), the home page's offices and
  // the 管理 page (offices and users). Sorted, so the database's collation does not matter.
  const lists = async (actor: TSessionUser) => {
    const board = await loadReviewBoardFor(actor, parseReviewBoardParams({ size: "200" }, 2025));
    const admin = await loadAdminConsoleFor(actor);
    return {
      reports: (await listReportsFor(actor)).map((r) => `${r.officeName} ${r.year}`).sort(),
      reviewBoard: board.isReviewer
        ? board.rows.map((r) => (r.reportId ? `${r.officeName} 有年报` : r.officeName)).sort()
        : "不是审核人",
      overview: (await loadOfficeOverviewFor(actor))
        .map((o) => `${o.name}：${o.reports.map((r) => r.year).join("、")}`)
        .sort(),
      admin: admin.isAdmin
        ? {
            offices: admin.offices.map((o) => o.name).sort(),
            users: admin.users.map((u) => u.username).sort(),
          }
        : "不是管理员",
    };
  };

  it.each([
    {
      who: "填报人 of 区教育局",
      actor: ["FILLER", "education"],
      reports: ["区教育局 2025"],
      reviewBoard: "不是审核人",
      overview: ["区教育局：2025"],
      admin: "不是管理员",
    },
    {
      who: "填报人 of 区卫健局 (no report yet)",
      actor: ["FILLER", "health"],
      reports: [],
      reviewBoard: "不是审核人",
      overview: ["区卫健局："],
      admin: "不是管理员",
    },
    {
      who: "审核人 of 区政府办 (the office above)",
      actor: ["REVIEWER", "region"],
      reports: ["区政府办 2024"],
      reviewBoard: ["区卫健局", "区政府办", "区教育局 有年报"].sort(),
      overview: ["区政府办：2024"],
      admin: "不是管理员",
    },
    {
      who: "审核人 of 区教育局 (the report's own office)",
      actor: ["REVIEWER", "education"],
      reports: ["区教育局 2025"],
      reviewBoard: ["区教育局 有年报"],
      overview: ["区教育局：2025"],
      admin: "不是管理员",
    },
    {
      who: "审核人 of 邻区政府办 (unrelated)",
      actor: ["REVIEWER", "other"],
      reports: ["邻区政府办 2025"],
      reviewBoard: ["邻区政府办 有年报"],
      overview: ["邻区政府办：2025"],
      admin: "不是管理员",
    },
    {
      who: "管理员 of 区政府办",
      actor: ["ADMIN", "region"],
      reports: ["区政府办 2024"],
      reviewBoard: "不是审核人",
      overview: ["区政府办：2024"],
      admin: { offices: ["区卫健局", "区政府办", "区教育局"].sort(), users: ["jiaoyu", "xinren"] },
    },
    {
      who: "管理员 of 邻区政府办",
      actor: ["ADMIN", "other"],
      reports: ["邻区政府办 2025"],
      reviewBoard: "不是审核人",
      overview: ["邻区政府办：2025"],
      admin: { offices: ["邻区政府办"], users: ["linqu", "xinren"] },
    },
  ] as const)("lists for the $who", async ({ actor: [role, office], who, ...expected }) => {
    expect(await lists(user(role, office)), who).toEqual(expected);
  });

  // Multi-level approval: with the chain 科室审核 (区教育局) → 政府办 (区政府办), who may approve at each level,
  // return at each level and publish, and who may set the chain (lib/auth/permissions.ts).
  it("covers every level of a configured approval chain", async () => {
    const chain = [
      { name: "科室审核", officeId: offices.education ?? "" },
      { name: "政府办", officeId: offices.region ?? "" },
    ];
    const atStep = async (status: "SUBMITTED" | "APPROVED", step: number) => {
      const data = (await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } })).data as object;
      await db.prisma.report.update({
        where: { id: reportId },
        data: { status, approvalChain: chain, approvalStep: step, data },
      });
    };
    const outcome = async (run: () => Promise<unknown>) =>
      run().then(
        () => "ok",
        (error: unknown) => {
          if (error instanceof AppError) return error.code;
          throw error;
        },
      );
    const actors = {
      ownReviewer: user("REVIEWER", "education"),
      regionReviewer: user("REVIEWER", "region"),
      unrelatedReviewer: user("REVIEWER", "other"),
      ownFiller: user("FILLER", "education"),
      regionAdmin: user("ADMIN", "region"),
    };
    // A chain is saved only when each level has a 审核人 account (D63); the sessions above are synthetic.
    const accounts = await Promise.all(
      (["education", "region"] as const).map((office) =>
        db.prisma.user.create({
          data: {
            username: `chain-${office}`,
            displayName: office,
            passwordHash: "-",
            memberships: { create: { officeId: offices[office] ?? "", role: "REVIEWER" } },
          },
        }),
      ),
    );
    const table: Record<string, Record<string, string>> = {};
    for (const [who, actor] of Object.entries(actors)) {
      const row: Record<string, string> = {};
      for (const step of [0, 1]) {
        await atStep("SUBMITTED", step);
        row[`approve@${step + 1}`] = await outcome(() =>
          runWorkflowAction(actor, reportId, { action: "approve", opinion: "同意" }),
        );
        await atStep("SUBMITTED", step);
        row[`return@${step + 1}`] = await outcome(() =>
          runWorkflowAction(actor, reportId, { action: "return", comment: "请修改" }),
        );
      }
      await atStep("SUBMITTED", 1);
      row["publish@2"] = await outcome(() => runWorkflowAction(actor, reportId, { action: "publish" }));
      row.configure = await outcome(() => saveApprovalChainFor(actor, offices.education ?? "", { chain }));
      table[who] = row;
    }
    const rights = (approve1: string, approve2: string, returns: string, configure: string) => ({
      "approve@1": approve1,
      "return@1": returns,
      "approve@2": approve2,
      "return@2": returns,
      "publish@2": returns === "ok" ? "CONFLICT" : returns,
      configure,
    });
    expect(table).toEqual({
      ownReviewer: rights("ok", "FORBIDDEN", "ok", "NOT_FOUND"),
      regionReviewer: rights("FORBIDDEN", "ok", "ok", "ok"),
      unrelatedReviewer: rights("NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"),
      ownFiller: rights("FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND"),
      regionAdmin: rights("FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "ok"),
    });
    // Only after the last level is the report 已通过, and only then may it be published.
    await atStep("SUBMITTED", 1);
    await expect(
      runWorkflowAction(actors.regionReviewer, reportId, { action: "approve", opinion: "同意发布" }),
    ).resolves.toEqual({ status: "APPROVED" });
    await db.prisma.report.update({
      where: { id: reportId },
      data: { status: "DRAFT", approvalChain: Prisma.DbNull, approvalStep: 0 },
    });
    await db.prisma.office.update({
      where: { id: offices.education ?? "" },
      data: { approvalChain: Prisma.DbNull },
    });
    const ids = accounts.map((a) => a.id);
    await db.prisma.membership.deleteMany({ where: { userId: { in: ids } } });
    await db.prisma.user.deleteMany({ where: { id: { in: ids } } });
  });

  it("serves a published edition to everyone who may see the report, and to nobody else", async () => {
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "APPROVED" } });
    await runWorkflowAction(user("REVIEWER", "region"), reportId, { action: "publish" });
    const edition = (await db.prisma.publication.findFirstOrThrow({ where: { reportId } })).edition;
    const download = async (role: "FILLER" | "REVIEWER" | "ADMIN", office: string) =>
      loadPublishedFileFor(user(role, office), reportId, edition, "html").then(
        (file) => (typeof file.content === "string" && file.content.length > 0 ? "ok" : "empty"),
        (error: AppError) => error.code,
      );
    expect({
      ownFiller: await download("FILLER", "education"),
      otherFiller: await download("FILLER", "health"),
      reviewerAbove: await download("REVIEWER", "region"),
      unrelatedReviewer: await download("REVIEWER", "other"),
      adminAbove: await download("ADMIN", "region"),
    }).toEqual({
      ownFiller: "ok",
      otherFiller: "NOT_FOUND",
      reviewerAbove: "ok",
      unrelatedReviewer: "NOT_FOUND",
      adminAbove: "ok",
    });
    await expect(
      loadPublishedFileFor(user("FILLER", "education"), reportId, edition + 100, "docx"),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "该版次尚未发布。" });
  });
});
