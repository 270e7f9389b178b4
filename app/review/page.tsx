import { ReviewBoard } from "@/components/review/review-board";
import { SupervisionLinks } from "@/components/supervision/supervision-links";
import { requireUser } from "@/lib/auth/session";
import { loadReviewBoardFor } from "@/lib/services/load-review-board";
import { parseReviewBoardParams } from "@/lib/workflow/review-board-query";
import { currentReportYear } from "@/lib/workflow/report-year";

export const metadata = { title: "审核台" };
export const dynamic = "force-dynamic";

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/review");
  const query = await searchParams;
  const params = parseReviewBoardParams(query, Number(query.year) || currentReportYear());
  const board = await loadReviewBoardFor(user, params);
  return (
    <>
      <ReviewBoard params={params} {...board} />
      {board.isReviewer && <SupervisionLinks year={params.year} />}
    </>
  );
}
