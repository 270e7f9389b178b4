import type { TNarrative } from "@/lib/report/schema";

import { normalized, NUMBER_PATTERN, readNumber } from "./text";

/**
 * Numbers the narrative states about the tables, read as offices write them (issue 12 §2), for the
 * narrative-versus-table check X-01. The text is normalised first (`./text`: spaces, full-width forms, line
 * breaks inside a phrase), and numbers may be Arabic or Chinese numerals (`九件`, `二十三件`).
 *
 * Each claim is a verb or noun phrase followed by its number, within one clause (no `，。；` or digit in
 * between), so phrases that only look alike stay unread: `11件办结，8件撤销` states no 总计.
 * A sentence the patterns miss is simply not checked (X-01 is a warning, never a gate).
 */

export type TClaimKind =
  /** 收到/受理申请 N 件: 本年新收, or 本年新收 + 上年结转 (both readings occur in real reports). */
  | "received"
  /** 新收申请 N 件: 本年新收 only. */
  | "received_new"
  | "carried_over"
  | "carried_forward"
  /** 答复/办结/按时答复 N 件: （七）总计. */
  | "answered"
  | "granted"
  | "partial"
  /** 予以公开及部分公开 N 件: （一） + （二）. */
  | "granted_partial"
  | "denied"
  | "unable"
  | "review"
  | "litigation"
  /** 未发生……被行政复议纠错: 行政复议结果纠正 is 0 (says nothing about how many cases there were). */
  | "review_corrected"
  /** 未发生……行政诉讼败诉: 行政诉讼结果纠正 is 0. */
  | "litigation_corrected"
  /** 行政复议……均获维持: every case maintained (none corrected, other or pending). */
  | "review_all_maintained"
  | "litigation_all_maintained"
  /** 现行有效（行政）规范性文件 N 件: 表二 行政规范性文件 现行有效件数. */
  | "normative_valid";

export interface TNarrativeClaim {
  kind: TClaimKind;
  value: number;
  quote: string;
  key: keyof TNarrative;
  /** The exact text the pattern matched, e.g. `收到政府信息公开申请75件` (for linking its number). */
  match: string;
  /** Offset of the number inside `match`; -1 for a claim of zero written in words (“未收到申请”). */
  numberAt: number;
  /** A percentage stated right after the count (`予以公开20件，占90.9%`), as written. */
  percent?: number;
}

const N = `(${NUMBER_PATTERN})`;
const STOP = '[^。；;，,“”"‘’\\n\\d零〇一二两三四五六七八九十百千万]';
// 个 counts cases too (“行政复议2个”), but never a period: “20个工作日” is a deadline.
const UNIT = "\\s*(?:件|起|条|份|个(?!工作日|自然日|月|小时|日|天|百分点|方面|专栏|栏目))";
const OTHER_BUSINESS = /提案|建议|信访|举报|投诉|咨询|协助|函|热线|诉求|网络问政|留言|来信|政务服务/;
const REQUEST_OK = (middle: string) => !OTHER_BUSINESS.test(middle) && !/复议|诉讼/.test(middle);

interface TPattern {
  kind: TClaimKind;
  re: RegExp;
  accept?: (middle: string, before: string) => boolean;
  /** Read only in a sentence about 依申请公开 (not one about documents published on the office's own motion). */
  aboutRequests?: boolean;
}

/** Result counts (予以公开 N 件 …) are not about requests in a sentence about 主动公开: “主动公开文件14件、不予公开3件”. */
const isAboutRequests = (sentence: string): boolean => !sentence.includes("主动公开");

const pattern = (
  kind: TClaimKind,
  head: string,
  gap: number,
  accept?: TPattern["accept"],
  aboutRequests = false,
): TPattern => ({
  kind,
  re: new RegExp(`${head}(${STOP}{0,${gap}}?)${N}${UNIT}`, "g"),
  accept,
  aboutRequests,
});

// Order matters: a longer phrase claims its span first (予以公开及部分公开 before 予以公开 and 部分公开).
const PATTERNS: TPattern[] = [
  pattern("granted_partial", "予以公开(?:及|和|与|、|或)部分公开", 6, undefined, true),
  pattern("received_new", "新收", 20, (middle) => middle.includes("申请") && REQUEST_OK(middle)),
  pattern(
    "received",
    "(?:收到|受理|接收|共收|收悉)",
    20,
    (middle) => /申请|依申请/.test(middle) && REQUEST_OK(middle) && !/结转/.test(middle),
  ),
  pattern("carried_over", "上年(?:度)?结转", 12, (middle) => !/下/.test(middle)),
  pattern("carried_forward", "结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?", 6),
  pattern(
    "answered",
    "(?:按时答复|已答复|答复|办结|办理完毕)",
    8,
    // 办结率, 协助调查函答复 … are not the （七）总计.
    (middle, before) => REQUEST_OK(middle) && !/率/.test(middle) && !/函|提案|建议|热线|诉求/.test(before),
    true,
  ),
  pattern("granted", "予以公开", 6, (middle) => !/部分/.test(middle), true),
  pattern("partial", "部分公开", 6, undefined, true),
  pattern("denied", "不予公开", 6, undefined, true),
  pattern("unable", "无法提供", 6, undefined, true),
  pattern("review", "行政复议", 10, (middle) => !/纠错|纠正|败诉/.test(middle)),
  pattern("litigation", "行政诉讼", 10, (middle) => !/纠错|纠正|败诉/.test(middle)),
  pattern("normative_valid", "现行有效(?:的)?(?:行政)?规范性文件", 6),
];

/** `，占90.9%` or `（17.46%）` right after a count. */
const PERCENT_RE = new RegExp(`^(?:[，,]?(?:约)?占${STOP}{0,12}?|[（(])(\\d+(?:\\.\\d+)?)\\s*%`);

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
    const litigation = s.includes("行政诉讼");
    if (!review && !litigation) continue;
    if (CORRECTION.test(s)) {
      for (const clause of s.split(/[，,]/)) {
        if (!CORRECTION.test(clause) || !NEGATION.test(clause)) continue;
        const scope = /行政复议|行政诉讼/.test(clause) ? clause : s;
        if (scope.includes("行政复议") && REVIEW_CORRECTION.test(clause)) add("review_corrected", 0, quote);
        if (scope.includes("行政诉讼")) add("litigation_corrected", 0, quote);
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
