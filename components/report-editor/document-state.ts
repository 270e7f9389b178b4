import type { TCellValue, TNarrativeKey, TReportDetails, TReportDocument } from "@/lib/report/schema";

/** The editor's document state: every change is one action, applied immutably. */

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
      return { ...state, cells };
    }
    case "setNarrative":
      return { ...state, narrative: { ...state.narrative, [action.key]: action.text } };
    case "setDetails":
      return { ...state, details: action.details };
    case "replace":
      return action.document;
  }
};

const FULLWIDTH_DIGITS = /[\uFF10-\uFF19\uFF0E\uFF0D]/g;

/**
 * What a typed cell text is stored as: a plain number when it is one, null when empty, otherwise the text
 * itself (the rule engine names the problem). Full-width digits from a Chinese IME become ASCII on entry.
 */
export const cellValueFromInput = (text: string): TCellValue => {
  const normalized = text.replace(FULLWIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();
  if (normalized === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(normalized)) return Number(normalized);
  return normalized;
};

export const cellInputText = (value: TCellValue | undefined): string => (value === null || value === undefined ? "" : String(value));
