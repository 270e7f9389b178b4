import type { TReportTemplate, TSectionId } from "@/lib/template";
import { parseCommentTarget } from "@/lib/template/comment-target";
import { cellLabel, DETAILS_LABEL, OPENING_LABEL, sectionOfCellId, stepLabel } from "@/lib/template/labels";

import { SECTION_OF_NARRATIVE_KEY, type TNarrativeKey, type TReportDocument } from "./schema";

/** What differs between two versions of a report, in terms a person recognises (cells by label, sections by heading). */
export interface TReportDiff {
  cells: { id: string; label: string; before: string; after: string }[];
  narrative: { key: TNarrativeKey; label: string; before: string; after: string }[];
  details: { field: string; before: string; after: string }[];
}

const show = (value: unknown): string =>
  value === null || value === undefined || value === "" ? "（空）" : String(value);

const NARRATIVE_LABELS = (template: TReportTemplate): Record<TNarrativeKey, string> => ({
  opening: OPENING_LABEL,
  ...(Object.fromEntries(template.sections.map((s) => [s.id, s.heading])) as Record<
    Exclude<TNarrativeKey, "opening">,
    string
  >),
});

const DETAIL_FIELDS: { field: string; read: (d: TReportDocument["details"]) => unknown }[] = [
  { field: "机关全称", read: (d) => d.agencyName },
  { field: "标题", read: (d) => d.title },
  { field: "发布网站", read: (d) => d.publication?.website },
  { field: "发布专栏", read: (d) => d.publication?.column },
  { field: "联系机构", read: (d) => d.contact?.office },
  { field: "地址", read: (d) => d.contact?.address },
  { field: "邮编", read: (d) => d.contact?.postcode },
  { field: "电话", read: (d) => d.contact?.phone },
  { field: "电子邮箱", read: (d) => d.contact?.email },
  { field: "落款机关", read: (d) => d.issuer },
  { field: "成文日期", read: (d) => d.issueDate },
];

export const diffReports = (
  template: TReportTemplate,
  before: TReportDocument,
  after: TReportDocument,
): TReportDiff => {
  const cells = template.cells
    .filter((cell) => !cell.sumOf && show(before.cells[cell.id]) !== show(after.cells[cell.id]))
    .map((cell) => ({
      id: cell.id,
      label: cellLabel(cell),
      before: show(before.cells[cell.id]),
      after: show(after.cells[cell.id]),
    }));
  const labels = NARRATIVE_LABELS(template);
  const narrative = (Object.keys(labels) as TNarrativeKey[])
    .filter((key) => (before.narrative[key] ?? "") !== (after.narrative[key] ?? ""))
    .map((key) => ({
      key,
      label: labels[key],
      before: before.narrative[key] ?? "",
      after: after.narrative[key] ?? "",
    }));
  const details = DETAIL_FIELDS.filter(
    ({ read }) => show(read(before.details)) !== show(read(after.details)),
  ).map(({ field, read }) => ({
    field,
    before: show(read(before.details)),
    after: show(read(after.details)),
  }));
  return { cells, narrative, details };
};

export const isEmptyDiff = (diff: TReportDiff): boolean =>
  diff.cells.length + diff.narrative.length + diff.details.length === 0;

/** A review comment as the diff shows it beside the change it asked for. */
export interface TDiffComment {
  body: string;
  authorName: string;
  resolved: boolean;
  /** The thread under the comment (the 填报人's answer, a 审核人's follow-up), oldest first (D60). */
  replies: { body: string; authorName: string }[];
}

export interface TDiffChange {
  key: string;
  what: string;
  before: string;
  after: string;
  /** Comments on this very cell (the change answers them). */
  comments: TDiffComment[];
}

/** One step's changes (报告信息 or a section with its table), with the comments the changes answer. */
export interface TDiffSection {
  step: "details" | TSectionId;
  label: string;
  changes: TDiffChange[];
  /** Comments on the section as a whole (`section:<id>`): the section's changes answer them. */
  sectionComments: TDiffComment[];
  /** Comments on cells of the section that did not change: asked, not (yet) answered by a change. */
  unanswered: (TDiffComment & { what: string })[];
}

const STEP_ORDER: readonly ("details" | TSectionId)[] = ["details", "s1", "s2", "s3", "s4", "s5", "s6"];

/**
 * The diff grouped section by section (报告信息, then 一 … 六, a table's cells under its section), each change
 * with the review comments it answers: a cell's comments beside the cell, a section's comments with the
 * section. Sections without a change are left out unless a comment points into them (then its comments are
 * listed as unanswered). `comments` are the report's comments (`cell:…` / `section:…` targets, lib/template/
 * comment-target), usually those made since the baseline.
 */
export const diffBySection = (
  template: TReportTemplate,
  diff: TReportDiff,
  comments: readonly {
    target: string;
    body: string;
    authorName: string;
    resolvedAt: Date | string | null;
    replies?: readonly { body: string; authorName: string }[];
  }[],
): TDiffSection[] => {
  const sections = new Map(
    STEP_ORDER.map((step) => [
      step,
      {
        step,
        label: step === "details" ? DETAILS_LABEL : stepLabel(template, step),
        changes: [] as TDiffChange[],
        sectionComments: [] as TDiffComment[],
        unanswered: [] as (TDiffComment & { what: string })[],
      },
    ]),
  );
  const cellComments = new Map<string, TDiffComment[]>();
  for (const comment of comments) {
    const target = parseCommentTarget(comment.target);
    const shown = {
      body: comment.body,
      authorName: comment.authorName,
      resolved: Boolean(comment.resolvedAt),
      replies: (comment.replies ?? []).map((r) => ({ body: r.body, authorName: r.authorName })),
    };
    if (target?.kind === "cell") cellComments.set(target.id, [...(cellComments.get(target.id) ?? []), shown]);
    else if (target?.kind === "section") sections.get(target.id as TSectionId)?.sectionComments.push(shown);
  }
  for (const d of diff.details)
    sections.get("details")?.changes.push({ key: `d:${d.field}`, what: d.field, ...pick(d), comments: [] });
  for (const n of diff.narrative)
    sections
      .get(SECTION_OF_NARRATIVE_KEY[n.key])
      ?.changes.push({ key: `n:${n.key}`, what: n.label, ...pick(n), comments: [] });
  const changedCells = new Set(diff.cells.map((c) => c.id));
  for (const c of diff.cells)
    sections.get(sectionOfCellId(c.id) ?? "details")?.changes.push({
      key: `c:${c.id}`,
      what: c.label,
      ...pick(c),
      comments: cellComments.get(c.id) ?? [],
    });
  for (const [id, list] of cellComments) {
    if (changedCells.has(id)) continue;
    const cell = template.cellById.get(id);
    const section = sections.get(sectionOfCellId(id) ?? "details");
    for (const comment of list) section?.unanswered.push({ ...comment, what: cell ? cellLabel(cell) : id });
  }
  return [...sections.values()].filter(
    (s) => s.changes.length || s.sectionComments.length || s.unanswered.length,
  );
};

const pick = (change: { before: string; after: string }) => ({ before: change.before, after: change.after });
