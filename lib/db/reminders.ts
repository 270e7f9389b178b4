import type { TMessageText } from "@/lib/inbox/kinds";

import { getPrisma } from "./client";
import { Prisma } from "./generated/client";
import { createMessagesTx, officeMembersTx } from "./messages";
import type { TActor } from "./reports";

/** An office reminded within the repeat window: left out of this 催报, with its last one. */
export interface TRecentReminder {
  officeId: string;
  at: Date;
  by: string;
}

/**
 * Records a 催报 to each office and, in the same transaction, the to-do of each of its 填报人 (`textOf` gives
 * the words per office). An office already reminded for `year` less than `repeatWindowMs` ago is left out
 * and returned in `recent` (no second to-do, D43). Two presses at once cannot both pass that check: the
 * offices' rows are locked (`SELECT … FOR UPDATE`, in id order so two senders never deadlock) before the last
 * 催报 is read, so the second transaction waits for the first and then sees its 催报 (READ COMMITTED reads a
 * fresh snapshot per statement). PGlite runs one transaction at a time, which serializes them as well.
 * An office without a 填报人 (other than the sender) is not reminded at all: no 催报 is recorded for it, so it
 * neither shows as reminded on the 审核台 nor blocks a 催报 once a 填报人 account is added; it is returned in
 * `unreachable`. Returns, per reminded office, how many users were reached.
 */
export const recordReminders = async (options: {
  year: number;
  offices: { id: string; name: string }[];
  actor: TActor;
  note: string | null;
  repeatWindowMs: number;
  textOf: (office: { id: string; name: string }) => TMessageText;
}): Promise<{
  reached: { officeId: string; recipients: number }[];
  recent: TRecentReminder[];
  unreachable: string[];
}> => {
  const prisma = await getPrisma();
  const ids = options.offices.map((o) => o.id).sort();
  if (ids.length === 0) return { reached: [], recent: [], unreachable: [] };
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`
      SELECT id FROM "Office" WHERE id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
      ORDER BY id FOR UPDATE`;
    const since = new Date(Date.now() - options.repeatWindowMs);
    const latest = await tx.reminder.findMany({
      where: { officeId: { in: ids }, year: options.year, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      select: { officeId: true, createdAt: true, sentByName: true },
    });
    const recent = new Map<string, TRecentReminder>();
    for (const row of latest)
      if (!recent.has(row.officeId))
        recent.set(row.officeId, { officeId: row.officeId, at: row.createdAt, by: row.sentByName });
    const recipientsOf = new Map<string, Awaited<ReturnType<typeof officeMembersTx>>>();
    for (const office of options.offices.filter((o) => !recent.has(o.id)))
      recipientsOf.set(
        office.id,
        (await officeMembersTx(tx, [office.id])).filter((r) => r.id !== options.actor.id),
      );
    const offices = options.offices.filter((office) => recipientsOf.get(office.id)?.length);
    const unreachable = options.offices
      .filter((office) => recipientsOf.get(office.id)?.length === 0)
      .map((o) => o.id);
    if (offices.length === 0) return { reached: [], recent: [...recent.values()], unreachable };
    await tx.reminder.createMany({
      data: offices.map((office) => ({
        officeId: office.id,
        year: options.year,
        sentById: options.actor.id,
        sentByName: options.actor.name,
        note: options.note,
      })),
    });
    const reports = await tx.report.findMany({
      where: { officeId: { in: offices.map((o) => o.id) }, year: options.year },
      select: { id: true, officeId: true },
    });
    const reached: { officeId: string; recipients: number }[] = [];
    for (const office of offices) {
      const recipients = recipientsOf.get(office.id)!;
      await createMessagesTx(tx, recipients, options.textOf(office), {
        reportId: reports.find((r) => r.officeId === office.id)?.id ?? null,
        officeId: office.id,
        year: options.year,
      });
      reached.push({ officeId: office.id, recipients: recipients.length });
    }
    return { reached, recent: [...recent.values()], unreachable };
  });
};
