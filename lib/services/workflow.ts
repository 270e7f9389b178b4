import "server-only";

import { actorKindsFor } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { addComment, addCommentReply, resolveComment } from "@/lib/db/comments";
import { getOfficeApprovalChain } from "@/lib/db/offices";
import { deleteDraftReport, type TStoredReport } from "@/lib/db/reports";
import { listReportEvents, recordReportEvent } from "@/lib/db/workflow";
import { AppError } from "@/lib/errors";
import { kickMailer } from "@/lib/mail/outbox";
import { formatSchemaIssues } from "@/lib/report/schema";
import { findingKey as warningKey } from "@/lib/rules/warning-key";
import { getTemplate } from "@/lib/template";
import { invalidCommentTargetMessage, isCommentTargetIn } from "@/lib/template/comment-target";
import { DEFAULT_APPROVAL_CHAIN } from "@/lib/workflow/approval-chain";
import type { TExplanation } from "@/lib/workflow/events";
import { ZWorkflowRequest, type TWorkflowResponse } from "@/lib/workflow/workflow-request";

import { loadReportFor } from "./report-access";
import { STALE_ROLLUP_KEY } from "@/lib/rollup/types";

import { describeStaleRollup } from "./rollup-compute";
import {
  actorOf,
  allowedTransition,
  approve,
  checkDocument,
  refuseProblems,
  requireRole,
  transition,
} from "./workflow-steps";

export { STALE_ROLLUP_KEY };

/**
 * Submitting: refused while the rules find errors (本地要求 included); every warning needs a written
 * explanation; a required 签批 needs the signer's name. Fixes the office's approval chain for the round.
 */
const submit = async (
  user: TSessionUser,
  report: TStoredReport,
  explanations: Record<string, string>,
  signOff: string,
) => {
  allowedTransition(user, report, "submit");
  // A roll-up behind its offices' reports goes forward only refreshed, or with a written reason (issue 16);
  // asked first: the errors of stale sums are moot until it is refreshed.
  const stale = await describeStaleRollup(report);
  if (stale && !explanations[STALE_ROLLUP_KEY]?.trim()) {
    throw new AppError("INVALID", `汇总已过期：${stale}。请先在汇总页刷新，或写明不刷新的理由后再提交。`, {
      warnings: [{ key: STALE_ROLLUP_KEY, message: `汇总已过期：${stale}` }],
    });
  }
  const [{ problems, warnings, local }, officeChain] = await Promise.all([
    checkDocument(report),
    getOfficeApprovalChain(report.officeId),
  ]);
  refuseProblems(problems, "提交");
  const missing = warnings.filter((f) => !explanations[warningKey(f)]?.trim());
  if (missing.length) {
    throw new AppError("INVALID", `有 ${missing.length} 个警告需要写明说明后才能提交。`, {
      warnings: missing.map((f) => ({ key: warningKey(f), message: f.message })),
    });
  }
  const signer = local.find((a) => a.requirements.signOff);
  if (signer && !signOff)
    throw new AppError("INVALID", `${signer.officeName}要求年报经单位负责人签批后报送，请填写签批人。`);
  const written: TExplanation[] = warnings.map((f) => ({
    key: warningKey(f),
    ruleId: f.ruleId,
    message: f.message,
    explanation: explanations[warningKey(f)]?.trim() ?? "",
  }));
  if (stale) {
    written.push({
      key: STALE_ROLLUP_KEY,
      ruleId: "汇总",
      message: `汇总已过期：${stale}`,
      explanation: explanations[STALE_ROLLUP_KEY]!.trim(),
    });
  }
  const chain = officeChain ?? DEFAULT_APPROVAL_CHAIN;
  return transition(
    user,
    report,
    {
      action: "submit",
      detail: { explanations: written, document: report.document, ...(signOff ? { signOff } : {}) },
    },
    { step: 0, chain },
  );
};

/**
 * 撤回: the 填报人 takes a submission back while the review has not started — no comment, no accepted
 * warning and no level of the approval chain approved since the last submission (a return or approval changes the status, which the transition refuses).
 */
const withdraw = async (user: TSessionUser, report: TStoredReport) => {
  allowedTransition(user, report, "withdraw");
  const events = await listReportEvents(report.id);
  const submittedAt = events.findLast((e) => e.event.action === "submit")?.createdAt ?? new Date(0);
  const reviewed = events.some(
    (e) =>
      e.createdAt >= submittedAt &&
      (e.event.action === "comment" || e.event.action === "accept-warning" || e.event.action === "approve"),
  );
  if (reviewed)
    throw new AppError(
      "CONFLICT",
      "审核人已开始审核（已有批注、接受警告或某一级已审核通过），不能撤回；请联系审核人退回。",
    );
  return transition(user, report, { action: "withdraw", detail: {} });
};

/** 删除草稿: the office's 填报人 deletes a draft that was never published; the history keeps it. */
const deleteDraft = async (user: TSessionUser, report: TStoredReport) => {
  requireRole(actorKindsFor(user, report), "filler", "删除草稿");
  if (report.status !== "DRAFT") throw new AppError("CONFLICT", "只有草稿可以删除；已提交的年报请先撤回。");
  const deleted = await deleteDraftReport({
    id: report.id,
    version: report.version,
    year: report.year,
    actor: actorOf(user),
  });
  if (!deleted)
    throw new AppError("CONFLICT", "年报已发布过（更正稿不能删除），或已被他人修改，未删除。请刷新后重试。");
  return "DELETED";
};

const validTarget = (report: TStoredReport, target: string): boolean =>
  isCommentTargetIn(getTemplate(report.document.formatVersion), target);

/** Runs one workflow request for a user; permission and status are checked here, on the server, every time. */
export const runWorkflowAction = async (
  user: TSessionUser,
  reportId: string,
  body: unknown,
): Promise<TWorkflowResponse> => {
  const parsed = ZWorkflowRequest.safeParse(body);
  if (!parsed.success)
    throw new AppError(
      "INVALID",
      parsed.error.issues[0]?.message ?? "请求无效。",
      formatSchemaIssues(parsed.error),
    );
  const request = parsed.data;
  const report = await loadReportFor(user, reportId, "view");
  const kinds = actorKindsFor(user, report);
  switch (request.action) {
    case "submit":
      return { status: await submit(user, report, request.explanations, request.signOff) };
    case "return":
      return {
        status: await transition(
          user,
          report,
          { action: "return", detail: { comment: request.comment } },
          { step: 0 },
        ),
      };
    case "approve":
      return { status: await approve(user, report, request.opinion || request.comment) };
    case "withdraw":
      return { status: await withdraw(user, report) };
    case "delete":
      return { status: await deleteDraft(user, report) };
    case "publish":
      return { status: await transition(user, report, { action: "publish", detail: {} }) };
    case "correct":
      return {
        status: await transition(
          user,
          report,
          { action: "correct", detail: { note: request.note } },
          { step: 0 },
        ),
      };
    case "comment":
      requireRole(kinds, "reviewer", "批注");
      if (report.status === "PUBLISHED") throw new AppError("CONFLICT", "已发布的年报不能再批注。");
      if (!validTarget(report, request.target))
        throw new AppError(
          "INVALID",
          invalidCommentTargetMessage(getTemplate(report.document.formatVersion), request.target),
        );
      await addComment(report.id, request.target, request.body, actorOf(user));
      kickMailer();
      return { status: report.status };
    case "resolve-comment":
      requireRole(kinds, "filler", "处理批注");
      if (!(await resolveComment(report.id, request.commentId, actorOf(user))))
        throw new AppError("NOT_FOUND", "批注不存在或已处理。");
      return { status: report.status };
    case "reply-comment":
      if (!kinds.includes("filler")) requireRole(kinds, "reviewer", "回复批注");
      if (report.status === "PUBLISHED") throw new AppError("CONFLICT", "已发布的年报不能再回复批注。");
      if (!(await addCommentReply(report.id, request.commentId, request.body, actorOf(user))))
        throw new AppError("NOT_FOUND", "批注不存在。");
      kickMailer();
      return { status: report.status };
    case "accept-warning":
      requireRole(kinds, "reviewer", "接受警告");
      if (report.status === "PUBLISHED") throw new AppError("CONFLICT", "已发布的年报不能再接受警告。");
      await recordReportEvent(report.id, actorOf(user), {
        action: "accept-warning",
        detail: { key: request.key, reason: request.reason },
      });
      return { status: report.status };
  }
};
