import "server-only";

import { actorKindsFor, canApproveLevel } from "@/lib/auth/permissions";
import type { TSessionUser } from "@/lib/auth/types";
import type { TStoredReport } from "@/lib/db/reports";
import { listComments } from "@/lib/db/comments";
import { listPublications } from "@/lib/db/publications";
import { getOfficeApprovalChain, listOffices } from "@/lib/db/offices";
import { findLastSubmission, listReportEvents } from "@/lib/db/workflow";
import type { TAppliedRequirements } from "@/lib/rules/local-requirements";
import type { TFinding } from "@/lib/rules/types";
import {
  currentLevel,
  DEFAULT_APPROVAL_CHAIN,
  isDefaultChain,
  type TLevelDecision,
} from "@/lib/workflow/approval-chain";
import type { TExplanation } from "@/lib/workflow/events";
import { appliedRequirementsFor } from "./local-requirements";
import { describeStaleRollup, subordinateFindingsOf } from "./rollup-compute";
import { availableActions, type TActorKind, type TWorkflowAction } from "@/lib/workflow/transitions";

/** Everything the editor shows about review: serialisable, for a client component. */
export interface TWorkflowView {
  status: TStoredReport["status"];
  actorKinds: TActorKind[];
  actions: TWorkflowAction[];
  comments: {
    id: string;
    target: string;
    body: string;
    authorName: string;
    createdAt: string;
    resolvedAt: string | null;
    resolvedByName: string | null;
    /** The thread under the comment: replies by the 填报人 or a 审核人, oldest first. */
    replies: { id: string; body: string; authorName: string; createdAt: string }[];
  }[];
  explanations: TExplanation[];
  acceptances: { key: string; reason: string; actor: string; at: string }[];
  lastReturn: { comment: string; actor: string; at: string } | null;
  publications: {
    edition: number;
    note: string | null;
    publishedBy: string;
    publishedAt: string;
    docxSha256: string;
  }[];
  correctionNote: string | null;
  /**
   * The approval chain of the round (the office's current chain before the first submission) and each level's
   * decision; `needsOpinion`: 审核通过 asks for a written 审核意见 (a configured chain).
   */
  approval: { levels: TLevelDecision[]; needsOpinion: boolean };
  /** 本地要求 that apply to the report (the editor's findings name their office). */
  local: TAppliedRequirements[];
  /** The office that asks for a 签批 before submission, or null. */
  signOffBy: string | null;
  /**
   * A roll-up's summed offices' errors and warnings (“来自某某局（错误）：…”), shown in the editor's findings as
   * information: they are the offices' to correct, not the roll-up's (issue 16). Empty for other reports.
   */
  subordinateFindings: TFinding[];
  /**
   * When the user may submit a roll-up that is behind its offices' reports: what changed (describeStaleRollup),
   * for the 提交审核 dialog, which asks for the written reason under `STALE_ROLLUP_KEY` (issue 16). Null otherwise.
   */
  staleRollup: string | null;
}

/**
 * The review state of a report for the editor. `actions` are those the user may take now: 审核通过 only for a
 * 审核人 of the current level who has not approved another level of this round.
 */
export const loadWorkflowView = async (user: TSessionUser, report: TStoredReport): Promise<TWorkflowView> => {
  const actorKinds = actorKindsFor(user, report);
  const [comments, submission, events, publications, officeChain, offices, local, subordinate] =
    await Promise.all([
      listComments(report.id),
      findLastSubmission(report.id),
      listReportEvents(report.id),
      listPublications(report.id),
      getOfficeApprovalChain(report.officeId),
      listOffices(),
      appliedRequirementsFor(report),
      subordinateFindingsOf(report),
    ]);
  const inRound = report.status === "SUBMITTED" || report.status === "APPROVED";
  const chain = (inRound ? report.approvalChain : officeChain) ?? officeChain ?? DEFAULT_APPROVAL_CHAIN;
  const lastSubmit = events.findLastIndex((e) => e.event.action === "submit");
  const approvals = inRound
    ? events
        .slice(lastSubmit + 1)
        .flatMap((e) => (e.event.action === "approve" ? [{ ...e, detail: e.event.detail }] : []))
    : [];
  const officeName = (id: string | null) =>
    id === null ? "本机关或上级机关" : (offices.find((o) => o.id === id)?.name ?? "（已删除的机关）");
  const step = inRound ? report.approvalStep : 0;
  const levels: TLevelDecision[] = chain.map((level, index) => {
    const decision = approvals.find((a) => (a.detail.level ?? 0) === index);
    if (decision && index < step)
      return {
        name: level.name,
        officeName: officeName(level.officeId),
        state: "approved",
        actor: decision.actor,
        at: decision.createdAt.toISOString(),
        opinion: decision.detail.opinion ?? "",
      };
    return {
      name: level.name,
      officeName: officeName(level.officeId),
      state:
        report.status === "SUBMITTED" && index === step ? "current" : index < step ? "approved" : "waiting",
    };
  });
  const current = report.status === "SUBMITTED" ? currentLevel(chain, step) : null;
  const mayApprove =
    current !== null &&
    canApproveLevel(user, report, current.level) &&
    (isDefaultChain(chain) ||
      !approvals.some((a) => a.actorId === user.id && (a.detail.level ?? 0) < current.index));
  const since = submission?.at ?? new Date(0);
  const acceptances: TWorkflowView["acceptances"] = [];
  let lastReturn: TWorkflowView["lastReturn"] = null;
  for (const { event, actor, createdAt } of events) {
    const at = createdAt.toISOString();
    if (event.action === "return") lastReturn = { comment: event.detail.comment, actor, at };
    if (event.action === "accept-warning" && createdAt >= since)
      acceptances.push({ key: event.detail.key, reason: event.detail.reason, actor, at });
  }
  const actions = availableActions(report.status, actorKinds).filter((a) => a !== "approve" || mayApprove);
  const staleRollup =
    actions.includes("submit") && report.document.rollup ? await describeStaleRollup(report) : null;
  return {
    status: report.status,
    staleRollup,
    actorKinds,
    actions,
    comments: comments.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      replies: c.replies.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    })),
    explanations: submission?.explanations ?? [],
    acceptances,
    lastReturn,
    publications: publications.map((p) => ({ ...p, publishedAt: p.publishedAt.toISOString() })),
    correctionNote: report.correctionNote,
    approval: { levels, needsOpinion: !isDefaultChain(chain) },
    local,
    signOffBy: local.find((a) => a.requirements.signOff)?.officeName ?? null,
    subordinateFindings: subordinate.map((f) => ({
      ruleId: f.ruleId,
      severity: "info",
      message: f.message.replace(
        `来自${f.office}：`,
        `来自${f.office}（${f.severity === "error" ? "错误" : "警告"}）：`,
      ),
      cells: [],
    })),
  };
};
