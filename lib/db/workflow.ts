import { createHash } from "node:crypto";

import type { TReportDocument } from "@/lib/report/schema";
import type { TApprovalChain } from "@/lib/workflow/approval-chain";
import { ZReportDocument } from "@/lib/report/schema";
import {
  EVENT_DETAIL_SCHEMAS,
  statusChangeEvent,
  type TExplanation,
  type TReportEvent,
  type TReportEventAction,
  type TStatusFacts,
  type TTransitionEventInput,
} from "@/lib/workflow/events";

import { getPrisma } from "./client";
import { eventRow, readEventRow, type TEventRecord } from "./events";
import { notifyStatusChangeTx } from "./messages";
import type { ReportStatus } from "./generated/enums";
import type { TActor } from "./reports";

/** Status changes, comments, history and frozen publications: each change and its history row in one transaction. */

export class StaleStatusError extends Error {
  constructor() {
    super("年报已被他人修改或改变了状态，请刷新后重试。");
  }
}

export interface TStatusChange {
  id: string;
  /**
   * The version whose document was checked: the change applies only while the report still has it, so a
   * save that commits between the check and the change makes the change fail instead of carrying an
   * unchecked document to 待审核 (compare-and-set inside the transaction).
   */
  version: number;
  from: ReportStatus;
  to: ReportStatus;
  /** The action and its own data; `from`, `to` and a publication's edition are added here. */
  event: TTransitionEventInput;
  actor: TActor;
  correctionNote?: string | null;
  /**
   * The approval round after the change (lib/workflow/approval-chain.ts): `step` levels approved, and on
   * submission the chain fixed for the round.
   */
  approval?: { step: number; chain?: TApprovalChain; nextLevelName?: string };
}

export interface TPublicationFiles {
  document: TReportDocument;
  docx: Buffer;
  html: string;
}

export const sha256 = (content: Buffer | string): string =>
  createHash("sha256").update(content).digest("hex");

/**
 * Moves a report from `from` to `to` if it is still in `from` at `version` (so two reviewers cannot both act
 * on it, and no save slips in between the check and the change), records the event, and for a publication
 * stores the exact files with their hashes. Throws StaleStatusError when the report moved on.
 */
export const changeReportStatus = async (
  change: TStatusChange,
  publication?: TPublicationFiles,
): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: change.id, status: change.from, version: change.version },
      data: {
        status: change.to,
        version: { increment: 1 },
        ...(change.correctionNote !== undefined ? { correctionNote: change.correctionNote } : {}),
        ...(change.approval ? { approvalStep: change.approval.step } : {}),
        ...(change.approval?.chain ? { approvalChain: change.approval.chain } : {}),
      },
    });
    if (updated.count === 0) throw new StaleStatusError();
    let facts: TStatusFacts = { from: change.from, to: change.to };
    if (publication) {
      const report = await tx.report.findUniqueOrThrow({
        where: { id: change.id },
        select: { correctionNote: true },
      });
      const last = await tx.publication.findFirst({
        where: { reportId: change.id },
        orderBy: { edition: "desc" },
        select: { edition: true },
      });
      const edition = (last?.edition ?? 0) + 1;
      const docxSha256 = sha256(publication.docx);
      await tx.publication.create({
        data: {
          reportId: change.id,
          edition,
          note: report.correctionNote,
          document: publication.document,
          docx: new Uint8Array(publication.docx),
          html: publication.html,
          docxSha256,
          htmlSha256: sha256(publication.html),
          publishedBy: change.actor.name,
        },
      });
      await tx.report.update({ where: { id: change.id }, data: { correctionNote: null } });
      facts = { ...facts, edition, docxSha256 };
    }
    await tx.reportEvent.create({
      data: eventRow(change.id, change.actor, statusChangeEvent(change.event, facts)),
    });
    // 退回 / 审核通过 / 发布 reach the office's 填报人 with the change, or not at all.
    // Below the last level of a chain, the message says which level passed and which is due (not 审核通过).
    const event = change.event;
    const next = change.approval?.nextLevelName;
    await notifyStatusChangeTx(tx, change.id, event.action, change.actor, {
      comment: event.action === "return" ? event.detail.comment : undefined,
      edition: facts.edition,
      ...(event.action === "approve" && next && event.detail.levelName !== undefined
        ? {
            level: { number: (event.detail.level ?? 0) + 1, name: event.detail.levelName },
            nextLevel: { number: (event.detail.level ?? 0) + 2, name: next },
          }
        : {}),
    });
  });
};

/** Records an event that changes no status (e.g. an accepted warning). */
export const recordReportEvent = async (
  reportId: string,
  actor: TActor,
  event: TReportEvent,
): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.reportEvent.create({ data: eventRow(reportId, actor, event) });
};

/** The report's history, oldest first, as typed events. */
export const listReportEvents = async (reportId: string): Promise<TEventRecord[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.reportEvent.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      action: true,
      actor: true,
      actorId: true,
      createdAt: true,
      lastAt: true,
      detail: true,
    },
  });
  return rows.map(readEventRow);
};

/** The document and explanations of the latest submission, for the reviewer and the diff view. */
export const findLastSubmission = async (
  reportId: string,
): Promise<{
  at: Date;
  actor: string;
  document: TReportDocument | null;
  explanations: TExplanation[];
} | null> => {
  const prisma = await getPrisma();
  const event = await prisma.reportEvent.findFirst({
    where: { reportId, action: "submit" satisfies TReportEventAction },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: true, detail: true },
  });
  if (!event) return null;
  const detail = EVENT_DETAIL_SCHEMAS.submit.safeParse(event.detail);
  const document = ZReportDocument.safeParse(detail.data?.document);
  return {
    at: event.createdAt,
    actor: event.actor,
    document: document.success ? document.data : null,
    explanations: detail.data?.explanations ?? [],
  };
};
