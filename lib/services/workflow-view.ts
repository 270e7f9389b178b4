import "server-only";

import type { TStoredReport } from "@/lib/db/reports";
import type { TSessionUser } from "@/lib/db/users";
import { findLastSubmission, listComments, listPublications, listReportEvents } from "@/lib/db/workflow";
import { availableActions, type TReportStatus, type TWorkflowAction } from "@/lib/workflow/transitions";

import { actorKindsFor } from "./workflow";

/** Everything the editor shows about review: serialisable, for a client component. */
export interface TWorkflowView {
  actorKinds: ("filler" | "reviewer")[];
  actions: TWorkflowAction[];
  comments: { id: string; target: string; body: string; authorName: string; createdAt: string; resolvedAt: string | null; resolvedByName: string | null }[];
  explanations: { key: string; ruleId: string; message: string; explanation: string }[];
  acceptances: { key: string; reason: string; actor: string; at: string }[];
  lastReturn: { comment: string; actor: string; at: string } | null;
  publications: { edition: number; note: string | null; publishedBy: string; publishedAt: string; docxSha256: string }[];
  correctionNote: string | null;
}

export const loadWorkflowView = async (user: TSessionUser, report: TStoredReport): Promise<TWorkflowView> => {
  const actorKinds = actorKindsFor(user, report);
  const [comments, submission, events, publications] = await Promise.all([
    listComments(report.id),
    findLastSubmission(report.id),
    listReportEvents(report.id),
    listPublications(report.id),
  ]);
  const since = submission?.at ?? new Date(0);
  const lastReturn = [...events].reverse().find((e) => e.action === "return");
  return {
    actorKinds,
    actions: availableActions(report.status as TReportStatus, actorKinds),
    comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString(), resolvedAt: c.resolvedAt?.toISOString() ?? null })),
    explanations: submission?.explanations ?? [],
    acceptances: events
      .filter((e) => e.action === "accept-warning" && e.createdAt >= since)
      .map((e) => ({ key: String(e.detail?.key ?? ""), reason: String(e.detail?.reason ?? ""), actor: e.actor, at: e.createdAt.toISOString() })),
    lastReturn: lastReturn ? { comment: String(lastReturn.detail?.comment ?? ""), actor: lastReturn.actor, at: lastReturn.createdAt.toISOString() } : null,
    publications: publications.map((p) => ({ ...p, publishedAt: p.publishedAt.toISOString() })),
    correctionNote: report.correctionNote,
  };
};
