import type { TReportDocument } from "@/lib/report/schema";
import { ZReportDocument } from "@/lib/report/schema";
import type { TApprovalChain } from "@/lib/workflow/approval-chain";

import type { ReportStatus } from "./generated/enums";

/** The shapes reports are read in, shared by ./reports.ts (reads) and ./report-writes.ts (writes). */

export interface TReportSummary {
  id: string;
  officeId: string;
  officeName: string;
  year: number;
  formatVersion: number;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  document: TReportDocument;
}

export interface TStoredReport extends TReportSummary {
  ancestorIds: string[];
  correctionNote: string | null;
  /** The chain fixed at the last submission; null before the first (lib/workflow/approval-chain.ts). */
  approvalChain: TApprovalChain | null;
  /** Levels approved in the current round. */
  approvalStep: number;
}

/** A report id as stored (UUID); anything else is no report, answered without asking the database. */
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stored data that no longer parses is surfaced, not hidden: it would otherwise be silently lost on save. */
export const parseStored = (data: unknown, id: string): TReportDocument => {
  const parsed = ZReportDocument.safeParse(data);
  if (!parsed.success) throw new Error(`数据库中的年报 ${id} 数据格式无效：${parsed.error.message}`);
  return parsed.data;
};

export const reportSelect = {
  id: true,
  officeId: true,
  year: true,
  formatVersion: true,
  status: true,
  version: true,
  updatedAt: true,
  data: true,
  office: { select: { name: true } },
} as const;

export type TReportRow = {
  id: string;
  officeId: string;
  year: number;
  formatVersion: number;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  data: unknown;
  office: { name: string };
};

export const toSummary = (row: TReportRow): TReportSummary => ({
  id: row.id,
  officeId: row.officeId,
  officeName: row.office.name,
  year: row.year,
  formatVersion: row.formatVersion,
  status: row.status,
  version: row.version,
  updatedAt: row.updatedAt,
  document: parseStored(row.data, row.id),
});

/** Who did something; `id` null: the system (demo data, import). */
export interface TActor {
  id: string | null;
  name: string;
}
