import "server-only";

import type { TSessionUser } from "@/lib/auth/types";
import { createReport, findReportByOfficeYear, replaceReportDocument } from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { createEmptyReport } from "@/lib/report/new-report";
import { compareRollups, type TRollupGap, type TRollupPart } from "@/lib/rollup/rollup";
import { evaluateReport } from "@/lib/rules/evaluate";
import { isSupportedYear } from "@/lib/template";
import { statusLabel } from "@/lib/workflow/transitions";
import type { TReportDocument } from "@/lib/report/schema";
import type { TRollupView } from "@/lib/rollup/types";

import {
  chosenIds,
  compute,
  findingsOfSources,
  hasOwnFigures,
  loadSources,
  OWN_SUFFIX,
  ownPart,
  refuseLocked,
  requireRollupOffice,
} from "./rollup-compute";
import { subordinatesAddedSince } from "./rollup-new-offices";

export type { TRollupView } from "@/lib/rollup/types";

/**
 * 汇总 (issue 16, docs/rollup.md): a supervising office's own report of a year whose 表二/三/四 are the sum
 * of the chosen offices' reports. The roll-up is the office's ordinary report (one per office and year)
 * carrying `document.rollup` (lib/rollup); every change is a `rollup` event in its history. This module shows
 * and makes it (OWN_SUFFIX is in rollup-compute.ts); rollup-compute.ts sums, rollup-override.ts adjusts a cell, rollup-xlsx.ts exports it.
 */

/**
 * The 汇总 page of `officeId` for `year`: the roll-up (if made), who is summed and from which edition, who is
 * missing and why, whether the sums are stale (and what changed), the roll-up's own findings and every
 * summed office's errors and warnings as “来自某某局：…”. FORBIDDEN unless the user is 审核人 of the office.
 */
export const loadRollupFor = async (
  user: TSessionUser,
  officeId: string,
  year: number,
): Promise<TRollupView> => {
  const { office, below } = await requireRollupOffice(user, officeId);
  const names = new Map(below.map((o) => [o.id, o.name]));
  const byName = new Map(below.map((o) => [o.name, o.id]));
  const report = await findReportByOfficeYear(officeId, year);
  const document = report?.document.rollup ? report.document : null;
  const chosen = document ? chosenIds(document, byName) : null;
  // Offices created after the roll-up was made count as chosen (missing or stale), never silently left out.
  const added = chosen && report ? await subordinatesAddedSince(report.id, below, chosen) : [];
  const ids = chosen ? [...chosen, ...added.map((o) => o.id)] : below.map((o) => o.id);
  const { sources, missing } = await loadSources(ids, year, names);
  let stale: TRollupView["stale"] = null;
  let gaps: TRollupGap[] = [];
  if (document && report) {
    try {
      const now = await compute(office, year, ids, names, document, ownPart(document));
      gaps = now.gaps;
      const comparison = compareRollups(document, now.document);
      const newOffices = added.map((o) => o.name);
      if (
        comparison.changes.length ||
        comparison.added.length ||
        comparison.removed.length ||
        newOffices.length
      )
        stale = { ...comparison, newOffices };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      stale = { changes: [], added: [], removed: [], error: error.message };
    }
  }
  const subordinateFindings = findingsOfSources(sources);
  const own = document ? ownPart(document) : null;
  return {
    office: { id: office.id, name: office.name },
    year,
    candidates: below.map((o) => ({ id: o.id, name: o.name })),
    report: report
      ? {
          id: report.id,
          status: report.status,
          statusLabel: statusLabel(report.status),
          version: report.version,
        }
      : null,
    document,
    included: [
      ...(own ? [{ name: own.name, source: "本级数（生成汇总时报告中的数）" }] : []),
      ...(document
        ? summedNow(document, sources, missing)
        : sources.map((s) => ({ name: s.name, source: s.label }))),
    ],
    // 未纳入: only offices whose figures are not inside the stored sums (a summed office since returned is listed
    // under 已汇总 with its current state, and the stale section says a refresh would drop it).
    missing: document ? missing.filter((m) => !inSums(document).has(m.name)) : missing,
    stale,
    gaps,
    findings: document
      ? evaluateReport(document).map((f) => ({ severity: f.severity, ruleId: f.ruleId, message: f.message }))
      : [],
    subordinateFindings,
    editable: !report || report.status === "DRAFT" || report.status === "RETURNED",
  };
};

/** The office names inside a stored roll-up's numbers (本级 excluded). */
const inSums = (document: TReportDocument): Set<string> =>
  new Set((document.rollup?.offices ?? []).map((o) => o.name).filter((n) => !n.endsWith(OWN_SUFFIX)));

/**
 * 已汇总 of a made roll-up: the offices INSIDE its numbers (issue 16: the list showed today's sources, so a
 * returned office disappeared from it while its figures were still summed), each with its current state —
 * “已通过” or “已发布（第 1 版）” as summed, “现已退回” when it no longer has a report to sum.
 */
const summedNow = (
  document: TReportDocument,
  sources: { name: string; label: string }[],
  missing: { name: string; status: string }[],
): { name: string; source: string }[] =>
  [...inSums(document)].map((name) => {
    const source = sources.find((s) => s.name === name);
    if (source) return { name, source: source.label };
    const status = missing.find((m) => m.name === name)?.status ?? "已删除或已改名";
    return { name, source: `${status.startsWith("已") ? "现" : "现为"}${status}（汇总数仍含其汇总时的数）` };
  });

/**
 * Makes (or remakes with a new choice) or refreshes the roll-up of `officeId`'s `year` report: creates the
 * report when there is none, sums `officeIds` (default: the previous choice, or every office below), counts
 * the report's own figures once as 本级 when it had any, and records a `rollup` event. `baseVersion` guards
 * against a concurrent change (CONFLICT). Errors: FORBIDDEN, INVALID (an office not below this one, chosen
 * twice, the office itself — 循环汇总 —, mixed formats, nothing to sum), READ_ONLY after submission.
 */
export const makeRollupFor = async (
  user: TSessionUser,
  input: { officeId: string; year: number; officeIds?: string[]; baseVersion?: number },
): Promise<{ reportId: string; version: number }> => {
  const { office, below } = await requireRollupOffice(user, input.officeId);
  if (!isSupportedYear(input.year)) throw new AppError("INVALID", `年度无效：${input.year}`);
  const names = new Map(below.map((o) => [o.id, o.name]));
  const byName = new Map(below.map((o) => [o.name, o.id]));
  if (input.officeIds) {
    if (input.officeIds.includes(office.id))
      throw new AppError("INVALID", `不能把${office.name}本身选为下级机关（循环汇总）。`);
    const seen = new Set<string>();
    for (const id of input.officeIds) {
      if (seen.has(id))
        throw new AppError("INVALID", `重复选择了${names.get(id) ?? "同一机关"}，每个机关只能汇总一次。`);
      seen.add(id);
      if (!names.has(id)) throw new AppError("INVALID", "所选机关不在本机关下级，不能汇总。");
    }
    if (input.officeIds.length === 0) throw new AppError("INVALID", "请至少选择一个下级机关。");
  }
  const actor = { id: user.id, name: user.displayName };
  let report = await findReportByOfficeYear(office.id, input.year);
  if (!report) {
    const created = await createReport({
      officeId: office.id,
      document: createEmptyReport(office.name, input.year),
      actor,
    });
    report = await findReportByOfficeYear(office.id, input.year);
    if (!report)
      throw new AppError("NOT_FOUND", `未能新建${office.name}的年报（${JSON.stringify(created)}）。`);
  }
  refuseLocked(report);
  if (input.baseVersion !== undefined && input.baseVersion !== report.version)
    throw new AppError("CONFLICT", "汇总报告已被他人修改，请刷新页面后再操作。");
  const previous = report.document.rollup ? report.document : null;
  const previousIds = previous && report ? chosenIds(previous, byName) : null;
  const ids =
    input.officeIds ??
    (previousIds && report
      ? [...previousIds, ...(await subordinatesAddedSince(report.id, below, previousIds)).map((o) => o.id)]
      : below.map((o) => o.id));
  const own: TRollupPart | null = previous
    ? ownPart(previous)
    : hasOwnFigures(report.document)
      ? { name: `${office.name}${OWN_SUFFIX}`, document: report.document }
      : null;
  const { document } = await compute(office, input.year, ids, names, report.document, own);
  const comparison = previous ? compareRollups(previous, document) : null;
  const ok = await replaceReportDocument({
    id: report.id,
    baseVersion: report.version,
    document,
    actor,
    event: (version) => ({
      action: "rollup",
      detail: {
        kind: previous ? "refresh" : "create",
        offices: document.rollup!.offices.map((o) => o.name),
        changes: comparison
          ? comparison.changes.length + comparison.added.length + comparison.removed.length
          : 0,
        version,
      },
    }),
  });
  if (!ok) throw new AppError("CONFLICT", "汇总报告刚被他人修改，请刷新页面后再操作。");
  return { reportId: report.id, version: report.version + 1 };
};
