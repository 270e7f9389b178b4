import type { TCellDef, TCellId, TReportTemplate, TSectionId, TTableId } from "./types";

/**
 * How the app names places in a report: tables, cells, sections. Rules, the diff, the history, the
 * workflow panel and the editor all name places through these functions, so a person reads one wording.
 */

export const TABLE_NAMES: Readonly<Record<TTableId, string>> = { t2: "表二", t3: "表三", t4: "表四" };

/** The section each table is printed in (template-spec §3.3): 表二 in 二、, 表三 in 三、, 表四 in 四、. */
export const TABLE_SECTIONS: Readonly<Record<TTableId, TSectionId>> = { t2: "s2", t3: "s3", t4: "s4" };

/** The editor's step before the six sections: agency, title, publication and contact details. */
export const DETAILS_LABEL = "报告信息";

/** The paragraph before section 一 (narrative key `opening`). */
export const OPENING_LABEL = "开头段落";

type TCellNames = Pick<TCellDef, "table" | "rowLabel" | "colLabel">;

const isTableId = (value: string | undefined): value is TTableId =>
  value !== undefined && Object.hasOwn(TABLE_NAMES, value);

/** The table a cell id belongs to (`t3.granted.total` → `t3`); undefined for an id that names no table. */
export const tableOfCellId = (id: TCellId): TTableId | undefined => {
  const table = id.split(".")[0];
  return isTableId(table) ? table : undefined;
};

/** The section that holds a cell (`t3.…` → `s3`); undefined for an id that names no table. */
export const sectionOfCellId = (id: TCellId): TSectionId | undefined => {
  const table = tableOfCellId(id);
  return table ? TABLE_SECTIONS[table] : undefined;
};

/** `二、主动公开政府信息情况`: the heading of the section a table is printed in. */
export const tableSectionHeading = (template: TReportTemplate, table: TTableId): string =>
  template.sections.find((section) => section.id === TABLE_SECTIONS[table])?.heading ?? TABLE_NAMES[table];

/** `（一）予以公开 自然人`: a cell by row and column, inside its table (form labels, schema messages). */
export const cellRowColumn = (cell: Pick<TCellDef, "rowLabel" | "colLabel">): string =>
  `${cell.rowLabel} ${cell.colLabel}`;

/** `表三“（一）予以公开”行“自然人”列`: where a finding points. */
export const cellPlace = (cell: TCellNames): string =>
  `${TABLE_NAMES[cell.table]}“${cell.rowLabel}”行“${cell.colLabel}”列`;

/** `表三“（一）予以公开”自然人`: a cell in lists of changes and comments. */
export const cellLabel = (cell: TCellNames): string =>
  `${TABLE_NAMES[cell.table]}“${cell.rowLabel}”${cell.colLabel}`;

/** `表二“规章”`, `表二“现行有效件数”`: a row or column named inside its table. */
export const inTable = (table: TTableId, label: string): string => `${TABLE_NAMES[table]}“${label}”`;

/** `表三“（七）总计”行`: a whole row of a table. */
export const rowPlace = (table: TTableId, rowLabel: string): string => `${inTable(table, rowLabel)}行`;

/** `表三“自然人”列`: a whole column of a table. */
export const columnPlace = (table: TTableId, colLabel: string): string => `${inTable(table, colLabel)}列`;

/** The editor's step names: 报告信息, then the section headings. */
export const stepLabel = (template: TReportTemplate, step: TSectionId | "details"): string =>
  step === "details"
    ? DETAILS_LABEL
    : (template.sections.find((section) => section.id === step)?.heading ?? step);
