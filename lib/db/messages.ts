import type { TMessageKind, TMessageText } from "@/lib/inbox/kinds";
import { commentMessage, statusChangeMessage, type TLevelFacts } from "@/lib/inbox/kinds";

import { getPrisma } from "./client";
import type { Prisma } from "./generated/client";
import type { TActor } from "./reports";

/**
 * 待办与消息: one row per recipient, written in the transaction of the event that causes it (a status change,
 * a comment, a 催报), so a rolled-back event leaves no message and a committed one never lacks its message.
 * A recipient with an e-mail address gets `emailState: "pending"`; lib/mail/outbox.ts sends those after commit.
 */

type TTx = Prisma.TransactionClient;

export interface TRecipient {
  id: string;
  email: string | null;
}

export interface TMessageRefs {
  reportId?: string | null;
  officeId?: string | null;
  year?: number | null;
  /** Written once: a second message with the same key is skipped (期限临近). */
  dedupeKey?: (recipientId: string) => string;
}

/** The users with role `role` in any of `officeIds` (each once). */
export const officeMembersTx = async (
  tx: TTx,
  officeIds: string[],
  role: "FILLER" | "REVIEWER" = "FILLER",
): Promise<TRecipient[]> => {
  const rows = await tx.membership.findMany({
    where: { officeId: { in: officeIds }, role },
    select: { user: { select: { id: true, email: true } } },
  });
  return [...new Map(rows.map((row) => [row.user.id, row.user])).values()];
};

/** Writes `text` to each recipient inside `tx`; returns how many rows were written (duplicates skipped). */
export const createMessagesTx = async (
  tx: TTx,
  recipients: TRecipient[],
  text: TMessageText,
  refs: TMessageRefs = {},
): Promise<number> => {
  if (recipients.length === 0) return 0;
  const written = await tx.message.createMany({
    data: recipients.map((recipient) => ({
      userId: recipient.id,
      kind: text.kind,
      title: text.title,
      body: text.body,
      reportId: refs.reportId ?? null,
      officeId: refs.officeId ?? null,
      year: refs.year ?? null,
      dedupeKey: refs.dedupeKey?.(recipient.id) ?? null,
      emailState: recipient.email ? "pending" : null,
    })),
    skipDuplicates: true,
  });
  return written.count;
};

const reportFactsTx = (tx: TTx, reportId: string) =>
  tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { officeId: true, year: true, office: { select: { name: true } } },
  });

/**
 * The message of a status change (退回, 审核通过, 发布; lib/inbox/kinds.ts) to the 填报人 of the report's
 * office, in the transaction of the change. Other changes send nothing.
 */
export const notifyStatusChangeTx = async (
  tx: TTx,
  reportId: string,
  action: string,
  actor: TActor,
  extra: { comment?: string; edition?: number; level?: TLevelFacts; nextLevel?: TLevelFacts } = {},
): Promise<void> => {
  const report = await reportFactsTx(tx, reportId);
  const text = statusChangeMessage(action, {
    officeName: report.office.name,
    year: report.year,
    actorName: actor.name,
    ...extra,
  });
  if (!text) return;
  const recipients = (await officeMembersTx(tx, [report.officeId])).filter((r) => r.id !== actor.id);
  await createMessagesTx(tx, recipients, text, { reportId, officeId: report.officeId, year: report.year });
};

/**
 * A new comment to everyone else in the report's conversation: the office's 填报人 and whoever commented on
 * the report before (so a reply reaches the reviewer who wrote the first comment).
 */
export const notifyCommentTx = async (tx: TTx, reportId: string, actor: TActor, body: string) => {
  const report = await reportFactsTx(tx, reportId);
  const earlier = await tx.reportComment.findMany({
    where: { reportId, authorId: { not: null } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  const authors = await tx.user.findMany({
    where: { id: { in: earlier.map((c) => c.authorId).filter((id): id is string => id !== null) } },
    select: { id: true, email: true },
  });
  const recipients = [
    ...new Map(
      [...(await officeMembersTx(tx, [report.officeId])), ...authors].map((user) => [user.id, user]),
    ).values(),
  ].filter((user) => user.id !== actor.id);
  const text = commentMessage({
    officeName: report.office.name,
    year: report.year,
    actorName: actor.name,
    body,
  });
  await createMessagesTx(tx, recipients, text, { reportId, officeId: report.officeId, year: report.year });
};

export interface TMessageRow {
  id: string;
  kind: TMessageKind;
  title: string;
  body: string;
  reportId: string | null;
  officeId: string | null;
  year: number | null;
  readAt: Date | null;
  createdAt: Date;
}

const messageSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  reportId: true,
  officeId: true,
  year: true,
  readAt: true,
  createdAt: true,
} as const;

/** A user's messages, newest first, a page at a time (`page` from 1), and how many match in all. */
export const listMessages = async (
  userId: string,
  options: { unreadOnly: boolean; page: number; pageSize: number },
): Promise<{ rows: TMessageRow[]; total: number }> => {
  const prisma = await getPrisma();
  const where = { userId, ...(options.unreadOnly ? { readAt: null } : {}) };
  const [rows, total] = await Promise.all([
    prisma.message.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
      select: messageSelect,
    }),
    prisma.message.count({ where }),
  ]);
  return { rows: rows as TMessageRow[], total };
};

export const countUnreadMessages = async (userId: string): Promise<number> => {
  const prisma = await getPrisma();
  return prisma.message.count({ where: { userId, readAt: null } });
};

/** Marks the user's messages `ids` (or all of them) read; others' messages are never touched. */
export const markMessagesRead = async (userId: string, ids: string[] | "all"): Promise<number> => {
  const prisma = await getPrisma();
  const updated = await prisma.message.updateMany({
    where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return updated.count;
};

/**
 * Opens one of the user's messages: marks it read and returns where it leads — its report, or (a 催报 to an
 * office that had not started) the office's report of that year if one exists now. Null when not the user's.
 */
export const openMessage = async (
  userId: string,
  id: string,
): Promise<{ kind: string; reportId: string | null; year: number | null } | null> => {
  const prisma = await getPrisma();
  const message = await prisma.message.findFirst({
    where: { id, userId },
    select: { kind: true, reportId: true, officeId: true, year: true, readAt: true },
  });
  if (!message) return null;
  if (!message.readAt) await prisma.message.update({ where: { id }, data: { readAt: new Date() } });
  let reportId = message.reportId;
  if (!reportId && message.officeId && message.year !== null) {
    const report = await prisma.report.findUnique({
      where: { officeId_year: { officeId: message.officeId, year: message.year } },
      select: { id: true },
    });
    reportId = report?.id ?? null;
  }
  return { kind: message.kind, reportId, year: message.year };
};

/** Statuses after which the 填报人 has nothing left to do before the deadline (no 期限临近 to them). */
const DONE_FOR_FILLER = ["SUBMITTED", "APPROVED", "PUBLISHED"] as const;

/**
 * 期限临近 for one user, idempotent: each candidate (an office where the user is 填报人, with the notice due
 * today) is written once per user, office, year and notice (`dedupeKey`, unique), and only while the office's
 * report of that year is not yet submitted. Returns how many were written now.
 */
export const addDeadlineMessages = async (
  user: TRecipient,
  candidates: { officeId: string; year: number; days: number; text: TMessageText }[],
): Promise<number> => {
  if (candidates.length === 0) return 0;
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const done = await tx.report.findMany({
      where: {
        OR: candidates.map((c) => ({ officeId: c.officeId, year: c.year })),
        status: { in: [...DONE_FOR_FILLER] },
      },
      select: { officeId: true, year: true },
    });
    let written = 0;
    for (const candidate of candidates) {
      if (done.some((d) => d.officeId === candidate.officeId && d.year === candidate.year)) continue;
      written += await createMessagesTx(tx, [user], candidate.text, {
        officeId: candidate.officeId,
        year: candidate.year,
        dedupeKey: (userId) => `deadline:${candidate.days}:${candidate.officeId}:${candidate.year}:${userId}`,
      });
    }
    return written;
  });
};
