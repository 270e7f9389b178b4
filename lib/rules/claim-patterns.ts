import type { TNarrative } from "@/lib/report/schema";

import { NUMBER_PATTERN } from "./text";

/**
 * The kinds of claim the narrative makes about the tables and the phrases that state them
 * (./narrative-claims.ts reads them out of a text).
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
export const isAboutRequests = (sentence: string): boolean => !sentence.includes("主动公开");

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
export const PATTERNS: TPattern[] = [
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
export const PERCENT_RE = new RegExp(`^(?:[，,]?(?:约)?占${STOP}{0,12}?|[（(])(\\d+(?:\\.\\d+)?)\\s*%`);
