import { ReviewBoard } from "@/components/review/review-board";
import { YearNotice } from "@/components/review/year-notice";
import { SupervisionLinks } from "@/components/supervision/supervision-links";
import { requireUser } from "@/lib/auth/session";
import { loadReviewBoardFor } from "@/lib/services/load-review-board";
import { reviewBoardQueryNotices } from "@/lib/workflow/review-board-notices";
import { parseReviewBoardParams } from "@/lib/workflow/review-board-query";
import { pageYearOf } from "@/lib/workflow/report-year";

export const metadata = { title: "审核台" };
export const dynamic = "force-dynamic";

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/review");
  const query = await searchParams;
  const { year, notice } = pageYearOf(query.year);
  const params = parseReviewBoardParams(query, year);
  const queryNotices = reviewBoardQueryNotices(query);
  const board = await loadReviewBoardFor(user, params);
  return (
    <>
      <YearNotice notice={notice} />
      <YearNotice notice={queryNotices.length ? queryNotices.join("") : null} />
      <ReviewBoard params={params} {...board} />
      {board.isReviewer && <SupervisionLinks year={params.year} />}
    </>
  );
}
