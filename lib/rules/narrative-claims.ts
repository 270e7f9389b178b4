import type { TNarrative } from "@/lib/report/schema";

/**
 * Numbers the narrative states about the tables (收到申请N件, 予以公开N件, 行政复议N件 …), for the
 * narrative-versus-table check X-01. Only Arabic numerals are read; a sentence the patterns miss is
 * simply not checked (this is a warning, never a gate).
 */

export type TClaimKind = "received" | "granted" | "review" | "litigation";

export interface TNarrativeClaim {
  kind: TClaimKind;
  value: number;
  quote: string;
  key: keyof TNarrative;
}

const STOP = "[^。；;，,\\n\\d]";
const PATTERNS: { kind: TClaimKind; re: RegExp; accept?: (middle: string) => boolean }[] = [
  {
    kind: "received",
    re: new RegExp(`(?:收到|受理|新收)(${STOP}{0,20}?)(\\d+)\\s*(?:件|起|条|个|份)`, "g"),
    accept: (middle) => middle.includes("申请") && !/提案|建议|复议|诉讼|信访|举报|投诉|咨询|协助/.test(middle),
  },
  { kind: "granted", re: new RegExp(`予以公开(${STOP}{0,6}?)(\\d+)\\s*件`, "g") },
  { kind: "review", re: new RegExp(`行政复议(${STOP}{0,10}?)(\\d+)\\s*(?:件|起)`, "g") },
  { kind: "litigation", re: new RegExp(`行政诉讼(${STOP}{0,10}?)(\\d+)\\s*(?:件|起)`, "g") },
];

const ZERO_PATTERNS: { kinds: TClaimKind[]; re: RegExp }[] = [
  { kinds: ["received"], re: /(?:未|没有)(?:收到|受理)[^。；\n\d]{0,12}?申请/g },
  { kinds: ["review"], re: /(?:未|没有)(?:发生|出现)[^。；\n]{0,40}?行政复议/g },
  { kinds: ["litigation"], re: /(?:未|没有)(?:发生|出现)[^。；\n]{0,40}?行政诉讼/g },
];

const TERMINATORS = new Set(["。", "；", ";", "！", "？", "\n"]);

/** The matched words plus a little context, never crossing into the previous or next sentence. */
const quoteAround = (text: string, start: number, end: number): string => {
  let from = start;
  while (from > 0 && start - from < 8 && !TERMINATORS.has(text[from - 1] ?? "")) from -= 1;
  let to = end;
  while (to < text.length && to - end < 2 && !TERMINATORS.has(text[to] ?? "")) to += 1;
  return text.slice(from, to).replace(/\s+/g, "");
};

const extract = (text: string, key: keyof TNarrative): TNarrativeClaim[] => {
  const claims: TNarrativeClaim[] = [];
  for (const { kind, re, accept } of PATTERNS) {
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      if (accept && !accept(match[1] ?? "")) continue;
      claims.push({ kind, value: Number(match[2]), quote: quoteAround(text, match.index, match.index + match[0].length), key });
    }
  }
  for (const { kinds, re } of ZERO_PATTERNS) {
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      for (const kind of kinds) {
        claims.push({ kind, value: 0, quote: quoteAround(text, match.index, match.index + match[0].length), key });
      }
    }
  }
  return claims;
};

// Narrative text rarely changes between two evaluations (typing in a table re-runs every rule), so the
// last extraction per section is kept; an identical string is matched without re-scanning.
const lastByKey = new Map<keyof TNarrative, { text: string; claims: TNarrativeClaim[] }>();

export const extractNarrativeClaims = (narrative: TNarrative): TNarrativeClaim[] => {
  const claims: TNarrativeClaim[] = [];
  for (const key of Object.keys(narrative) as (keyof TNarrative)[]) {
    const text = narrative[key];
    if (!text) continue;
    let cached = lastByKey.get(key);
    if (cached?.text !== text) {
      cached = { text, claims: extract(text, key) };
      lastByKey.set(key, cached);
    }
    claims.push(...cached.claims);
  }
  return claims;
};
