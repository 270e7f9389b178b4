import type { TNarrative, TNarrativeKey } from "./schema";
import { readLink, type TLinkState } from "./link-sources";
import type { TReportValues } from "./values";

/**
 * 关联数值 (linked values): a number in the narrative that is read from the tables instead of typed, so the
 * text cannot disagree with them (issue 13, docs/report-format.md “关联数值”).
 *
 * In the interchange format a linked value is a marker inside the narrative text:
 *
 *     {{值:SOURCE|LAST}}
 *
 * - `SOURCE` is a template cell id (`t3.new_received.total`) or a named derived total of the registry
 *   (./link-sources.ts: `sum.t3.granted_partial` = （一）予以公开 + （二）部分公开); only `[A-Za-z0-9_.]`.
 * - `LAST` is the number printed when the text was last saved (`75`, `4068.208`), so a reader of the raw
 *   JSON, or a tool that does not know markers, still sees a sensible number. It may be empty.
 *
 * Everything else is plain text; a narrative without markers is unchanged. Exports, the checker and the
 * CLI resolve markers to the current table value before reading or printing text (`resolveLinkedText`).
 */

export {
  linkRegistry,
  linkSourceLabel,
  readLink,
  T3_RESULT_GROUPS,
  type TLinkRegistry,
  type TLinkSource,
  type TLinkState,
} from "./link-sources";

export const LINK_MARKER_PREFIX = "{{值:";
const MARKER_RE = /\{\{值:([A-Za-z0-9_.]+)\|([0-9.,-]*)\}\}/g;

/** The marker text for a source, with the number to print until the tables are read again. */
export const linkMarker = (sourceId: string, printed: string): string => `{{值:${sourceId}|${printed}}}`;

export interface TLinkMarker {
  /** Offsets of the whole marker in the text (UTF-16, as `String.slice`). */
  start: number;
  end: number;
  sourceId: string;
  /** The number the marker carries (last printed), possibly empty. */
  printed: string;
}

/** The markers of one text, in order. */
export const parseLinkMarkers = (text: string): TLinkMarker[] => {
  if (!text.includes(LINK_MARKER_PREFIX)) return [];
  const markers: TLinkMarker[] = [];
  MARKER_RE.lastIndex = 0;
  for (let match = MARKER_RE.exec(text); match; match = MARKER_RE.exec(text)) {
    markers.push({
      start: match.index,
      end: match.index + match[0].length,
      sourceId: match[1] ?? "",
      printed: match[2] ?? "",
    });
  }
  return markers;
};

/** One piece of a text for display: plain text, or a marker with its current state. */
export type TLinkedPiece =
  { kind: "text"; text: string } | { kind: "link"; marker: TLinkMarker; state: TLinkState };

export const splitLinkedText = (text: string, values: TReportValues): TLinkedPiece[] => {
  const pieces: TLinkedPiece[] = [];
  let at = 0;
  for (const marker of parseLinkMarkers(text)) {
    if (marker.start > at) pieces.push({ kind: "text", text: text.slice(at, marker.start) });
    pieces.push({ kind: "link", marker, state: readLink(values, marker.sourceId) });
    at = marker.end;
  }
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) });
  return pieces;
};

/** What a marker prints: the current value, or — when its source is gone or blank — the last printed number. */
const printedText = (marker: TLinkMarker, state: TLinkState): string =>
  state.kind === "ok" ? state.text : marker.printed;

/**
 * A narrative text with every marker replaced by its current number: what exports print and what the
 * checker reads. A missing or blank source prints its last number (the checker's L-01 makes that an error
 * at submission, so it is never silently published). Text without markers is returned as is.
 */
export const resolveLinkedText = (text: string, values: TReportValues): string => {
  if (!text.includes(LINK_MARKER_PREFIX)) return text;
  return text.replace(MARKER_RE, (_all, sourceId: string, printed: string) =>
    printedText({ start: 0, end: 0, sourceId, printed }, readLink(values, sourceId)),
  );
};

const mapNarrative = (narrative: TNarrative, map: (text: string) => string): TNarrative => {
  let changed = false;
  const next: TNarrative = { ...narrative };
  for (const key of Object.keys(narrative) as TNarrativeKey[]) {
    const text = narrative[key];
    if (!text) continue;
    const mapped = map(text);
    if (mapped !== text) {
      next[key] = mapped;
      changed = true;
    }
  }
  return changed ? next : narrative;
};

/** Every section resolved (`resolveLinkedText`); the same object when nothing changed. */
export const resolveLinkedNarrative = (narrative: TNarrative, values: TReportValues): TNarrative =>
  mapNarrative(narrative, (text) => resolveLinkedText(text, values));

/**
 * The markers' last printed numbers brought up to the tables (run when cells change, so what is saved
 * carries the number that is shown). Blank or missing sources keep their last number. Same object when
 * nothing changed.
 */
export const refreshLinkedNarrative = (narrative: TNarrative, values: TReportValues): TNarrative =>
  mapNarrative(narrative, (text) =>
    text.includes(LINK_MARKER_PREFIX)
      ? text.replace(MARKER_RE, (all, sourceId: string) => {
          const state = readLink(values, sourceId);
          return state.kind === "ok" ? linkMarker(sourceId, state.text) : all;
        })
      : text,
  );

export interface TLinkIssue {
  key: TNarrativeKey;
  marker: TLinkMarker;
  state: Exclude<TLinkState, { kind: "ok" }>;
}

/** Markers whose source is missing or blank, per section, for the checker (L-01) and the editor. */
export const linkIssues = (narrative: TNarrative, values: TReportValues): TLinkIssue[] => {
  const issues: TLinkIssue[] = [];
  for (const key of Object.keys(narrative) as TNarrativeKey[]) {
    for (const marker of parseLinkMarkers(narrative[key] ?? "")) {
      const state = readLink(values, marker.sourceId);
      if (state.kind !== "ok") issues.push({ key, marker, state });
    }
  }
  return issues;
};

export interface TBrokenMarker {
  key: TNarrativeKey;
  /** The broken fragment as written (up to the next `}}` or 30 characters), quoted in the finding. */
  fragment: string;
}

/**
 * Marker-like text that is not a marker (`{{值:` left without its `|`, its `}}`, or with a source id that is not
 * a cell id): exports would print it as it stands, braces included. Per section, in order.
 */
export const brokenLinkMarkers = (narrative: TNarrative): TBrokenMarker[] => {
  const broken: TBrokenMarker[] = [];
  for (const key of Object.keys(narrative) as TNarrativeKey[]) {
    const text = narrative[key] ?? "";
    if (!text.includes("{{值")) continue;
    const valid = parseLinkMarkers(text);
    for (let at = text.indexOf("{{值"); at >= 0; at = text.indexOf("{{值", at + 1)) {
      if (valid.some((marker) => marker.start === at)) continue;
      const close = text.indexOf("}}", at);
      const end = close >= 0 && close - at <= 40 ? close + 2 : Math.min(text.length, at + 30);
      broken.push({ key, fragment: text.slice(at, end) });
    }
  }
  return broken;
};
