import "server-only";

import { actorKindsFor, canApproveLevel } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import { findReportByOfficeYear, getOfficeName, type TStoredReport } from "@/lib/db/reports";
import { changeReportStatus, listReportEvents, StaleStatusError } from "@/lib/db/workflow";
import { AppError, type TAppErrorCode } from "@/lib/errors";
import { buildPublicationFiles } from "@/lib/export/publication-files";
import { kickMailer } from "@/lib/mail/outbox";
import { formatSchemaIssues, reportSubmissionSchema } from "@/lib/report/schema";
import { evaluateReport } from "@/lib/rules/evaluate";
import { getTemplate } from "@/lib/template";
import {
  currentLevel,
  DEFAULT_APPROVAL_CHAIN,
  isDefaultChain,
  type TApprovalChain,
} from "@/lib/workflow/approval-chain";
import type { TTransitionEventInput } from "@/lib/workflow/events";
import {
  checkActor,
  findTransition,
  type TActorKind,
  type TWorkflowErrorCode,
} from "@/lib/workflow/transitions";

import { appliedRequirementsFor } from "./local-requirements";

/**
 * The steps of the report workflow that every action shares: who may take a transition, the document check
 * before 提交/审核通过/发布, the status change with its event (compare-and-set on the loaded version), and
 * 审核通过 at the current level of the approval chain. lib/services/workflow.ts runs the requests.
 */

/** The actor of an event: who, by id and display name. */
export const actorOf = (user: TSessionUser) => ({ id: user.id, name: user.displayName });

/** How a workflow refusal reaches the user: a missing role is forbidden, a wrong status a conflict. */
const REFUSAL_CODES: Record<TWorkflowErrorCode, TAppErrorCode> = {
  NOT_ALLOWED: "FORBIDDEN",
  WRONG_STATUS: "CONFLICT",
  UNKNOWN_ACTION: "INVALID",
};

/** FORBIDDEN unless the user acts as `kind` on the report (`what`: the action, for the message). */
export const requireRole = (kinds: TActorKind[], kind: TActorKind, what: string) => {
  const check = checkActor(kinds, kind, what);
  if (!check.ok) throw new AppError(REFUSAL_CODES[check.code], check.message);
};

/** The transition for the action, or the refusal (role first, then status: a wrong status is a 409). */
export const allowedTransition = (
  user: TSessionUser,
  report: TStoredReport,
  action: TTransitionEventInput["action"],
) => {
  const check = findTransition(action, report.status, actorKindsFor(user, report));
  if (!check.ok) throw new AppError(REFUSAL_CODES[check.code], check.message);
  return check.transition;
};

/**
 * The errors that keep a document from going forward (`problems`: the strict submission schema — every
 * count cell a number, template-spec §2 — and the rule engine's errors, with last year's report for
 * 上年结转), and the rule warnings that need a written explanation. `problems` is empty when the document may
 * be submitted, approved or published.
 */
export const checkDocument = async (report: TStoredReport) => {
  const strict = reportSubmissionSchema(getTemplate(report.document.formatVersion)).safeParse(
    report.document,
  );
  const [lastYear, local] = await Promise.all([
    findReportByOfficeYear(report.officeId, report.year - 1),
    appliedRequirementsFor(report),
  ]);
  const findings = evaluateReport(report.document, { lastYear: lastYear?.document, local });
  return {
    problems: [
      ...findings.filter((f) => f.severity === "error").map((f) => f.message),
      ...(strict.success ? [] : formatSchemaIssues(strict.error)),
    ],
    warnings: findings.filter((f) => f.severity === "warning"),
    local,
  };
};

/** INVALID naming how many errors keep the report from `verb` (提交, 审核通过, 发布), with up to 50 listed. */
export const refuseProblems = (problems: string[], verb: string) => {
  if (problems.length)
    throw new AppError("INVALID", `年报还有 ${problems.length} 个错误，改正后才能${verb}。`, {
      problems: problems.slice(0, 50),
    });
};

/**
 * Changes the status through the transition table and records the event; a publication freezes its files.
 * The change applies only to the version that was loaded and checked (see changeReportStatus); 审核通过 and
 * 发布 check the document again, so nothing unchecked goes forward whatever reached 待审核 before.
 */
export const transition = async (
  user: TSessionUser,
  report: TStoredReport,
  event: TTransitionEventInput,
  round: {
    to?: TStoredReport["status"];
    step: number;
    chain?: TApprovalChain;
    nextLevelName?: string;
  } | null = null,
) => {
  const allowed = allowedTransition(user, report, event.action);
  const to = round?.to ?? allowed.to;
  if (event.action === "approve" || event.action === "publish")
    refuseProblems((await checkDocument(report)).problems, allowed.label);
  const publication = event.action === "publish" ? await buildPublicationFiles(report.document) : undefined;
  try {
    await changeReportStatus(
      {
        id: report.id,
        version: report.version,
        from: report.status,
        to,
        event,
        actor: actorOf(user),
        correctionNote: event.action === "correct" ? event.detail.note : undefined,
        ...(round
          ? { approval: { step: round.step, chain: round.chain, nextLevelName: round.nextLevelName } }
          : {}),
      },
      publication,
    );
  } catch (error) {
    if (error instanceof StaleStatusError) throw new AppError("CONFLICT", error.message);
    throw error;
  }
  kickMailer(); // e-mail copies of the change's messages, after commit and in the background
  return to;
};

/**
 * 审核通过 at the current level of the report's approval chain (lib/workflow/approval-chain.ts): only a 审核人
 * of that level's office; a configured chain needs a written 审核意见 and a different person at each level.
 * Below the last level the report stays 待审核 and the next level is due; the last level makes it 已通过.
 */
export const approve = async (user: TSessionUser, report: TStoredReport, opinion: string) => {
  allowedTransition(user, report, "approve");
  const chain = report.approvalChain ?? DEFAULT_APPROVAL_CHAIN;
  const current = currentLevel(chain, report.approvalStep);
  if (!current) throw new AppError("CONFLICT", "各级审核均已通过，请刷新后查看。");
  const { index, level, isLast } = current;
  const levelName = `第 ${index + 1} 级“${level.name}”`;
  if (!canApproveLevel(user, report, level)) {
    const office = level.officeId ? await getOfficeName(level.officeId) : null;
    throw new AppError("FORBIDDEN", `当前待${levelName}审核，只有${office ?? "该级机关"}的审核人可以通过。`);
  }
  if (!isDefaultChain(chain)) {
    if (!opinion) throw new AppError("INVALID", "请填写审核意见。");
    const events = await listReportEvents(report.id);
    const since = events.findLastIndex((e) => e.event.action === "submit");
    const earlier = events
      .slice(since + 1)
      .find(
        (e) => e.event.action === "approve" && e.actorId === user.id && (e.event.detail.level ?? 0) < index,
      );
    if (earlier)
      throw new AppError("FORBIDDEN", `您已在本轮审核中通过了一级，同一人不能再通过${levelName}。`);
  }
  return transition(
    user,
    report,
    { action: "approve", detail: { level: index, levelName: level.name, opinion } },
    isLast
      ? { to: "APPROVED", step: index + 1 }
      : { to: "SUBMITTED", step: index + 1, nextLevelName: chain[index + 1]?.name },
  );
};
