import "server-only";

import { z } from "zod";

import { fillerOffices } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import {
  addDeadlineMessages,
  countUnreadMessages,
  listMessages,
  markMessagesRead,
  openMessage,
  type TMessageRow,
} from "@/lib/db/messages";
import { getUserEmail, setUserEmail } from "@/lib/db/message-emails";
import { listOffices } from "@/lib/db/offices";
import { AppError } from "@/lib/errors";
import { deadlineMessage, deadlineNoticeDue } from "@/lib/inbox/kinds";
import { kickMailer } from "@/lib/mail/outbox";
import { reportDeadline } from "@/lib/workflow/deadlines";
import { currentReportYear } from "@/lib/workflow/report-year";

/**
 * 期限临近, generated on read: for each office where the user is 填报人, when the statutory deadline of the
 * current report year is 7 days or 1 day away (or nearer) and the report is not yet submitted, the notice is
 * written once (a unique key per user, office, year and notice; lib/db/messages.ts `addDeadlineMessages`).
 * Reading the inbox or its badge twice, or from two servers, never writes it twice.
 */
export const ensureDeadlineMessagesFor = async (user: TSessionUser, today = new Date()): Promise<number> => {
  const mine = fillerOffices(user);
  if (mine.length === 0) return 0;
  const year = currentReportYear(today);
  // Most of the year neither deadline is near: then no office needs looking up (every page's header asks).
  const dueFor = (isGovernmentOwn: boolean) =>
    deadlineNoticeDue(reportDeadline(year, isGovernmentOwn, today).daysLeft) !== null;
  if (!dueFor(false) && !dueFor(true)) return 0;
  const parents = new Map((await listOffices()).map((o) => [o.id, o.parentId]));
  const candidates = mine.flatMap((office) => {
    const deadline = reportDeadline(year, parents.get(office.id) === null, today);
    const days = deadlineNoticeDue(deadline.daysLeft);
    if (days === null) return [];
    const text = deadlineMessage({ officeName: office.name, year, days, deadlineLabel: deadline.label });
    return [{ officeId: office.id, year, days, text }];
  });
  if (candidates.length === 0) return 0;
  const written = await addDeadlineMessages({ id: user.id, email: await getUserEmail(user.id) }, candidates);
  if (written > 0) kickMailer();
  return written;
};

/** The number on the header's badge: the user's unread messages (after writing any 期限临近 now due). */
export const countUnreadFor = async (user: TSessionUser): Promise<number> => {
  await ensureDeadlineMessagesFor(user);
  return countUnreadMessages(user.id);
};

export const INBOX_PAGE_SIZE = 30;

export interface TInboxMessage extends Omit<TMessageRow, "readAt" | "createdAt"> {
  /** ISO 8601. */
  readAt: string | null;
  createdAt: string;
}

/** 待办与消息: the user's messages, newest first, a page at a time, with the unread count. */
export const loadInboxFor = async (
  user: TSessionUser,
  options: { unreadOnly: boolean; page: number },
): Promise<{ messages: TInboxMessage[]; total: number; unread: number; email: string | null }> => {
  await ensureDeadlineMessagesFor(user);
  const page = Math.max(1, Math.trunc(options.page) || 1);
  const [{ rows, total }, unread, email] = await Promise.all([
    listMessages(user.id, { unreadOnly: options.unreadOnly, page, pageSize: INBOX_PAGE_SIZE }),
    countUnreadMessages(user.id),
    getUserEmail(user.id),
  ]);
  return {
    messages: rows.map((row) => ({
      ...row,
      readAt: row.readAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    total,
    unread,
    email,
  };
};

const ZMarkRead = z.union([
  z.literal("all"),
  z
    .array(z.uuid({ error: "消息无效。" }))
    .min(1, "请选择消息。")
    .max(500, "一次最多标记 500 条。"),
]);

/** Marks the user's messages read (`"all"`, or a list of ids); returns how many changed. */
export const markReadFor = async (user: TSessionUser, ids: unknown): Promise<number> => {
  const parsed = ZMarkRead.safeParse(ids);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "请求无效。");
  return markMessagesRead(user.id, parsed.data);
};

/**
 * Opening a message marks it read and gives the page it leads to: its report (a 催报 to an office that had
 * not started leads to the office's report once created, until then to 我的年报 with the year chosen).
 * NOT_FOUND for another user's message or a malformed id.
 */
export const openMessageFor = async (user: TSessionUser, id: string): Promise<string> => {
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND", "消息不存在。");
  const target = await openMessage(user.id, id);
  if (!target) throw new AppError("NOT_FOUND", "消息不存在。");
  if (target.reportId) return `/reports/${target.reportId}`;
  return target.year ? `/reports?year=${target.year}` : "/inbox";
};

const ZEmail = z
  .string()
  .trim()
  .max(254, "邮箱地址过长。")
  .refine((value) => value === "" || z.email().safeParse(value).success, "邮箱地址格式不正确。");

/** Sets (or with "" clears) the address that receives e-mail copies of the user's messages. */
export const setNotificationEmailFor = async (user: TSessionUser, email: unknown): Promise<string | null> => {
  const parsed = ZEmail.safeParse(email);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "邮箱地址无效。");
  const value = parsed.data || null;
  await setUserEmail(user.id, value);
  return value;
};
