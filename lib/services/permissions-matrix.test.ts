import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase, type TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import type { TSessionUser } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { testDatabaseTargets } from "@/lib/db/test-databases";

import { loadReportFor } from "./report-access";
import { saveDraftFor } from "./report-drafts";
import { runWorkflowAction } from "./workflow";

// Every role × office relation × action, run against the server-side services the routes call.
const slot = globalThis as typeof globalThis & { __nianbaotongDb?: Promise<TDatabase> };

type TActionName = "view" | "export" | "edit" | "submit" | "return" | "approve" | "publish" | "comment";

/** Status the report must be in for the action to make sense; the matrix then only tests who may do it. */
const STATUS_FOR: Record<TActionName, "DRAFT" | "SUBMITTED" | "APPROVED"> = {
  view: "DRAFT",
  export: "DRAFT",
  edit: "DRAFT",
  submit: "DRAFT",
  return: "SUBMITTED",
  approve: "SUBMITTED",
  publish: "APPROVED",
  comment: "SUBMITTED",
};

const ALL: TActionName[] = ["view", "export", "edit", "submit", "return", "approve", "publish", "comment"];

describe.each(testDatabaseTargets().slice(0, 1))("permission matrix on $name", (target) => {
  let db: TDatabase;
  let dispose: () => Promise<void>;
  let reportId = "";
  const offices: Record<string, string> = {};
  const user = (role: "FILLER" | "REVIEWER" | "ADMIN", office: string): TSessionUser => ({
    id: "00000000-0000-4000-8000-000000000001",
    username: `${role}-${office}`,
    displayName: `${role}@${office}`,
    memberships: [{ officeId: offices[office] ?? "", officeName: office, role }],
  });

  beforeAll(async () => {
    const created = await target.create();
    dispose = created.dispose;
    db = await openDatabase(created.config);
    slot.__nianbaotongDb = Promise.resolve(db);
    const region = await db.prisma.office.create({ data: { name: "区政府办" } });
    const other = await db.prisma.office.create({ data: { name: "邻区政府办" } });
    offices.region = region.id;
    offices.other = other.id;
    offices.education = (await db.prisma.office.create({ data: { name: "区教育局", parentId: region.id } })).id;
    offices.health = (await db.prisma.office.create({ data: { name: "区卫健局", parentId: region.id } })).id;
    const report = await db.prisma.report.create({
      data: { officeId: offices.education, year: 2025, formatVersion: 2021, data: demoPublishedReport("区教育局", 2025) },
    });
    reportId = report.id;
  });

  afterAll(async () => {
    slot.__nianbaotongDb = undefined;
    await db?.close();
    await dispose?.();
  });

  const attempt = async (actor: TSessionUser, action: TActionName): Promise<string> => {
    await db.prisma.report.update({ where: { id: reportId }, data: { status: STATUS_FOR[action] } });
    const current = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    try {
      if (action === "view" || action === "export") await loadReportFor(actor, reportId, "view");
      else if (action === "edit") await saveDraftFor(actor, reportId, { baseVersion: current.version, document: current.data });
      else if (action === "return") await runWorkflowAction(actor, reportId, { action, comment: "请修改" });
      else if (action === "comment") await runWorkflowAction(actor, reportId, { action, target: "section:s1", body: "请补充" });
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

  it("填报人 of the report's own office: view, export, edit, submit", async () => {
    await sequential(user("FILLER", "education"), ["view", "export", "edit", "submit"], "FORBIDDEN");
  });

  it("填报人 of another office: not found, for everything", async () => {
    await sequential(user("FILLER", "health"), [], "NOT_FOUND");
  });

  it("审核人 of the office above: view, export, return, approve, publish, comment", async () => {
    await sequential(user("REVIEWER", "region"), ["view", "export", "return", "approve", "publish", "comment"], "FORBIDDEN");
  });

  it("审核人 of the report's own office: the same review rights", async () => {
    await sequential(user("REVIEWER", "education"), ["view", "export", "return", "approve", "publish", "comment"], "FORBIDDEN");
  });

  it("审核人 of an unrelated office: not found", async () => {
    await sequential(user("REVIEWER", "other"), [], "NOT_FOUND");
  });

  it("管理员 of the office above: may look, not act", async () => {
    await sequential(user("ADMIN", "region"), ["view", "export"], "FORBIDDEN");
  });

  it("keeps a 填报人 out of a report under review (read-only) and refuses to submit with errors", async () => {
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "SUBMITTED" } });
    const current = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    await expect(saveDraftFor(user("FILLER", "education"), reportId, { baseVersion: current.version, document: current.data })).rejects.toMatchObject({ code: "READ_ONLY" });
    const broken = { ...(current.data as object), cells: { ...(current.data as { cells: object }).cells, "t3.carried_forward.natural_person": 9 } };
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "DRAFT", data: broken } });
    await expect(runWorkflowAction(user("FILLER", "education"), reportId, { action: "submit" })).rejects.toMatchObject({ code: "INVALID" });
    await db.prisma.report.update({ where: { id: reportId }, data: { data: current.data as object } });
  });

  it("asks for a written explanation of every warning before submitting, and keeps it for the reviewer", async () => {
    const current = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    const data = current.data as { narrative: Record<string, string> };
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "DRAFT", data: { ...data, narrative: { ...data.narrative, s6: "无。" } } } });
    const filler = user("FILLER", "education");
    const refusal = await runWorkflowAction(filler, reportId, { action: "submit" }).catch((e: AppError) => e);
    expect(refusal).toMatchObject({ code: "INVALID", message: "有 1 个警告需要写明说明后才能提交。" });
    const key = (refusal as AppError & { details: { warnings: { key: string }[] } }).details.warnings[0]?.key ?? "";
    expect(key).toBe("C-03|s6");
    await expect(runWorkflowAction(filler, reportId, { action: "submit", explanations: { [key]: "本年度未收到收费申请，无需说明。" } })).resolves.toEqual({ status: "SUBMITTED" });
    const event = await db.prisma.reportEvent.findFirstOrThrow({ where: { reportId, action: "submit" }, orderBy: { createdAt: "desc" } });
    expect((event.detail as { explanations: unknown[] }).explanations).toEqual([
      expect.objectContaining({ key: "C-03|s6", explanation: "本年度未收到收费申请，无需说明。" }),
    ]);
  });
});
