import { linkMarker, readLink, linkSourceLabel } from "@/lib/report/linked-values";
import type { TNarrativeKey } from "@/lib/report/schema";
import type { TReportValues } from "@/lib/report/values";
import { CLAIM_LINK_SOURCES } from "@/lib/rules/claim-rules";
import { claimNumberText, extractNarrativeClaims } from "@/lib/rules/narrative-claims";
import { locateWritten } from "@/lib/rules/text";
import type { TFindingFix } from "@/lib/rules/types";

/**
 * “Link what is already there” (issue 13): numbers a person typed in a claim the checker recognises
 * (“收到申请 9 件”, lib/rules/narrative-claims.ts), with the table value they should be linked to.
 */
export interface TLinkOffer extends TFindingFix {
  /** The claim's words as the person wrote them (spaces and line breaks kept), for the message. */
  written: string;
  /** The number as typed. */
  typed: number;
  /** The table's current value. */
  tableValue: number;
  tableText: string;
  /** Where the value comes from, e.g. `表三“一、本年新收政府信息公开申请数量”总计`. */
  label: string;
}

/** Offers for one section's text as written (markers included): typed numbers in recognised claims. */
export const linkOffers = (text: string, key: TNarrativeKey, values: TReportValues): TLinkOffer[] => {
  const offers: TLinkOffer[] = [];
  if (!text) return offers;
  for (const claim of extractNarrativeClaims({ [key]: text })) {
    const numberText = claimNumberText(claim);
    const found = locateWritten(text, claim.match, claim.numberAt, numberText);
    if (!found) continue;
    // The reading the typed number agrees with (收到申请 may count 新收 or 新收 + 上年结转), else the first.
    const candidates = CLAIM_LINK_SOURCES[claim.kind] ?? [];
    const sourceId =
      candidates.find((id) => {
        const read = readLink(values, id);
        return read.kind === "ok" && read.value === claim.value;
      }) ?? candidates[0];
    if (!sourceId) continue;
    const state = readLink(values, sourceId);
    if (state.kind !== "ok") continue;
    offers.push({
      kind: "link",
      key,
      match: claim.match,
      numberAt: claim.numberAt,
      numberText,
      sourceId,
      written: text.slice(found.start, found.end),
      typed: claim.value,
      tableValue: state.value,
      tableText: state.text,
      label: linkSourceLabel(values.template, sourceId),
    });
  }
  return offers;
};

/**
 * The text with the fix's typed number replaced by a linked value carrying the table's current number;
 * null when the text no longer holds the matched words (it was edited since the check ran).
 */
export const applyLinkFix = (text: string, fix: TFindingFix, values: TReportValues): string | null => {
  const found = locateWritten(text, fix.match, fix.numberAt, fix.numberText);
  if (!found) return null;
  const state = readLink(values, fix.sourceId);
  const printed = state.kind === "ok" ? state.text : fix.numberText;
  return text.slice(0, found.numberStart) + linkMarker(fix.sourceId, printed) + text.slice(found.numberEnd);
};

/** Text with `insert` placed at `caret` as its own paragraph (line), and the caret after it. */
export const insertParagraph = (
  text: string,
  caret: number,
  insert: string,
): { text: string; caret: number } => {
  const before = text.slice(0, caret);
  const after = text.slice(caret);
  const lead = before && !before.endsWith("\n") ? "\n" : "";
  const tail = after && !after.startsWith("\n") ? "\n" : "";
  const next = `${before}${lead}${insert}${tail}${after}`;
  return { text: next, caret: before.length + lead.length + insert.length };
};
