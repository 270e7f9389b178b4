import { createHash } from "node:crypto";

import type { TReportDocument } from "@/lib/report/schema";
import { ZReportDocument } from "@/lib/report/schema";

import { getPrisma } from "./client";
import type { ReportStatus } from "./generated/enums";
import type { Prisma } from "./generated/client";
import type { TActor } from "./reports";

/** Status changes, comments, history and frozen publications: each change and its history row in one transaction. */

type TJson = Prisma.InputJsonObject;

export class StaleStatusError extends Error {
  constructor() {
    super("年报状态已被他人改变，请刷新后重试。");
  }
}

export interface TStatusChange {
  id: string;
  from: ReportStatus;
  to: ReportStatus;
  action: string;
  actor: TActor;
  detail?: Record<string, unknown>;
  correctionNote?: string | null;
}

export interface TPublicationFiles {
  document: TReportDocument;
  docx: Buffer;
  html: string;
}

export const sha256 = (content: Buffer | string): string => createHash("sha256").update(content).digest("hex");

/**
 * Moves a report from `from` to `to` if it is still in `from` (so two reviewers cannot both act on it),
 * records the event, and for a publication stores the exact files with their hashes.
 */
export const changeReportStatus = async (change: TStatusChange, publication?: TPublicationFiles): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const updated = await tx.report.updateMany({
      where: { id: change.id, status: change.from },
      data: {
        status: change.to,
        version: { increment: 1 },
        ...(change.correctionNote !== undefined ? { correctionNote: change.correctionNote } : {}),
      },
    });
    if (updated.count === 0) throw new StaleStatusError();
    let detail: Record<string, unknown> = { from: change.from, to: change.to, ...change.detail };
    if (publication) {
      const report = await tx.report.findUniqueOrThrow({ where: { id: change.id }, select: { correctionNote: true } });
      const last = await tx.publication.findFirst({ where: { reportId: change.id }, orderBy: { edition: "desc" }, select: { edition: true } });
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
      detail = { ...detail, edition, docxSha256 };
    }
    await tx.reportEvent.create({
      data: { reportId: change.id, action: change.action, actor: change.actor.name, actorId: change.actor.id, detail: detail as TJson },
    });
  });
};

export const recordReportEvent = async (reportId: string, action: string, actor: TActor, detail: Record<string, unknown>): Promise<void> => {
  const prisma = await getPrisma();
  await prisma.reportEvent.create({ data: { reportId, action, actor: actor.name, actorId: actor.id, detail: detail as TJson } });
};

export interface TReportEventRow {
  id: string;
  action: string;
  actor: string;
  createdAt: Date;
  detail: Record<string, unknown> | null;
}

export const listReportEvents = async (reportId: string): Promise<TReportEventRow[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.reportEvent.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, actor: true, createdAt: true, detail: true },
  });
  return rows.map((row) => ({ ...row, detail: (row.detail as Record<string, unknown> | null) ?? null }));
};

/** The document and explanations of the latest submission, for the reviewer and the diff view. */
export const findLastSubmission = async (
  reportId: string,
): Promise<{ at: Date; actor: string; document: TReportDocument | null; explanations: TExplanation[] } | null> => {
  const prisma = await getPrisma();
  const event = await prisma.reportEvent.findFirst({
    where: { reportId, action: "submit" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: true, detail: true },
  });
  if (!event) return null;
  const detail = (event.detail ?? {}) as { document?: unknown; explanations?: TExplanation[] };
  const parsed = ZReportDocument.safeParse(detail.document);
  return { at: event.createdAt, actor: event.actor, document: parsed.success ? parsed.data : null, explanations: detail.explanations ?? [] };
};

export interface TExplanation {
  key: string;
  ruleId: string;
  message: string;
  explanation: string;
}

export interface TCommentRow {
  id: string;
  target: string;
  body: string;
  authorName: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
}

export const listComments = async (reportId: string): Promise<TCommentRow[]> => {
  const prisma = await getPrisma();
  return prisma.reportComment.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    select: { id: true, target: true, body: true, authorName: true, createdAt: true, resolvedAt: true, resolvedByName: true },
  });
};

export const addComment = async (reportId: string, target: string, body: string, actor: TActor): Promise<string> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const comment = await tx.reportComment.create({ data: { reportId, target, body, authorId: actor.id, authorName: actor.name }, select: { id: true } });
    await tx.reportEvent.create({ data: { reportId, action: "comment", actor: actor.name, actorId: actor.id, detail: { target, body } } });
    return comment.id;
  });
};

export const resolveComment = async (reportId: string, commentId: string, actor: TActor): Promise<boolean> => {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const updated = await tx.reportComment.updateMany({
      where: { id: commentId, reportId, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedByName: actor.name },
    });
    if (updated.count === 0) return false;
    await tx.reportEvent.create({ data: { reportId, action: "resolve-comment", actor: actor.name, actorId: actor.id, detail: { commentId } } });
    return true;
  });
};

export interface TPublicationRow {
  edition: number;
  note: string | null;
  publishedBy: string;
  publishedAt: Date;
  docxSha256: string;
  htmlSha256: string;
}

export const listPublications = async (reportId: string): Promise<TPublicationRow[]> => {
  const prisma = await getPrisma();
  return prisma.publication.findMany({
    where: { reportId },
    orderBy: { edition: "asc" },
    select: { edition: true, note: true, publishedBy: true, publishedAt: true, docxSha256: true, htmlSha256: true },
  });
};

export const getPublicationFile = async (
  reportId: string,
  edition: number,
  format: "docx" | "html",
): Promise<{ content: Uint8Array<ArrayBuffer> | string; sha256: string; document: TReportDocument } | null> => {
  const prisma = await getPrisma();
  const row = await prisma.publication.findUnique({
    where: { reportId_edition: { reportId, edition } },
    select: { docx: format === "docx", html: format === "html", docxSha256: true, htmlSha256: true, document: true },
  });
  if (!row) return null;
  const document = ZReportDocument.parse(row.document);
  return format === "docx"
    ? { content: Uint8Array.from(row.docx ?? []), sha256: row.docxSha256, document }
    : { content: row.html ?? "", sha256: row.htmlSha256, document };
};
