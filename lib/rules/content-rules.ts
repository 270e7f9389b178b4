import { reportTitle, TITLE_SUFFIX } from "@/lib/report/title";
import { formatVersionForYear, getTemplate, type TSectionId } from "@/lib/template";

import { extractNarrativeClaims, type TClaimKind } from "./narrative-claims";
import type { TRule, TRuleContext } from "./types";

/** Report-level and text checks: format version, required sections, title, narrative versus tables. */

const sectionText = (ctx: TRuleContext, id: TSectionId): string => ctx.report.narrative[id]?.trim() ?? "";

const requireSection = (ruleId: string, sectionId: TSectionId, severity: "error" | "warning"): TRule => ({
  id: ruleId,
  severity,
  title: `第${sectionId.slice(1)}部分不能为空`,
  check: (ctx) => {
    const section = ctx.template.sections.find((s) => s.id === sectionId);
    if (!section || sectionText(ctx, sectionId)) return;
    ctx.emit({ ruleId, severity, message: `“${section.heading}”尚未填写`, cells: [], sectionId });
  },
});

const CLAIM_SOURCES: Record<TClaimKind, { label: string; cells: string[] }> = {
  received: { label: "表三“一、本年新收政府信息公开申请数量”总计", cells: ["t3.new_received.total"] },
  granted: { label: "表三“（一）予以公开”总计", cells: ["t3.granted.total"] },
  review: { label: "表四行政复议总计", cells: ["t4.review.total"] },
  litigation: { label: "表四行政诉讼总计（未经复议直接起诉 + 复议后起诉）", cells: ["t4.litigation_direct.total", "t4.litigation_after_review.total"] },
};

const SECTION_OF_KEY: Record<string, TSectionId | "details"> = { opening: "details", s1: "s1", s2: "s2", s3: "s3", s4: "s4", s5: "s5", s6: "s6" };

const FEE_STATEMENT_RE = /信息处理费|收费/;
const PERIOD_RE = /统计(?:时限|期限|期间|时间|区间)[^。\n]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日/;

export const DETAILS_RULES: TRule[] = [
  {
    id: "V-01",
    severity: "error",
    title: "报告年度与格式版本一致",
    check: ({ report, emit }) => {
      const expected = formatVersionForYear(report.year);
      if (report.formatVersion === expected) return;
      emit({
        ruleId: "V-01",
        severity: "error",
        message: `${report.year}年度报告应使用${getTemplate(expected).documentNo}格式，本报告使用的是${getTemplate(report.formatVersion).documentNo}格式`,
        cells: [],
        sectionId: "details",
      });
    },
  },
  {
    id: "D-01",
    severity: "error",
    title: "机关全称已填写",
    check: ({ report, emit }) => {
      if (report.details.agencyName.trim()) return;
      emit({ ruleId: "D-01", severity: "error", message: "报告信息：机关全称未填写", cells: [], sectionId: "details" });
    },
  },
  {
    id: "C-04",
    severity: "warning",
    title: "标题含机关全称、年份和“政府信息公开工作年度报告”",
    check: ({ report, emit }) => {
      const title = reportTitle(report);
      const agency = report.details.agencyName.trim();
      const missing = [
        agency && !title.includes(agency) ? `机关全称“${agency}”` : "",
        title.includes(`${report.year}年`) ? "" : `年份“${report.year}年”`,
        title.includes(TITLE_SUFFIX) ? "" : `“${TITLE_SUFFIX}”字样`,
      ].filter(Boolean);
      if (missing.length === 0) return;
      emit({ ruleId: "C-04", severity: "warning", message: `标题“${title}”缺少${missing.join("、")}`, cells: [], sectionId: "details" });
    },
  },
  {
    id: "X-02",
    severity: "error",
    title: "标题、统计期限中的年份与报告年度一致",
    check: ({ report, emit }) => {
      const titleYear = /(\d{4})\s*年/.exec(reportTitle(report))?.[1];
      if (titleYear && Number(titleYear) !== report.year) {
        emit({ ruleId: "X-02", severity: "error", message: `标题中的年份 ${titleYear} 与报告年度 ${report.year} 不一致`, cells: [], sectionId: "details" });
      }
      for (const key of ["opening", "s1"] as const) {
        const periodYear = PERIOD_RE.exec(report.narrative[key] ?? "")?.[1];
        if (periodYear && Number(periodYear) !== report.year) {
          emit({
            ruleId: "X-02",
            severity: "error",
            message: `统计期限写的是 ${periodYear} 年，与报告年度 ${report.year} 不一致（统计期限应为 ${report.year}年1月1日至12月31日）`,
            cells: [],
            sectionId: SECTION_OF_KEY[key],
          });
        }
      }
    },
  },
];

export const TEXT_RULES: TRule[] = [
  requireSection("C-01", "s1", "error"),
  requireSection("C-02", "s5", "error"),
  requireSection("C-05", "s6", "warning"),
  {
    id: "C-03",
    severity: "warning",
    title: "第六部分说明信息处理费收费情况（2021格式）",
    appliesTo: [2021],
    check: (ctx) => {
      const text = sectionText(ctx, "s6");
      if (!text || FEE_STATEMENT_RE.test(text)) return;
      ctx.emit({
        ruleId: "C-03",
        severity: "warning",
        message: "“六、其他需要报告的事项”没有说明信息处理费收取情况（未收取的也应写明，如“本年度未收取信息处理费”）",
        cells: [],
        sectionId: "s6",
      });
    },
  },
  {
    id: "X-01",
    severity: "warning",
    title: "正文中引用的数字与表格一致",
    check: ({ report, values, emit }) => {
      for (const claim of extractNarrativeClaims(report.narrative)) {
        const source = CLAIM_SOURCES[claim.kind];
        const parts = source.cells.map((cell) => values.effective(cell));
        if (parts.includes(null)) continue;
        const tableValue = parts.reduce<number>((acc, value) => acc + (value ?? 0), 0);
        if (tableValue === claim.value) continue;
        emit({
          ruleId: "X-01",
          severity: "warning",
          message: `正文“…${claim.quote}…”为 ${claim.value}，而${source.label}为 ${tableValue}`,
          cells: source.cells,
          sectionId: SECTION_OF_KEY[claim.key],
        });
      }
    },
  },
];
