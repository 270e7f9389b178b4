import type { TReportDocument } from "@/lib/report/schema";
import type { TSeverity } from "@/lib/rules/types";

import type { TRollupComparison, TRollupGap } from "./rollup";

/** What the 汇总 page shows (lib/services/rollup.ts `loadRollupFor`), shared by the service and the UI. */

export interface TRollupMissing {
  officeId: string;
  name: string;
  /** 未开始 / 草稿 / 待审核 / 已退回. */
  status: string;
}

export interface TSubordinateFinding {
  office: string;
  severity: TSeverity;
  ruleId: string;
  /** “来自示范区教育局：…”. */
  message: string;
}

export interface TRollupView {
  office: { id: string; name: string };
  year: number;
  /** Offices below, for the choice (default: all of them). */
  candidates: { id: string; name: string }[];
  report: { id: string; status: string; statusLabel: string; version: number } | null;
  /** The roll-up document (null before the first 汇总). */
  document: TReportDocument | null;
  included: { name: string; source: string }[];
  missing: TRollupMissing[];
  /** Null when the sums are those of the offices' current reports; else what changed. */
  stale: (TRollupComparison & { error?: string }) | null;
  gaps: TRollupGap[];
  findings: { severity: TSeverity; ruleId: string; message: string }[];
  subordinateFindings: TSubordinateFinding[];
  /** Whether the report may still change (草稿 or 已退回). */
  editable: boolean;
}
