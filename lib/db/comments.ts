import { getPrisma } from "./client";
import { eventRow } from "./events";
import { notifyCommentTx } from "./messages";
import type { TActor } from "./reports";

/** Review comments on a cell or a section (`cell:…` / `section:…`, lib/template/comment-target); each change with its history row. */

export interface TCommentRow {
  id: string;
  target: string;
  body: string;
  authorName: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  /** Replies under the comment, oldest first. */
  replies: TCommentReplyRow[];
}

/** One reply in a comment's thread (by the 填报人 or a 审核人). */
export interface TCommentReplyRow {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date;
}

export const listComments = async (reportId: string): Promise<TCommentRow[]> => {
  const prisma = await getPrisma();
  return prisma.reportComment.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      target: true,
      body: true,
      authorName: true,
      createdAt: true,
      resolvedAt: true,
      resolvedByName: true,
      replies: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, authorName: true, createdAt: true },
      },
    },
  });
};

export const addComment = async (
  reportId: string,
  target: string,
  body: string,
  actor: TActor,
): Promise<string> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const comment = await tx.reportComment.create({
      data: { reportId, target, body, authorId: actor.id, authorName: actor.name },
      select: { id: true },
    });
    await tx.reportEvent.create({
      data: eventRow(reportId, actor, { action: "comment", detail: { target, body } }),
    });
    await notifyCommentTx(tx, reportId, actor, body);
    return comment.id;
  });
};

export const resolveComment = async (
  reportId: string,
  commentId: string,
  actor: TActor,
): Promise<boolean> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const updated = await tx.reportComment.updateMany({
      where: { id: commentId, reportId, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedByName: actor.name },
    });
    if (updated.count === 0) return false;
    await tx.reportEvent.create({
      data: eventRow(reportId, actor, { action: "resolve-comment", detail: { commentId } }),
    });
    return true;
  });
};

/**
 * Adds a reply to comment `commentId` of the report, with its history row (`reply-comment`) and the same
 * notices as a comment (the office's members and the comment authors, not the writer). Returns false when the
 * report has no such comment.
 */
export const addCommentReply = async (
  reportId: string,
  commentId: string,
  body: string,
  actor: TActor,
): Promise<boolean> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const comment = await tx.reportComment.findFirst({
      where: { id: commentId, reportId },
      select: { id: true },
    });
    if (!comment) return false;
    await tx.reportCommentReply.create({
      data: { commentId, body, authorId: actor.id, authorName: actor.name },
    });
    await tx.reportEvent.create({
      data: eventRow(reportId, actor, { action: "reply-comment", detail: { commentId, body } }),
    });
    await notifyCommentTx(tx, reportId, actor, body);
    return true;
  });
};
