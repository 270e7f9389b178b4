import type { TSeverity } from "@/lib/rules/types";

/** One row of 我的年报 (`listReportsFor`): serialisable, for a client component. */
export interface TReportListRow {
  id: string;
  officeName: string;
  year: number;
  formatVersion: number;
  status: string;
  /** Stored from an imported published report (status shown as 已发布（导入）). */
  imported?: boolean;
  /** ISO 8601. */
  updatedAt: string;
  /** Findings of the rule engine by severity. */
  counts: Record<TSeverity, number>;
  /** 完整度 and what is left (lib/rules/progress). */
  progress: TProgressSummary;
}

/** The figures a list shows of a report's progress: 完整度 %, items blank, errors other than blanks. */
export interface TProgressSummary {
  completeness: number;
  unfilled: number;
  errors: number;
}
