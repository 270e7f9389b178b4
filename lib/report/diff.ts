import type { TReportTemplate } from "@/lib/template";

import type { TNarrativeKey, TReportDocument } from "./schema";

/** What differs between two versions of a report, in terms a person recognises (cells by label, sections by heading). */
export interface TReportDiff {
  cells: { id: string; label: string; before: string; after: string }[];
  narrative: { key: TNarrativeKey; label: string; before: string; after: string }[];
  details: { field: string; before: string; after: string }[];
}

const show = (value: unknown): string => (value === null || value === undefined || value === "" ? "（空）" : String(value));

const NARRATIVE_LABELS = (template: TReportTemplate): Record<TNarrativeKey, string> => ({
  opening: "开头段落",
  ...(Object.fromEntries(template.sections.map((s) => [s.id, s.heading])) as Record<Exclude<TNarrativeKey, "opening">, string>),
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

export const diffReports = (template: TReportTemplate, before: TReportDocument, after: TReportDocument): TReportDiff => {
  const cells = template.cells
    .filter((cell) => !cell.sumOf && show(before.cells[cell.id]) !== show(after.cells[cell.id]))
    .map((cell) => ({
      id: cell.id,
      label: `表${{ t2: "二", t3: "三", t4: "四" }[cell.table]}“${cell.rowLabel}”${cell.colLabel}`,
      before: show(before.cells[cell.id]),
      after: show(after.cells[cell.id]),
    }));
  const labels = NARRATIVE_LABELS(template);
  const narrative = (Object.keys(labels) as TNarrativeKey[])
    .filter((key) => (before.narrative[key] ?? "") !== (after.narrative[key] ?? ""))
    .map((key) => ({ key, label: labels[key], before: before.narrative[key] ?? "", after: after.narrative[key] ?? "" }));
  const details = DETAIL_FIELDS.filter(({ read }) => show(read(before.details)) !== show(read(after.details))).map(({ field, read }) => ({
    field,
    before: show(read(before.details)),
    after: show(read(after.details)),
  }));
  return { cells, narrative, details };
};

export const isEmptyDiff = (diff: TReportDiff): boolean => diff.cells.length + diff.narrative.length + diff.details.length === 0;
