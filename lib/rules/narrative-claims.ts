import type { TNarrative } from "@/lib/report/schema";

import {
  isAboutRequests,
  PATTERNS,
  PERCENT_RE,
  type TClaimKind,
  type TNarrativeClaim,
} from "./claim-patterns";
import { normalized, readNumber } from "./text";

/**
 * Numbers the narrative states about the tables, read as offices write them (issue 12 §2), for the
 * narrative-versus-table check X-01. The text is normalised first (`./text`: spaces, full-width forms, line
 * breaks inside a phrase), and numbers may be Arabic or Chinese numerals (`九件`, `二十三件`).
 *
 * Each claim is a verb or noun phrase followed by its number, within one clause (no `，。；` or digit in
 * between), so phrases that only look alike stay unread: `11件办结，8件撤销` states no 总计.
 * A sentence the patterns miss is simply not checked (X-01 is a warning, never a gate).
 */

export type { TClaimKind, TNarrativeClaim } from "./claim-patterns";

const TERMINATORS = new Set(["。", "；", ";", "！", "？", "\n"]);

/** The matched words plus a little context, never crossing into the previous or next sentence. */
const quoteAround = (text: string, start: number, end: number): string => {
  let from = start;
  while (from > 0 && start - from < 8 && !TERMINATORS.has(text[from - 1] ?? "")) from -= 1;
  let to = end;
  while (to < text.length && to - end < 2 && !TERMINATORS.has(text[to] ?? "")) to += 1;
  return text.slice(from, to);
};

/** The sentence around offset `at`. */
const sentenceAt = (text: string, at: number): string => {
  let from = at;
  while (from > 0 && !TERMINATORS.has(text[from - 1] ?? "")) from -= 1;
  let to = at;
  while (to < text.length && !TERMINATORS.has(text[to] ?? "")) to += 1;
  return text.slice(from, to);
};

/** The sentences of a text, each with its start offset. */
const sentences = (text: string): { text: string; start: number }[] => {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || TERMINATORS.has(text[i] ?? "")) {
      if (i > start) out.push({ text: text.slice(start, i + 1), start });
      start = i + 1;
    }
  }
  return out;
};

/** Words of a result against the office: 复议纠错, 诉讼败诉, 被撤销 … (not the table label 结果纠正). */
const CORRECTION = /纠错|败诉|被纠正|被撤销|被确认违法/;
const REVIEW_CORRECTION = /纠错|被纠正|被撤销|被确认违法/;
/** A negation anywhere in a clause: 未发生…败诉, 败诉情况未发生, 无败诉, 不存在…纠错 (无法 is not one). */
const NEGATION = /未|没有|无(?!法)|不存在|零/;
/** A sentence saying there were no cases: 未发生/没有出现 …, 无……案件/情况/情形. */
const NO_CASES = /(?:未|没有)(?:发生|出现|产生)|(?:无|没有)[^。；\n]{0,20}?(?:案件|情况|情形)/;

/**
 * Sentence-level readings: 未发生……行政复议 / 纠错 / 败诉, 未收到申请, 均获维持.
 * A sentence that speaks of 纠错 or 败诉 is about results, never about how many cases there were: a negated
 * clause with such a word (“未发生因依申请公开引发的行政诉讼败诉”, “败诉情况未发生”) claims 结果纠正 = 0 for
 * the 复议/诉讼 the clause (else the sentence) names, and the sentence makes no claim about 行政诉讼 总计.
 * Only a negated sentence without any such word and without digits says there were no cases at all.
 */
const sentenceClaims = (text: string, key: keyof TNarrative): TNarrativeClaim[] => {
  const claims: TNarrativeClaim[] = [];
  // A sentence-level claim has no typed number to link (numberAt -1).
  const add = (kind: TClaimKind, value: number, quote: string) => {
    if (!claims.some((c) => c.kind === kind && c.quote === quote))
      claims.push({ kind, value, quote, key, match: quote, numberAt: -1 });
  };
  for (const sentence of sentences(text)) {
    const s = sentence.text;
    const quote = s.replace(/[。；;！？\n]$/, "").slice(0, 40);
    if (/(?:未|没有)(?:收到|受理|接到)[^。；\n\d]{0,12}?申请/.test(s) && !/\d/.test(s))
      add("received", 0, quote);
    const review = s.includes("行政复议");
    // “行政复议7件，诉讼9件，均获维持”: offices shorten 行政诉讼 to 诉讼 once 行政复议 is named.
    const litigation = s.includes("诉讼");
    if (!review && !litigation) continue;
    if (CORRECTION.test(s)) {
      for (const clause of s.split(/[，,]/)) {
        if (!CORRECTION.test(clause) || !NEGATION.test(clause)) continue;
        const scope = /行政复议|诉讼/.test(clause) ? clause : s;
        if (scope.includes("行政复议") && REVIEW_CORRECTION.test(clause)) add("review_corrected", 0, quote);
        if (scope.includes("诉讼")) add("litigation_corrected", 0, quote);
      }
    } else if (NO_CASES.test(s) && !/\d/.test(s)) {
      if (review) add("review", 0, quote);
      if (litigation) add("litigation", 0, quote);
    }
    if (/均(?:获|被|予以|得到|已)?维持|全部(?:获|被|予以|得到)?维持/.test(s)) {
      if (review) add("review_all_maintained", 1, quote);
      if (litigation) add("litigation_all_maintained", 1, quote);
    }
  }
  return claims;
};

const extract = (raw: string, key: keyof TNarrative): TNarrativeClaim[] => {
  const text = normalized(raw);
  const claims: TNarrativeClaim[] = [];
  const taken: [number, number][] = [];
  for (const { kind, re, accept, aboutRequests } of PATTERNS) {
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const before = text.slice(Math.max(0, start - 10), start);
      if (accept && !accept(match[1] ?? "", before)) continue;
      if (aboutRequests && !isAboutRequests(sentenceAt(text, start))) continue;
      const value = readNumber(match[2] ?? "");
      if (!Number.isInteger(value)) continue;
      taken.push([start, end]);
      const percent = PERCENT_RE.exec(text.slice(end, end + 20));
      claims.push({
        kind,
        value,
        quote: quoteAround(text, start, end + (percent ? percent[0].length : 0)),
        key,
        ...(percent ? { percent: Number(percent[1]) } : {}),
        match: match[0],
        // The number is the last number of the match (only the unit and spaces follow it).
        numberAt: match[0].lastIndexOf(match[2] ?? ""),
      });
    }
  }
  claims.push(...sentenceClaims(text, key));
  return claims;
};

// Narrative text rarely changes between two evaluations (typing in a table re-runs every rule), so the
// last extraction per section is kept; an identical string is matched without re-scanning.
const lastByKey = new Map<keyof TNarrative, { text: string; claims: TNarrativeClaim[] }>();

/** Every claim of every narrative section (opening, s1…s6), in section order. */
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

/** The number of a claim as its normalised words print it (`9`, `二十三`); "" for a sentence-level claim. */
export const claimNumberText = (claim: TNarrativeClaim): string =>
  claim.numberAt < 0 ? "" : claim.match.slice(claim.numberAt).replace(/(?:件|起|条|份|个)$/, "");
