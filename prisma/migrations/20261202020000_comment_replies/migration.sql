-- Replies to a review comment (issue 15: "the filler can reply"): a thread under each comment, written by the
-- 填报人 or a 审核人, shown in the editor to both and kept in the history (event "reply-comment").
CREATE TABLE "ReportCommentReply" (
    "id" UUID NOT NULL,
    "commentId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportCommentReply_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ReportCommentReply_commentId_createdAt_idx" ON "ReportCommentReply"("commentId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReportCommentReply" ADD CONSTRAINT "ReportCommentReply_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "ReportComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
