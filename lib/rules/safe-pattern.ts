import * as re2 from "re2js";

import { compilePattern, matchPattern, setPatternEngine, usesLookAround } from "./pattern-engine";

/**
 * The matching formats (正则表达式) of 本地要求 are written by a supervising office and run on every
 * subordinate's text — in the browser while typing, in the submit check, on the 审核台 and in the roll-up. A
 * backtracking engine (JavaScript's RegExp) can take exponential time on patterns such as `(a+)+$`, so they
 * run on RE2 (re2js, pure JavaScript, time linear in the text; D44). RE2 has no look-around and no
 * back-references; such patterns are refused with a Chinese reason when saved. Importing this module registers the
 * engine (lib/rules/pattern-engine.ts); the editor's first load does without it and loads it on demand (D71).
 */

setPatternEngine(re2);

const LOOK_AROUND_REASON = "含有不支持的写法（不支持前后查看，如 (?=…)、(?!…)、(?<=…)、(?<!…)）";

/** The English reasons of re2js (RE2JSSyntaxException.error) in Chinese. */
const REASONS: [string, string][] = [
  ["missing closing )", "缺少右括号“)”"],
  ["unexpected )", "多了一个右括号“)”"],
  ["missing closing ]", "缺少右方括号“]”"],
  ["missing argument to repetition operator", "重复符号（* + ? {n}）前面缺少内容"],
  ["invalid nested repetition operator", "重复符号不能连用（如 a**）"],
  ["invalid repeat count", "重复次数无效（{n} 中 n 最大为 1000）"],
  ["invalid or unsupported Perl syntax", LOOK_AROUND_REASON],
  ["invalid escape sequence", "含有无效的转义（不支持 \\1 等反向引用）"],
  ["invalid character class range", "字符范围无效（如 [z-a]）"],
  ["invalid named capture", "命名分组写法无效"],
  ["duplicate capture group name", "命名分组重名"],
  ["trailing backslash at end of expression", "末尾多了一个反斜杠“\\”"],
  ["expression too large", "表达式过大"],
  ["expression nests too deeply", "括号嵌套过深"],
  ["invalid capture in lookbehind", LOOK_AROUND_REASON],
];

/**
 * Why `pattern` cannot be used, fully in Chinese (“缺少右括号“)””), or null when it compiles. The sentence
 * names the pattern: ““(a|”不是有效的匹配格式（正则表达式）：缺少右括号“)”。”
 */
export const patternProblem = (pattern: string): string | null => {
  if (usesLookAround(pattern)) return `“${pattern}”不是有效的匹配格式（正则表达式）：${LOOK_AROUND_REASON}。`;
  try {
    compilePattern(pattern);
    return null;
  } catch (error) {
    const reason =
      error instanceof re2.RE2JSSyntaxException
        ? (REASONS.find(([english]) => error.error === english)?.[1] ?? "写法有误")
        : "写法有误";
    return `“${pattern}”不是有效的匹配格式（正则表达式）：${reason}。`;
  }
};

/**
 * Whether `pattern` occurs anywhere in `text`, in time linear in the text's length (RE2). False for a
 * pattern that does not compile (such patterns are refused when saved; a stored one never breaks a check).
 */
export const patternFound = (pattern: string, text: string): boolean =>
  matchPattern(pattern, text) === "found";
