import { linkMarker, parseLinkMarkers } from "@/lib/report/linked-values";
import type { TNarrative, TNarrativeKey, TReportDocument } from "@/lib/report/schema";

/**
 * One narrative section of a source into one section of an open draft (issue 11 “one narrative section from a
 * Word file, shown as a diff before it replaces anything”): the old and new text, and what happens to the
 * linked values (markers, lib/report/linked-values.ts) of the old text. Pure.
 */

/** A marker of the old text that the new text does not carry. */
export interface TDroppedMarker {
  sourceId: string;
  /** The number the marker last printed. */
  printed: string;
}

export interface TSectionDiff {
  from: TNarrativeKey;
  to: TNarrativeKey;
  before: string;
  /** The new text, with the old text's markers put back where the new text prints the same number. */
  after: string;
  /** Markers put back on their number in the new text. */
  relinked: number;
  /** Markers whose number the new text does not print: lost unless the person keeps the old text. */
  dropped: TDroppedMarker[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Puts each marker of `before` back into `after` on the first later occurrence of the number it printed (a
 * whole number: `75` is not found inside `175` or `7.5`), in the order of the old text; the markers whose
 * number is not printed are returned as dropped. Markers the new text already has are kept as they are.
 */
export const relinkMarkers = (
  before: string,
  after: string,
): { text: string; relinked: number; dropped: TDroppedMarker[] } => {
  const present = new Set(parseLinkMarkers(after).map((marker) => marker.sourceId));
  let text = after;
  let from = 0;
  let relinked = 0;
  const dropped: TDroppedMarker[] = [];
  for (const marker of parseLinkMarkers(before)) {
    if (present.has(marker.sourceId)) continue;
    const pattern = new RegExp(`(?<![\\d.，,])${escapeRegExp(marker.printed)}(?![\\d.])`, "g");
    pattern.lastIndex = from;
    const found = marker.printed ? pattern.exec(text) : null;
    // A number already inside a marker is not taken again.
    const insideMarker = found && /\{\{值:[^}]*$/.test(text.slice(0, found.index));
    if (!found || insideMarker) {
      dropped.push({ sourceId: marker.sourceId, printed: marker.printed });
      continue;
    }
    const replacement = linkMarker(marker.sourceId, marker.printed);
    text = text.slice(0, found.index) + replacement + text.slice(found.index + found[0].length);
    from = found.index + replacement.length;
    relinked++;
  }
  return { text, relinked, dropped };
};

/**
 * The diff of putting the source's section `from` in place of the draft's section `to`. INVALID input (an
 * empty source section) is the caller's to refuse: this returns an empty `after` then.
 */
export const buildSectionDiff = (
  draft: Pick<TReportDocument, "narrative">,
  source: TNarrative,
  from: TNarrativeKey,
  to: TNarrativeKey,
): TSectionDiff => {
  const before = draft.narrative[to] ?? "";
  const { text, relinked, dropped } = relinkMarkers(before, (source[from] ?? "").trim());
  return { from, to, before, after: text, relinked, dropped };
};

/** The draft with section `to` replaced by the diff's new text. */
export const applySectionDiff = (draft: TReportDocument, diff: TSectionDiff): TReportDocument => ({
  ...draft,
  narrative: { ...draft.narrative, [diff.to]: diff.after },
});
