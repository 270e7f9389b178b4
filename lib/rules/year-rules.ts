import type { TNarrativeKey, TReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { narrativePlace, SECTION_OF_KEY } from "./places";
import { normalized } from "./text";
import type { TRule } from "./types";

/**
 * Checks against last year (issue 12 §7, §8): a report copied from last year's, last year's year left in the
 * body as the current period, which cross-year checks apply when last year used another format, and
 * whether a report offered as last year's is last year's at all.
 */

const NARRATIVE_KEYS: TNarrativeKey[] = ["opening", "s1", "s2", "s3", "s4", "s5", "s6"];

/** The text with every year and number replaced, so a report republished with only the year changed compares equal. */
const withoutYears = (text: string): string =>
  normalized(text)
    .replace(/\d{4}(?=年)/g, "Y")
    .replace(/\d+/g, "0")
    .replace(/[\s，。；：、,.;:（）()“”"']/g, "");

const bigrams = (text: string): Map<string, number> => {
  const grams = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = (chars[i] ?? "") + (chars[i + 1] ?? "");
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
};

/** Dice similarity of two texts' character bigrams: 1 identical, 0 nothing in common. */
export const textSimilarity = (a: string, b: string): number => {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [gram, count] of x) {
    common += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return total === 0 ? 0 : (2 * common) / total;
};

/** At or above this similarity (years and numbers normalised away) a section counts as copied. */
export const COPY_SIMILARITY = 0.9;
/** Sections shorter than this (characters) are too short to call copied: “无。” is the same every year. */
const COPY_MIN_LENGTH = 60;

/**
 * Whether `lastYear` can serve as the report of year N−1 of the same office for `report`; a Chinese message
 * naming both when not (used by `report check --last-year` and the app's prefill source).
 */
export const lastYearMismatch = (
  report: Pick<TReportDocument, "year" | "details">,
  lastYear: Pick<TReportDocument, "year" | "details">,
): string | null => {
  const problems: string[] = [];
  if (lastYear.year !== report.year - 1) {
    problems.push(`上年报告应为 ${report.year - 1} 年度，所给报告为 ${lastYear.year} 年度`);
  }
  const office = normalized(report.details.agencyName);
  const previousOffice = normalized(lastYear.details.agencyName);
  if (office && previousOffice && office !== previousOffice) {
    problems.push(`上年报告应为同一机关“${office}”的报告，所给报告的机关为“${previousOffice}”`);
  }
  return problems.length ? problems.join("；") : null;
};

const CURRENT_PERIOD_NEARBY =
  /同比|较上年|较去年|比上年|比去年|与上年|与去年|上年度|上一年|去年|相比|对比|增长|下降|减少|增加/;

export const YEAR_RULES: TRule[] = [
  {
    id: "Y-01",
    severity: "warning",
    title: "叙述部分不应照搬上年报告（年份除外相同或几乎相同）",
    check: ({ report, lastYear, emit }) => {
      if (!lastYear) return;
      for (const key of NARRATIVE_KEYS) {
        const now = withoutYears(report.narrative[key] ?? "");
        const before = withoutYears(lastYear.report.narrative[key] ?? "");
        if (now.length < COPY_MIN_LENGTH || before.length < COPY_MIN_LENGTH) continue;
        const similarity = textSimilarity(now, before);
        if (similarity < COPY_SIMILARITY) continue;
        emit({
          ruleId: "Y-01",
          severity: "warning",
          message:
            `${narrativePlace(key)}与${lastYear.report.year}年度报告的同一部分${similarity === 1 ? "除年份和数字外完全相同" : `几乎相同（相似度 ${Math.round(similarity * 100)}%）`}，` +
            `应按本年度实际情况重写`,
          cells: [],
          sectionId: SECTION_OF_KEY[key],
        });
      }
    },
  },
  {
    id: "Y-02",
    severity: "warning",
    title: "统计表不应与上年报告完全相同",
    check: ({ template, values, lastYear, emit }) => {
      if (!lastYear || lastYear.values.template.version !== template.version) return;
      let nonZero = 0;
      for (const cell of template.cells) {
        if (cell.sumOf) continue;
        const now = values.effectiveAt[cell.index] ?? null;
        const before = lastYear.values.effective(cell.id);
        if (now === null || now !== before) return;
        if (now !== 0) nonZero += 1;
      }
      if (nonZero === 0) return;
      emit({
        ruleId: "Y-02",
        severity: "warning",
        message: `表二、表三、表四的全部 ${nonZero} 个非零数字与${lastYear.report.year}年度报告完全相同，请核对是否照搬了上年数据`,
        cells: [],
      });
    },
  },
  {
    id: "Y-03",
    severity: "warning",
    title: "正文不应把上一年份写成本年度（“2024年，本局……”出现在2025年度报告中）",
    check: ({ report, emit }) => {
      const previous = report.year - 1;
      const re = new RegExp(`${previous}年(?:度)?(?:[，,]|全年|我|本|共|累计|全[区县市局委])`, "g");
      for (const key of NARRATIVE_KEYS) {
        const text = normalized(report.narrative[key]);
        re.lastIndex = 0;
        for (let match = re.exec(text); match; match = re.exec(text)) {
          const from = Math.max(text.lastIndexOf("。", match.index), text.lastIndexOf("\n", match.index)) + 1;
          const endAt = text.slice(match.index).search(/[。\n]/);
          const sentence = text.slice(from, endAt === -1 ? text.length : match.index + endAt);
          if (CURRENT_PERIOD_NEARBY.test(sentence)) continue;
          emit({
            ruleId: "Y-03",
            severity: "warning",
            message: `${narrativePlace(key)}写有“${sentence.slice(0, 30)}${sentence.length > 30 ? "……" : ""}”，把 ${previous} 年写成了本期；本报告为 ${report.year} 年度`,
            cells: [],
            sectionId: SECTION_OF_KEY[key],
          });
          break;
        }
      }
    },
  },
  {
    id: "Y-04",
    severity: "info",
    title: "上年报告使用另一种格式时，说明哪些跨年度核对适用",
    check: ({ template, lastYear, emit }) => {
      if (!lastYear || lastYear.values.template.version === template.version) return;
      const previous = getTemplate(lastYear.report.formatVersion);
      const table2 =
        previous.format.table2.continuity === template.format.table2.continuity
          ? "表二跨年度核对也适用"
          : "表二跨年度核对不适用（两种格式的表二栏目不同）";
      emit({
        ruleId: "Y-04",
        severity: "info",
        message: `${lastYear.report.year}年度报告使用${previous.documentNo}格式，本报告使用${template.documentNo}格式：表三“上年结转”核对适用，${table2}`,
        cells: [],
      });
    },
  },
];
