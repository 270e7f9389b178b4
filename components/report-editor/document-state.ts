import { LINK_MARKER_PREFIX, refreshLinkedNarrative } from "@/lib/report/linked-values";
import type { TCellValue, TNarrativeKey, TReportDetails, TReportDocument } from "@/lib/report/schema";
import { isAsPublishedImport, resolveValues, type TReportValues } from "@/lib/report/values";
import { getTemplate } from "@/lib/template";
import { toHalfWidthNumber } from "@/lib/template/text";

/** The editor's document state: every change is one action, applied immutably. */

type TValuesInput = Pick<TReportDocument, "formatVersion" | "cells" | "printedTotals"> &
  Partial<Pick<TReportDocument, "source">>;

// The values of the cells object last resolved: a keystroke resolves them once for the linked narrative (the
// reducer) and again for the totals shown (the editor); both get the same object.
const resolvedCells = new WeakMap<
  TReportDocument["cells"],
  { printedTotals: unknown; asPublished: boolean; values: TReportValues }
>();

/**
 * `resolveValues` of a document in its own format, remembered per cells object (edits make a new one, so an
 * entry is never stale): the same cells, printed totals and kind of import give the same `TReportValues`.
 */
export const documentValues = (report: TValuesInput): TReportValues => {
  const asPublished = isAsPublishedImport(report);
  const known = resolvedCells.get(report.cells);
  if (known && known.printedTotals === report.printedTotals && known.asPublished === asPublished)
    return known.values;
  const values = resolveValues(getTemplate(report.formatVersion), report);
  resolvedCells.set(report.cells, { printedTotals: report.printedTotals, asPublished, values });
  return values;
};

export type TDocumentAction =
  | { type: "setCells"; values: Record<string, TCellValue> }
  | { type: "setNarrative"; key: TNarrativeKey; text: string }
  | { type: "setDetails"; details: TReportDetails }
  | { type: "replace"; document: TReportDocument };

export const documentReducer = (state: TReportDocument, action: TDocumentAction): TReportDocument => {
  switch (action.type) {
    case "setCells": {
      const cells = { ...state.cells };
      for (const [id, value] of Object.entries(action.values)) {
        if (value === null) delete cells[id];
        else cells[id] = value;
      }
      // Linked values carry the number last shown; keep it current so what is saved matches the tables.
      const hasLinks = Object.values(state.narrative).some((text) => text?.includes(LINK_MARKER_PREFIX));
      const narrative = hasLinks
        ? refreshLinkedNarrative(
            state.narrative,
            documentValues({ formatVersion: state.formatVersion, cells, printedTotals: state.printedTotals }),
          )
        : state.narrative;
      return { ...state, cells, narrative };
    }
    case "setNarrative":
      return { ...state, narrative: { ...state.narrative, [action.key]: action.text } };
    case "setDetails":
      return { ...state, details: action.details };
    case "replace":
      return action.document;
  }
};

/**
 * What a typed cell text is stored as: a plain number when it is one, null when empty, otherwise the text
 * itself (the rule engine names the problem). Full-width digits from a Chinese IME become ASCII on entry, and
 * thousands separators (`1,234`) are dropped.
 */
export const cellValueFromInput = (text: string): TCellValue => {
  const normalized = toHalfWidthNumber(text).trim();
  if (normalized === "") return null;
  const plain = withoutThousandsSeparators(normalized);
  if (/^-?\d+(\.\d+)?$/.test(plain)) return Number(plain);
  return normalized;
};

/**
 * `1,234` / `1，234,567.5` → `1234` / `1234567.5`: Excel and WPS copy large counts with thousands separators
 * (half- or full-width commas, groups of exactly three digits). Anything else — `1,23`, `12,345,6` — is
 * returned unchanged, so a mistyped number is still reported instead of silently read as another one.
 */
export const withoutThousandsSeparators = (text: string): string =>
  /^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(text) ? text.replace(/[,，]/g, "") : text;

export const cellInputText = (value: TCellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);
