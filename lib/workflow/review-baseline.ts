import type { TStoredEvent } from "./events";

/**
 * Which submitted version the reviewer last looked at, so “自上次审核以来的修改” compares with what they saw
 * (issue 15 §1: after a return and a resubmission, comparing with the resubmission itself says 没有修改).
 *
 * The review acts are 退回, 批注 and 审核通过; the baseline is the latest submission made before the latest
 * review act. Without any review act yet, it is the latest submission (what the reviewer is about to read).
 * Null when the report was never submitted. Events are oldest first (lib/db `listReportEvents`).
 */
export interface TReviewBaseline<E> {
  /** The submission event whose document is the baseline. */
  submission: E;
  /** The review act after it (退回 / 批注 / 审核通过), or null when none happened yet. */
  reviewedBy: E | null;
}

const REVIEW_ACTS: ReadonlySet<string> = new Set(["return", "comment", "approve"]);

export const reviewBaseline = <E extends { createdAt: Date; event: TStoredEvent }>(
  events: readonly E[],
): TReviewBaseline<E> | null => {
  const lastReview = events.findLastIndex((e) => REVIEW_ACTS.has(e.event.action));
  const submitBefore = (end: number) =>
    events.slice(0, end + 1).findLastIndex((e) => e.event.action === "submit");
  const reviewed = lastReview >= 0 ? submitBefore(lastReview) : -1;
  if (reviewed >= 0) {
    const submission = events[reviewed];
    const reviewedBy = events[lastReview] ?? null;
    return submission ? { submission, reviewedBy } : null;
  }
  const latest = submitBefore(events.length - 1);
  const submission = latest >= 0 ? events[latest] : undefined;
  return submission ? { submission, reviewedBy: null } : null;
};
