import "server-only";

import { mayRollUp, withDescendants } from "@/lib/auth/office-scopes";
import type { TSessionUser } from "@/lib/auth/types";
import { listOffices } from "@/lib/db/offices";
import { listLatestEditionsOfYear } from "@/lib/db/public-editions";
import {
  createReport,
  findReportByOfficeYear,
  listReportsOfOffices,
  replaceReportDocument,
  type TReportSummary,
} from "@/lib/db/reports";
import { AppError } from "@/lib/errors";
import { createEmptyReport } from "@/lib/report/new-report";
import type { TReportDocument } from "@/lib/report/schema";
import { compareRollups, rollUpReports, type TRollupGap, type TRollupPart } from "@/lib/rollup/rollup";
import { evaluateReport } from "@/lib/rules/evaluate";
import { getTemplate, isSupportedYear, type TCellId } from "@/lib/template";
import { buildRollupWorkbook } from "@/lib/spreadsheet/rollup-xlsx";
import { cellLabel } from "@/lib/template/labels";
import { statusLabel } from "@/lib/workflow/transitions";
import type { TRollupMissing, TRollupView } from "@/lib/rollup/types";

export type { TRollupView } from "@/lib/rollup/types";

/**
 * 汇总 (issue 16, docs/rollup.md): a supervising office's own report of a year whose 表二/三/四 are the sum
 * of the chosen offices' reports. The roll-up is the office's ordinary report (one per office and year)
 * carrying `document.rollup` (lib/rollup); every change is a `rollup` event in its history.
 */

/** Suffix of the supervising office's own figures (本级) in a roll-up. */
export const OWN_SUFFIX = "（本级）";

/** Where an office's figures come from: its report when 已通过/已发布, else its latest published edition. */
interface TSource {
  officeId: string;
  name: string;
  document: TReportDocument;
  /** “已通过”, “已发布（第 2 版）”. */
  label: string;
}

const requireRollupOffice = async (user: TSessionUser, officeId: string) => {
  if (!mayRollUp(user, officeId))
    throw new AppError("FORBIDDEN", "只有本机关的审核人可以汇总下级机关的年报。");
  const offices = await listOffices();
  const office = offices.find((o) => o.id === officeId);
  if (!office) throw new AppError("NOT_FOUND", "机关不存在。");
  const below = withDescendants([officeId], offices).filter((o) => o.id !== officeId);
  return { office, below, offices };
};

/** Each chosen office's current figures (approved/published report, else latest edition), or its status. */
const loadSources = async (officeIds: string[], year: number, names: Map<string, string>) => {
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
    } else missing.push({ officeId, name, status: report ? statusLabel(report.status) : "未开始" });
  }
  return { sources, missing };
};

/** The 本级 figures kept in a roll-up, as a document to sum again (input cells from their contributions). */
const ownPart = (document: TReportDocument): TRollupPart | null => {
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
const hasOwnFigures = (document: TReportDocument) =>
  Object.values(document.cells).some((value) => typeof value === "number" && value !== 0);

/**
 * The roll-up of `officeIds` for `base` (the office's report): sums of the current sources plus 本级, with
 * overrides kept (their `sum` updated) and narrative and details left as they were. AppError INVALID with
 * the Chinese reason when the choice cannot be summed.
 */
const compute = async (
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

const chosenIds = (document: TReportDocument, byName: Map<string, string>) =>
  [
    ...(document.rollup?.offices ?? []).map((o) => o.name).filter((n) => !n.endsWith(OWN_SUFFIX)),
    ...(document.rollup?.missing ?? []),
  ]
    .map((name) => byName.get(name))
    .filter((id): id is string => id !== undefined);

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
  const ids = document ? chosenIds(document, byName) : below.map((o) => o.id);
  const { sources, missing } = await loadSources(ids, year, names);
  let stale: TRollupView["stale"] = null;
  let gaps: TRollupGap[] = [];
  if (document && report) {
    try {
      const now = await compute(office, year, ids, names, document, ownPart(document));
      gaps = now.gaps;
      const comparison = compareRollups(document, now.document);
      if (comparison.changes.length || comparison.added.length || comparison.removed.length)
        stale = comparison;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      stale = { changes: [], added: [], removed: [], error: error.message };
    }
  }
  const subordinateFindings = sources.flatMap((source) =>
    evaluateReport(source.document)
      .filter((f) => f.severity !== "info")
      .map((f) => ({
        office: source.name,
        severity: f.severity,
        ruleId: f.ruleId,
        message: `来自${source.name}：${f.message}`,
      })),
  );
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
      ...sources.map((s) => ({ name: s.name, source: s.label })),
    ],
    missing,
    stale,
    gaps,
    findings: document
      ? evaluateReport(document).map((f) => ({ severity: f.severity, ruleId: f.ruleId, message: f.message }))
      : [],
    subordinateFindings,
    editable: !report || report.status === "DRAFT" || report.status === "RETURNED",
  };
};

const refuseLocked = (report: TReportSummary) => {
  if (report.status !== "DRAFT" && report.status !== "RETURNED")
    throw new AppError("READ_ONLY", `该年报当前为“${statusLabel(report.status)}”，不能再汇总或调整。`);
};

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
  const ids = input.officeIds ?? (previous ? chosenIds(previous, byName) : below.map((o) => o.id));
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

/**
 * Overrides one summed input cell of the roll-up with `value` (null: back to the sum) and a written reason,
 * recorded in the history with the sum it replaces. INVALID for a cell that is no summed input cell, an
 * empty reason or a value of the wrong kind; READ_ONLY after submission; CONFLICT on a stale `baseVersion`.
 */
export const overrideRollupCellFor = async (
  user: TSessionUser,
  input: {
    officeId: string;
    year: number;
    cellId: TCellId;
    value: number | null;
    reason: string;
    baseVersion: number;
  },
): Promise<{ version: number }> => {
  const { office } = await requireRollupOffice(user, input.officeId);
  const report = await findReportByOfficeYear(office.id, input.year);
  const rollup = report?.document.rollup;
  if (!report || !rollup) throw new AppError("NOT_FOUND", "尚未生成汇总。");
  refuseLocked(report);
  if (report.version !== input.baseVersion)
    throw new AppError("CONFLICT", "汇总报告已被他人修改，请刷新页面后再调整。");
  const cell = getTemplate(report.document.formatVersion).cellById.get(input.cellId);
  if (!cell || cell.sumOf) throw new AppError("INVALID", `“${input.cellId}”不是可调整的汇总单元格。`);
  const reason = input.reason.trim();
  if (!reason) throw new AppError("INVALID", "调整汇总数必须写明理由。");
  if (
    input.value !== null &&
    (!Number.isFinite(input.value) ||
      (cell.kind !== "amount" && !Number.isInteger(input.value)) ||
      (cell.kind !== "signedCount" && input.value < 0))
  )
    throw new AppError(
      "INVALID",
      `${cellLabel(cell)}应为${cell.kind === "amount" ? "不小于 0 的数字" : "整数"}。`,
    );
  const contributions = rollup.contributions[cell.id] ?? [];
  const sum = contributions.some((v) => v !== null)
    ? Math.round(contributions.reduce<number>((a, v) => a + (v ?? 0), 0) * 10_000) / 10_000
    : null;
  const overrides = { ...rollup.overrides };
  const before = report.document.cells[cell.id] ?? null;
  let value: number | null;
  if (input.value === null || input.value === sum) {
    delete overrides[cell.id];
    value = sum;
  } else {
    overrides[cell.id] = { sum, reason };
    value = input.value;
  }
  const document: TReportDocument = {
    ...report.document,
    cells: { ...report.document.cells, [cell.id]: value },
    rollup: { ...rollup, overrides: Object.keys(overrides).length ? overrides : undefined },
  };
  const ok = await replaceReportDocument({
    id: report.id,
    baseVersion: report.version,
    document,
    actor: { id: user.id, name: user.displayName },
    event: (version) => ({
      action: "rollup",
      detail: {
        kind: "override",
        cellId: cell.id,
        label: cellLabel(cell),
        sum: typeof before === "number" ? before : sum,
        value,
        reason,
        version,
      },
    }),
  });
  if (!ok) throw new AppError("CONFLICT", "汇总报告刚被他人修改，请刷新页面后再调整。");
  return { version: report.version + 1 };
};

/**
 * Whether a stored roll-up is behind its offices' current reports, as a Chinese sentence naming who changed
 * (for the submission check), or null when current or no roll-up. Reads without the user's scope: it runs
 * for the office's own 填报人 inside the submission, after `loadReportFor` admitted them.
 */
export const describeStaleRollup = async (report: {
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
  try {
    const now = await compute(
      office,
      report.year,
      chosenIds(document, byName),
      names,
      document,
      ownPart(document),
    );
    const c = compareRollups(document, now.document);
    const who = [...new Set([...c.changes.map((x) => x.office), ...c.added, ...c.removed])];
    return who.length
      ? `汇总后${who.join("、")}的年报有变化（${c.changes.length} 处数值变化${c.added.length ? `，新增 ${c.added.join("、")}` : ""}）`
      : null;
  } catch (error) {
    if (error instanceof AppError) return `汇总已无法按原选择重新计算：${error.message}`;
    throw error;
  }
};

/**
 * The roll-up as .xlsx (lib/spreadsheet/rollup-xlsx.ts): a sheet per table, a row per office and a 合计
 * row, and on the last sheet the findings of the roll-up (as 汇总) and of every summed office, and the
 * missing offices with their status. NOT_FOUND before the first 汇总.
 */
export const buildRollupXlsxFor = async (
  user: TSessionUser,
  officeId: string,
  year: number,
): Promise<{ body: Uint8Array<ArrayBuffer>; fileName: string }> => {
  const view = await loadRollupFor(user, officeId, year);
  if (!view.document) throw new AppError("NOT_FOUND", "尚未生成汇总。");
  const byOffice = (name: string) =>
    view.subordinateFindings
      .filter((f) => f.office === name)
      .map((f) => ({
        severity: f.severity,
        ruleId: f.ruleId,
        message: f.message.replace(`来自${name}：`, ""),
      }));
  const body = await buildRollupWorkbook(getTemplate(view.document.formatVersion), view.document, [
    {
      office: `${view.office.name}（汇总）`,
      status: view.report?.statusLabel ?? "",
      findings: view.findings,
    },
    ...view.included.map((i) => ({ office: i.name, status: i.source, findings: byOffice(i.name) })),
    ...view.missing.map((m) => ({ office: m.name, status: m.status, missing: true, findings: [] })),
  ]);
  return { body, fileName: `${view.office.name}${year}年度汇总表.xlsx` };
};
