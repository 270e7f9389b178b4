import type { TCellDef } from "@/lib/template";

/** Shared wording of findings, so every rule names cells the same way. */

export const TABLE_NAMES = { t2: "表二", t3: "表三", t4: "表四" } as const;

export const show = (value: number | null): string => (value === null ? "?" : String(value));

/** `表三“（一）予以公开”行“自然人”列` */
export const cellPlace = (cell: TCellDef): string => `${TABLE_NAMES[cell.table]}“${cell.rowLabel}”行“${cell.colLabel}”列`;

/** `a 3 + b 0 + c 1`, listing only non-zero terms when the list is long (at least one term is kept). */
export const termList = (terms: { label: string; value: number | null }[], compact = terms.length > 6): string => {
  const shown = compact ? terms.filter((term) => term.value !== 0) : terms;
  if (shown.length === 0) return `${terms.map((term) => term.label).join("、")}均为 0`;
  return shown.map((term) => `${term.label} ${show(term.value)}`).join(" + ") + (compact && shown.length < terms.length ? "（其余为 0）" : "");
};
