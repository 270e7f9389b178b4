import type { TCellId, TReportTemplate, TSectionId, TTableId } from "@/lib/template";
import { cellLabel, DETAILS_LABEL, OPENING_LABEL, TABLE_NAMES, TABLE_SECTIONS } from "@/lib/template/labels";

/**
 * The history's words for what an editing session changed (D60): the places a save records (lib/db/report-save.ts:
 * `cell:<id>`, `narrative:<key>`, `remarks:<table>`, `details`) named as the template names them, never by id.
 */

/** Cells of one table listed one by one up to this many; more are counted. */
const CELLS_LISTED = 3;

/** `第三部分正文` from `三、收到和处理…`; the heading itself when it has no numeral. */
const narrativeLabel = (template: TReportTemplate, key: string): string => {
  if (key === "opening") return OPENING_LABEL;
  const heading = template.sections.find((s) => s.id === key)?.heading;
  if (!heading) return "";
  const numeral = /^([一二三四五六七八九十]+)、/.exec(heading)?.[1];
  return numeral ? `第${numeral}部分正文` : `${heading}正文`;
};

const tableCells = (template: TReportTemplate, table: TTableId, ids: readonly string[]): string => {
  const labels = ids.flatMap((id) => {
    const cell = template.cellById.get(id as TCellId);
    return cell && cell.table === table ? [cellLabel(cell)] : [];
  });
  if (labels.length <= CELLS_LISTED) return labels.join("、");
  return `${TABLE_NAMES[table]} ${labels.length} 格（${labels.slice(0, 2).join("、")}等）`;
};

/**
 * `修改：报告信息；第三部分正文；表三“（一）予以公开”自然人` — the places, in the report's order (报告信息, 开头段落,
 * then per section its text, its table's cells and 表下说明); "" for none. A place the template does not know (an
 * id of another format) is counted as “其他 N 处”, never shown.
 */
export const describeChangedPlaces = (template: TReportTemplate, places: readonly string[]): string => {
  const set = new Set(places);
  const taken = new Set<string>();
  const take = (place: string) => (set.has(place) ? (taken.add(place), true) : false);
  const parts: string[] = [];
  if (take("details")) parts.push(DETAILS_LABEL);
  if (take("narrative:opening")) parts.push(OPENING_LABEL);
  for (const section of template.sections) {
    if (take(`narrative:${section.id}`)) parts.push(narrativeLabel(template, section.id));
    const table = (Object.keys(TABLE_SECTIONS) as TTableId[]).find(
      (t) => TABLE_SECTIONS[t] === (section.id as TSectionId),
    );
    if (!table) continue;
    // In the table's order (row by row), not the stored (alphabetical) one.
    const cells = template.cells.filter((c) => c.table === table && take(`cell:${c.id}`)).map((c) => c.id);
    if (cells.length) parts.push(tableCells(template, table, cells));
    if (take(`remarks:${table}`)) parts.push(`${TABLE_NAMES[table]}表下说明`);
  }
  const others = [...set].filter((p) => !taken.has(p)).length;
  if (others) parts.push(`其他 ${others} 处`);
  return parts.length ? `修改：${parts.join("；")}` : "";
};
