import "server-only";

import { z } from "zod";

import type { TSessionUser } from "@/lib/db/users";
import { findReportByOfficeYear, type TStoredReport } from "@/lib/db/reports";
import {
  addComment,
  changeReportStatus,
  recordReportEvent,
  resolveComment,
  StaleStatusError,
  type TExplanation,
} from "@/lib/db/workflow";
import { AppError } from "@/lib/errors";
import { buildDocx } from "@/lib/export/docx";
import { buildHtml } from "@/lib/export/html";
import { formatSchemaIssues, reportSubmissionSchema } from "@/lib/report/schema";
import { evaluateReport } from "@/lib/rules/evaluate";
import { findingKey as warningKey } from "@/lib/rules/warning-key";
import { getTemplate } from "@/lib/template";
import { findTransition, type TActorKind, type TReportStatus, type TWorkflowAction } from "@/lib/workflow/transitions";

import { loadReportFor } from "./report-access";

/** What the user is to this report: its office's 填报人, and/or a 审核人 of its office or one above. */
export const actorKindsFor = (user: TSessionUser, report: Pick<TStoredReport, "officeId" | "ancestorIds">): TActorKind[] => {
  const kinds: TActorKind[] = [];
  if (user.memberships.some((m) => m.role === "FILLER" && m.officeId === report.officeId)) kinds.push("filler");
  const overseen = [report.officeId, ...report.ancestorIds];
  if (user.memberships.some((m) => m.role === "REVIEWER" && overseen.includes(m.officeId))) kinds.push("reviewer");
  return kinds;
};


export const ZWorkflowRequest = z.discriminatedUnion("action", [
  z.object({ action: z.literal("submit"), explanations: z.record(z.string(), z.string().max(2000)).default({}) }),
  z.object({ action: z.literal("return"), comment: z.string().trim().min(1, { error: "请写明退回意见" }).max(5000) }),
  z.object({ action: z.literal("approve") }),
  z.object({ action: z.literal("publish") }),
  z.object({ action: z.literal("correct"), note: z.string().trim().min(1, { error: "请写明更正说明" }).max(5000) }),
  z.object({ action: z.literal("comment"), target: z.string().max(200), body: z.string().trim().min(1, { error: "批注不能为空" }).max(5000) }),
  z.object({ action: z.literal("resolve-comment"), commentId: z.uuid() }),
  z.object({ action: z.literal("accept-warning"), key: z.string().max(500), reason: z.string().trim().min(1, { error: "请写明接受理由" }).max(2000) }),
]);
export type TWorkflowRequest = z.infer<typeof ZWorkflowRequest>;

const actorOf = (user: TSessionUser) => ({ id: user.id, name: user.displayName });

const requireRole = (kinds: TActorKind[], kind: TActorKind, what: string) => {
  if (!kinds.includes(kind)) throw new AppError("FORBIDDEN", kind === "filler" ? `只有本机关的填报人可以${what}。` : `只有审核人可以${what}。`);
};

const transition = async (
  user: TSessionUser,
  report: TStoredReport,
  action: TWorkflowAction,
  detail: Record<string, unknown> = {},
  extra: { correctionNote?: string | null; publish?: boolean } = {},
) => {
  const check = findTransition(action, report.status as TReportStatus, actorKindsFor(user, report));
  if (!check.ok) throw new AppError(check.reason.startsWith("只有") ? "FORBIDDEN" : "CONFLICT", check.reason);
  const template = getTemplate(report.document.formatVersion);
  const publication = extra.publish
    ? { document: report.document, docx: await buildDocx(template, report.document), html: buildHtml(template, report.document) }
    : undefined;
  try {
    await changeReportStatus(
      { id: report.id, from: report.status, to: check.transition.to, action, actor: actorOf(user), detail, correctionNote: extra.correctionNote },
      publication,
    );
  } catch (error) {
    if (error instanceof StaleStatusError) throw new AppError("CONFLICT", error.message);
    throw error;
  }
  return check.transition.to;
};

/** Submitting: refused while the rules find errors; every warning needs a written explanation. */
const submit = async (user: TSessionUser, report: TStoredReport, explanations: Record<string, string>) => {
  requireRole(actorKindsFor(user, report), "filler", "提交审核");
  const strict = reportSubmissionSchema(getTemplate(report.document.formatVersion)).safeParse(report.document);
  const lastYear = await findReportByOfficeYear(report.officeId, report.year - 1);
  const findings = evaluateReport(report.document, { lastYear: lastYear?.document });
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length || !strict.success) {
    const problems = [...errors.map((f) => f.message), ...(strict.success ? [] : formatSchemaIssues(strict.error))];
    throw new AppError("INVALID", `年报还有 ${problems.length} 个错误，改正后才能提交。`, { problems: problems.slice(0, 50) });
  }
  const warnings = findings.filter((f) => f.severity === "warning");
  const missing = warnings.filter((f) => !explanations[warningKey(f)]?.trim());
  if (missing.length) {
    throw new AppError("INVALID", `有 ${missing.length} 个警告需要写明说明后才能提交。`, { warnings: missing.map((f) => ({ key: warningKey(f), message: f.message })) });
  }
  const written: TExplanation[] = warnings.map((f) => ({ key: warningKey(f), ruleId: f.ruleId, message: f.message, explanation: explanations[warningKey(f)]?.trim() ?? "" }));
  return transition(user, report, "submit", { explanations: written, document: report.document });
};

const validTarget = (report: TStoredReport, target: string): boolean => {
  const template = getTemplate(report.document.formatVersion);
  const [kind, id] = target.split(":");
  if (kind === "cell") return Boolean(id && template.cellById.has(id));
  if (kind === "section") return id === "details" || template.sections.some((s) => s.id === id);
  return false;
};

/** Runs one workflow request for a user; permission and status are checked here, on the server, every time. */
export const runWorkflowAction = async (user: TSessionUser, reportId: string, body: unknown): Promise<{ status: string }> => {
  const parsed = ZWorkflowRequest.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "请求无效。", formatSchemaIssues(parsed.error));
  const request = parsed.data;
  const report = await loadReportFor(user, reportId, "view");
  const kinds = actorKindsFor(user, report);
  switch (request.action) {
    case "submit":
      return { status: await submit(user, report, request.explanations) };
    case "return":
      return { status: await transition(user, report, "return", { comment: request.comment }) };
    case "approve":
      return { status: await transition(user, report, "approve") };
    case "publish":
      return { status: await transition(user, report, "publish", {}, { publish: true }) };
    case "correct":
      return { status: await transition(user, report, "correct", { note: request.note }, { correctionNote: request.note }) };
    case "comment":
      requireRole(kinds, "reviewer", "批注");
      if (report.status === "PUBLISHED") throw new AppError("CONFLICT", "已发布的年报不能再批注。");
      if (!validTarget(report, request.target)) throw new AppError("INVALID", `批注位置无效：${request.target}`);
      await addComment(report.id, request.target, request.body, actorOf(user));
      return { status: report.status };
    case "resolve-comment":
      requireRole(kinds, "filler", "处理批注");
      if (!(await resolveComment(report.id, request.commentId, actorOf(user)))) throw new AppError("NOT_FOUND", "批注不存在或已处理。");
      return { status: report.status };
    case "accept-warning":
      requireRole(kinds, "reviewer", "接受警告");
      await recordReportEvent(report.id, "accept-warning", actorOf(user), { key: request.key, reason: request.reason });
      return { status: report.status };
  }
};
