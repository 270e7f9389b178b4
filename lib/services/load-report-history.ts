import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { listComments } from "@/lib/db/comments";
import type { TStoredReport } from "@/lib/db/reports";
import type { TEventRecord } from "@/lib/db/events";
import { listReportEvents } from "@/lib/db/workflow";
import { diffBySection, diffReports, type TDiffSection } from "@/lib/report/diff";
import { ZReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";
import { eventLabel } from "@/lib/workflow/event-summary";
import { EVENT_DETAIL_SCHEMAS } from "@/lib/workflow/events";
import { reviewBaseline } from "@/lib/workflow/review-baseline";

import { loadReportFor } from "./report-access";

export interface TReportHistory {
  report: TStoredReport;
  /** Every event of the report, oldest first. */
  events: TEventRecord[];
  /** Comment id → target, to name the place of a resolved comment. */
  commentTargets: Map<string, string>;
  /**
   * The version the reviewer last reviewed (lib/workflow/review-baseline): when it was submitted, the review act
   * after it (退回 / 批注 / 审核通过, with the 退回意见) — null when the report was never submitted.
   */
  baseline: {
    submittedAt: Date;
    reviewed: { label: string; actor: string; at: Date; comment: string } | null;
  } | null;
  /** What changed since that version, section by section, with the comments each change answers; null without one. */
  sections: TDiffSection[] | null;
}

/**
 * The 历史记录 page of a report the user may see (else AppError NOT_FOUND, as for the report itself): its events
 * and the difference between the version the reviewer last reviewed and the current content.
 */
export const loadReportHistoryFor = async (user: TSessionUser, reportId: string): Promise<TReportHistory> => {
  const report = await loadReportFor(user, reportId, "view");
  const [events, comments] = await Promise.all([listReportEvents(report.id), listComments(report.id)]);
  const template = getTemplate(report.document.formatVersion);
  const commentTargets = new Map(comments.map((c) => [c.id, c.target]));
  const found = reviewBaseline(events);
  if (!found) return { report, events, commentTargets, baseline: null, sections: null };
  const { submission, reviewedBy } = found;
  const stored =
    submission.event.action === "submit"
      ? EVENT_DETAIL_SCHEMAS.submit.safeParse(submission.event.detail).data?.document
      : undefined;
  const document = ZReportDocument.safeParse(stored);
  const since = comments.filter((c) => c.createdAt >= submission.createdAt);
  return {
    report,
    events,
    commentTargets,
    baseline: {
      submittedAt: submission.createdAt,
      reviewed: reviewedBy
        ? {
            label: eventLabel(reviewedBy.event),
            actor: reviewedBy.actor,
            at: reviewedBy.createdAt,
            comment:
              reviewedBy.event.action === "return"
                ? reviewedBy.event.detail.comment
                : reviewedBy.event.action === "approve"
                  ? (reviewedBy.event.detail.opinion ?? reviewedBy.event.detail.comment ?? "")
                  : "",
          }
        : null,
    },
    sections: document.success
      ? diffBySection(template, diffReports(template, document.data, report.document), since)
      : null,
  };
};
