import { checkedEvent, parseStoredEvent, type TReportEvent, type TStoredEvent } from "@/lib/workflow/events";
import type { TReportStatus } from "@/lib/workflow/transitions";

import type { Prisma } from "./generated/client";
import type { ReportStatus } from "./generated/enums";
import type { TActor } from "./reports";

/** `ReportEvent` rows in and out: the only place that turns an event into its `action` and `detail` columns. */

// The workflow's statuses and the database enum are one list: this fails to compile if either changes alone.
const sameStatuses: [ReportStatus, TReportStatus] extends [TReportStatus, ReportStatus] ? true : never = true;
void sameStatuses;

/** The row to create for an event, checked against its action's schema (throws a ZodError if it does not fit). */
export const eventRow = (reportId: string, actor: TActor, event: TReportEvent) => {
  const checked = checkedEvent(event);
  return {
    reportId,
    action: checked.action,
    actor: actor.name,
    actorId: actor.id,
    detail: checked.detail as Prisma.InputJsonObject,
  };
};

export interface TEventRecord {
  id: string;
  actor: string;
  /** The acting user; null for the system or rows without it. */
  actorId: string | null;
  createdAt: Date;
  /** A 保存 row that stands for an editing session (D39): the time of its last save; null otherwise. */
  lastAt: Date | null;
  event: TStoredEvent;
}

/** A stored row as a typed event; rows of unknown actions stay readable (see `parseStoredEvent`). */
export const readEventRow = (row: {
  id: string;
  action: string;
  actor: string;
  actorId?: string | null;
  createdAt: Date;
  lastAt?: Date | null;
  detail: unknown;
}): TEventRecord => ({
  id: row.id,
  actor: row.actor,
  actorId: row.actorId ?? null,
  createdAt: row.createdAt,
  lastAt: row.lastAt ?? null,
  event: parseStoredEvent(row.action, row.detail),
});
