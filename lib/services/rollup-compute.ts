import "server-only";

import { mayRollUp, withDescendants } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listOffices } from "@/lib/db/offices";
import { listLatestEditionsOfYear } from "@/lib/db/public-editions";
import { listReportsOfOffices, type TReportSummary } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import type { TReportDocument } from "@/lib/report/schema";
import { compareRollups, describeRollupChanges, rollUpReports, type TRollupPart } from "@/lib/rollup/rollup";
import type { TRollupMissing } from "@/lib/rollup/types";
import { evaluateReport } from "@/lib/rules/evaluate";
import { statusLabel } from "@/lib/workflow/transitions";

import { subordinatesAddedSince } from "./rollup-new-offices";

/**
 * The computing side of 汇总 (docs/rollup.md): which offices' figures count (their approved or published
 * report, else their latest edition), the 本级 part, the sum itself with overrides kept, whether a stored
 * roll-up is stale, and the subordinates' findings as “来自某某局”. lib/services/rollup.ts makes and shows it.
 */

/** Suffix of the supervising office's own figures (本级) in a roll-up. */
export const OWN_SUFFIX = "（本级）";

/** Where an office's figures come from: its report when 已通过/已发布, else its latest published edition. */
export interface TSource {
  officeId: string;
  name: string;
  document: TReportDocument;
  /** “已通过”, “已发布（第 2 版）”, “待审核（尚未审核通过）”. */
  label: string;
  /** A report still 待审核 (only with `includeSubmitted`): its numbers may change. */
  pending?: boolean;
}

/** Label of a 待审核 report counted by the region's 图解 (never by the 汇总 itself). */
export const PENDING_SOURCE_LABEL = "待审核（尚未审核通过）";

/**
 * The office whose roll-up the user may make (FORBIDDEN unless its 审核人; NOT_FOUND), the offices below it
 * and the whole tree.
 */
export const requireRollupOffice = async (user: TSessionUser, officeId: string) => {
  if (!mayRollUp(user, officeId))
    throw new AppError("FORBIDDEN", "只有本机关的审核人可以汇总下级机关的年报。");
  const offices = await listOffices();
  const office = offices.find((o) => o.id === officeId);
  if (!office) throw new AppError("NOT_FOUND", "机关不存在。");
  const below = withDescendants([officeId], offices).filter((o) => o.id !== officeId);
  return { office, below, offices };
};

/**
 * Each chosen office's current figures (approved/published report, else latest edition; with
 * `includeSubmitted`, then a 待审核 report, marked `pending` — the region's 图解 only), or its status.
 */
export const loadSources = async (
  officeIds: string[],
  year: number,
  names: Map<string, string>,
  options: { includeSubmitted?: boolean } = {},
) => {
  const reports = (await listReportsOfOffices(officeIds)).filter((r) => r.year === year);
  const editions = await listLatestEditionsOfYear(officeIds, year);
  const sources: TSource[] = [];
  const missing: TRollupMissing[] = [];
  for (const officeId of officeIds) {
    const name = names.get(officeId) ?? officeId;
    const report = reports.find((r) => r.officeId === officeId);
    const edition = editions.find((e) => e.officeId === officeId);
    if (report && (report.status === "APPROVED" || report.status === "PUBLISHED")) {
      const label =
        edition && report.status === "PUBLISHED"
          ? `已发布（第 ${edition.edition} 版）`
          : statusLabel(report.status);
      sources.push({ officeId, name, document: report.document, label });
    } else if (edition) {
      sources.push({
        officeId,
        name,
        document: edition.document,
        label: `已发布第 ${edition.edition} 版（更正中）`,
      });
    } else if (report && report.status === "SUBMITTED" && options.includeSubmitted) {
      sources.push({ officeId, name, document: report.document, label: PENDING_SOURCE_LABEL, pending: true });
    } else missing.push({ officeId, name, status: report ? statusLabel(report.status) : "未开始" });
  }
  return { sources, missing };
};

/** The 本级 figures kept in a roll-up, as a document to sum again (input cells from their contributions). */
export const ownPart = (document: TReportDocument): TRollupPart | null => {
  const rollup = document.rollup;
  const index = rollup?.offices.findIndex((o) => o.name.endsWith(OWN_SUFFIX)) ?? -1;
  if (!rollup || index === -1) return null;
  const cells: TReportDocument["cells"] = {};
  for (const [id, values] of Object.entries(rollup.contributions)) cells[id] = values[index] ?? null;
  return {
    name: rollup.offices[index]!.name,
    document: { ...document, cells, printedTotals: undefined, source: { kind: "editor" }, rollup: undefined },
  };
};

/** Whether a report's own tables hold any number (its 本级 figures, counted once in the roll-up). */
export const hasOwnFigures = (document: TReportDocument) =>
  Object.values(document.cells).some((value) => typeof value === "number" && value !== 0);

/**
 * The roll-up of `officeIds` for `base` (the office's report): sums of the current sources plus 本级, with
 * overrides kept (their `sum` updated) and narrative and details left as they were. AppError INVALID with
 * the Chinese reason when the choice cannot be summed.
 */
export const compute = async (
  office: { id: string; name: string },
  year: number,
  officeIds: string[],
  names: Map<string, string>,
  base: TReportDocument,
  own: TRollupPart | null,
) => {
  const { sources, missing } = await loadSources(officeIds, year, names);
  const parts: TRollupPart[] = [
    ...(own ? [own] : []),
    ...sources.map((s) => ({ name: s.name, document: s.document })),
  ];
  if (parts.length === 0) {
    throw new AppError("INVALID", `所选机关都还没有已通过或已发布的${year}年度年报，暂不能汇总。`, {
      missing: missing.map((m) => `${m.name}（${m.status}）`),
    });
  }
  const outcome = rollUpReports(parts, { agencyName: office.name });
  if (!outcome.ok) throw new AppError("INVALID", outcome.errors.join("；"));
  const summed = outcome.result.document;
  const overrides = { ...base.rollup?.overrides };
  const cells = { ...summed.cells };
  for (const [id, override] of Object.entries(overrides)) {
    if (!(id in cells)) {
      delete overrides[id];
      continue;
    }
    overrides[id] = { ...override, sum: (cells[id] as number | null) ?? null };
    cells[id] = base.cells[id] ?? null;
  }
  const document: TReportDocument = {
    ...base,
    cells,
    printedTotals: undefined,
    prefill: undefined,
    rollup: {
      ...summed.rollup!,
      ...(missing.length ? { missing: missing.map((m) => m.name) } : {}),
      ...(Object.keys(overrides).length ? { overrides } : {}),
    },
  };
  return { document, sources, missing, gaps: outcome.result.gaps };
};

/** The offices a stored roll-up was made of (summed and missing), by id; 本级 left out. */
export const chosenIds = (document: TReportDocument, byName: Map<string, string>) =>
  [
    ...(document.rollup?.offices ?? []).map((o) => o.name).filter((n) => !n.endsWith(OWN_SUFFIX)),
    ...(document.rollup?.missing ?? []),
  ]
    .map((name) => byName.get(name))
    .filter((id): id is string => id !== undefined);

/** READ_ONLY once the roll-up report is submitted (only 草稿 and 已退回 may be remade or adjusted). */
export const refuseLocked = (report: TReportSummary) => {
  if (report.status !== "DRAFT" && report.status !== "RETURNED")
    throw new AppError("READ_ONLY", `该年报当前为“${statusLabel(report.status)}”，不能再汇总或调整。`);
};

/**
 * Whether a stored roll-up is behind its offices' current reports, as a Chinese sentence naming who changed
 * (for the submission check), or null when current or no roll-up. Reads without the user's scope: it runs
 * for the office's own 填报人 inside the submission, after `loadReportFor` admitted them.
 */
export const describeStaleRollup = async (report: {
  id: string;
  officeId: string;
  year: number;
  document: TReportDocument;
}): Promise<string | null> => {
  const document = report.document;
  if (!document.rollup) return null;
  const offices = await listOffices();
  const office = offices.find((o) => o.id === report.officeId);
  if (!office) return null;
  const below = withDescendants([office.id], offices).filter((o) => o.id !== office.id);
  const names = new Map(below.map((o) => [o.id, o.name]));
  const byName = new Map(below.map((o) => [o.name, o.id]));
  const chosen = chosenIds(document, byName);
  const added = await subordinatesAddedSince(report.id, below, chosen);
  const newOffices = added.length ? `新增下级机关：${added.map((o) => o.name).join("、")}` : "";
  try {
    const ids = [...chosen, ...added.map((o) => o.id)];
    const now = await compute(office, report.year, ids, names, document, ownPart(document));
    const changed = describeRollupChanges(compareRollups(document, now.document));
    return [changed, newOffices].filter(Boolean).join("；") || null;
  } catch (error) {
    if (error instanceof AppError) return `汇总已无法按原选择重新计算：${error.message}`;
    throw error;
  }
};

/** A finding of a summed office, as the roll-up shows it (“来自某某局：…”). */
export interface TSubordinateFinding {
  office: string;
  severity: "error" | "warning";
  ruleId: string;
  message: string;
}

/** The errors and warnings of each summed office's figures, each message prefixed “来自某某局：”. */
export const findingsOfSources = (sources: readonly TSource[]): TSubordinateFinding[] =>
  sources.flatMap((source) =>
    evaluateReport(source.document)
      .filter((f) => f.severity !== "info")
      .map((f) => ({
        office: source.name,
        severity: f.severity as "error" | "warning",
        ruleId: f.ruleId,
        message: `来自${source.name}：${f.message}`,
      })),
  );

/**
 * The “来自某某局” findings of a stored roll-up's offices as they are now (for the editor's findings panel of
 * the roll-up report); empty for a report that is no roll-up. Reads without the user's scope: callers have
 * admitted the user to the report (`loadReportFor`).
 */
export const subordinateFindingsOf = async (report: {
  officeId: string;
  year: number;
  document: TReportDocument;
}): Promise<TSubordinateFinding[]> => {
  if (!report.document.rollup) return [];
  const offices = await listOffices();
  const below = withDescendants([report.officeId], offices).filter((o) => o.id !== report.officeId);
  const names = new Map(below.map((o) => [o.id, o.name]));
  const byName = new Map(below.map((o) => [o.name, o.id]));
  const { sources } = await loadSources(chosenIds(report.document, byName), report.year, names);
  return findingsOfSources(sources);
};
