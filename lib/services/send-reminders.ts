import "server-only";

import { z } from "zod";

import { isReviewer, officesUserReviews } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listOffices } from "@/lib/db/offices";
import { recordReminders } from "@/lib/db/reminders";
import { reportStatusesOf } from "@/lib/db/review-board";
import { AppError } from "@/lib/errors";
import { REMINDER_REPEAT_HOURS, reminderMessage } from "@/lib/inbox/kinds";
import { kickMailer } from "@/lib/mail/outbox";
import { formatDateTime } from "@/lib/format/date-time";
import { formatSchemaIssues } from "@/lib/report/schema";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "@/lib/template";
import { stripUnsavable } from "@/lib/text/clean";
import { reportDeadline } from "@/lib/workflow/deadlines";
import { STATUS_LABELS } from "@/lib/workflow/transitions";

export const ZSendRemindersRequest = z.object({
  year: z
    .number({ error: "年度无效。" })
    .int("年度无效。")
    .min(FIRST_SUPPORTED_YEAR, `年度应在 ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR} 之间。`)
    .max(LAST_SUPPORTED_YEAR, `年度应在 ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR} 之间。`),
  officeIds: z
    .array(z.uuid({ error: "机关无效。" }), { error: "请选择要催报的机关。" })
    .min(1, "请选择要催报的机关。")
    .max(1000, "一次最多催报 1000 个机关。"),
  note: z
    .string()
    .optional()
    .transform((value) => stripUnsavable(value ?? "").trim())
    .refine((value) => value.length <= 200, "附言不能超过 200 字。"),
});

export interface TSendRemindersResult {
  /** Offices reminded, and how many of their users got the to-do. */
  reminded: number;
  recipients: number;
  /** Offices not reminded because they have no 填报人 account (nobody could get the to-do; no 催报 recorded). */
  withoutFiller: string[];
  /** Offices left out: their report is already submitted, approved or published. */
  skipped: { name: string; status: string }[];
  /** Offices left out: reminded for this year less than REMINDER_REPEAT_HOURS ago (who, when: 北京时间). */
  recentlyReminded: { name: string; by: string; at: string; atText: string }[];
}

/** Statuses for which a 催报 makes no sense: the office has done its part. */
const NOT_REMINDED = new Set(["SUBMITTED", "APPROVED", "PUBLISHED"]);

/**
 * 催报: the reviewer reminds the chosen offices to fill and submit their report of `year`. Each office must be
 * one the user reviews (else FORBIDDEN, nothing recorded); offices already past 提交 are skipped and named.
 * The 催报 (who, when, 附言) and the to-do of each of the office's 填报人 are written in one transaction; an
 * office with no 填报人 account is not reminded (no 催报 recorded) and is named in `withoutFiller`;
 * e-mail copies are sent after commit (lib/mail/outbox.ts). An office reminded for the year within the last
 * REMINDER_REPEAT_HOURS is left out and named with its last 催报 (`recentlyReminded`), also when two
 * reviewers press at once (lib/db/reminders.ts locks the offices).
 */
export const sendRemindersFor = async (user: TSessionUser, body: unknown): Promise<TSendRemindersResult> => {
  if (!isReviewer(user)) throw new AppError("FORBIDDEN", "只有审核人可以催报。");
  const parsed = ZSendRemindersRequest.safeParse(body);
  if (!parsed.success)
    throw new AppError(
      "INVALID",
      parsed.error.issues[0]?.message ?? "请求无效。",
      formatSchemaIssues(parsed.error),
    );
  const { year, note } = parsed.data;
  const ids = [...new Set(parsed.data.officeIds)];
  const reviewed = new Map(officesUserReviews(user, await listOffices()).map((o) => [o.id, o]));
  const outside = ids.filter((id) => !reviewed.has(id));
  if (outside.length)
    throw new AppError("FORBIDDEN", `有 ${outside.length} 个机关不在您的审核范围内，未发送任何催报。`);
  const statuses = await reportStatusesOf(ids, year);
  const skipped = ids
    .filter((id) => NOT_REMINDED.has(statuses.get(id)?.status ?? ""))
    .map((id) => ({
      name: reviewed.get(id)!.name,
      status: STATUS_LABELS[statuses.get(id)!.status],
    }));
  const offices = ids
    .filter((id) => !NOT_REMINDED.has(statuses.get(id)?.status ?? ""))
    .map((id) => reviewed.get(id)!);
  if (offices.length === 0)
    return { reminded: 0, recipients: 0, withoutFiller: [], skipped, recentlyReminded: [] };
  const {
    reached: results,
    recent,
    unreachable,
  } = await recordReminders({
    year,
    offices,
    actor: { id: user.id, name: user.displayName },
    note: note || null,
    repeatWindowMs: REMINDER_REPEAT_HOURS * 3_600_000,
    textOf: (office) => {
      const deadline = reportDeadline(year, reviewed.get(office.id)?.parentId === null);
      return reminderMessage({
        officeName: office.name,
        year,
        actorName: user.displayName,
        deadlineLabel: deadline.label,
        daysLeft: deadline.daysLeft,
        note: note || null,
      });
    },
  });
  if (results.length) kickMailer();
  return {
    reminded: results.length,
    recipients: results.reduce((sum, r) => sum + r.recipients, 0),
    withoutFiller: unreachable.map((id) => reviewed.get(id)!.name),
    skipped,
    recentlyReminded: recent.map((r) => ({
      name: reviewed.get(r.officeId)!.name,
      by: r.by,
      at: r.at.toISOString(),
      atText: formatDateTime(r.at.toISOString()),
    })),
  };
};
