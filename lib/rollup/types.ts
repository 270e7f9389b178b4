import type { TReportDocument } from "@/lib/report/schema";
import type { TSeverity } from "@/lib/rules/types";

import type { TRollupComparison, TRollupGap } from "./rollup";

/**
 * The explanation key of a stale 汇总 in a submission's `explanations` (docs/rollup.md): the written reason for
 * submitting a roll-up without refreshing it, asked for by the 提交审核 dialog and checked by the server.
 */
export const STALE_ROLLUP_KEY = "rollup-stale";

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
  /** `newOffices`: offices created below after the roll-up was made (issue 16), named in the stale notice. */
  stale: (TRollupComparison & { error?: string; newOffices?: string[] }) | null;
  gaps: TRollupGap[];
  findings: { severity: TSeverity; ruleId: string; message: string }[];
  subordinateFindings: TSubordinateFinding[];
  /** Whether the report may still change (草稿 or 已退回). */
  editable: boolean;
}
