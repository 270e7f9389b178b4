import { formatDate } from "@/lib/format/date-time";
import type { TReportDocument } from "@/lib/report/schema";
import { reportTitle, TITLE_SUFFIX } from "@/lib/report/title";
import { FIRST_SUPPORTED_YEAR, findFormatForYear } from "@/lib/template";
import { DETAILS_LABEL } from "@/lib/template/labels";

import { normalized } from "./text";
import { SECTION_OF_KEY } from "./places";
import type { TRule } from "./types";

/** Report-level checks on 报告信息: format version, agency name, title, statistics period, publication details. */

/** Where a published report prints each publication detail (lib/export/publishable.ts). */
const PUBLICATION_USE: Record<string, string> = {
  发布网站: "在结尾写明“本报告电子版可在……查阅或下载”",
  联系方式: "在结尾写明联系机构和地址、电话或电子邮箱",
  落款机关: "在文末落款",
  成文日期: "在文末落款处写明日期",
};

/**
 * The details a published report needs (template-spec: 结尾的查阅网址与联系方式, 落款与成文日期), each with
 * whether it is filled: 发布网站, 联系方式 (联系机构 and at least one of 地址/电话/电子邮箱), 落款机关, 成文日期.
 * The export leaves a missing one out, so D-04 names each for a report composed in 年报通 (a warning: the filler
 * fills it in or explains it at submission).
 */
export const publicationDetails = (
  details: TReportDocument["details"],
): { label: string; filled: boolean }[] => {
  const has = (value: string | undefined) => Boolean(value?.trim());
  const contact = details.contact;
  return [
    { label: "发布网站", filled: has(details.publication?.website) },
    {
      label: "联系方式",
      filled: has(contact?.office) && (has(contact?.address) || has(contact?.phone) || has(contact?.email)),
    },
    { label: "落款机关", filled: has(details.issuer) },
    { label: "成文日期", filled: has(details.issueDate) },
  ];
};

/** Generic or self-referring names that are not an office's full name (issue 12 §9). */
const SHORT_NAMES =
  /^(?:办公室|办公厅|人民政府|政府|管委会|管理委员会|委员会|局|委|厅|中心|本局|我局|本委|我委|本机关|我机关|本单位|我单位|本部门|我部门|本办|我办|本厅|我厅|本中心|我中心|本院|我院)$/;
export const isShortAgencyName = (name: string): boolean =>
  SHORT_NAMES.test(name) || /^(?:我|本|该)/.test(name) || [...name].length < 4;

/**
 * The statutory publication deadline (条例第四十九条) as `YYYY-MM-DD`: an 人民政府's (or 管理委员会's) own
 * report by 3月31日, a department's by 1月31日, of the year after the report year. The level is read from
 * the name; a name that cannot tell gets the later date, so the rule never warns early.
 */
export const publicationDeadline = (
  report: Pick<TReportDocument, "year" | "details">,
): { deadline: string; who: string } => {
  const name = normalized(report.details.agencyName);
  const government =
    /(?:人民政府|管理委员会|管委会)$/.test(name) || !/(?:局|委|办|厅|室|中心|署|院|所|站|处|会)$/.test(name);
  return government
    ? { deadline: `${report.year + 1}-03-31`, who: "人民政府" }
    : { deadline: `${report.year + 1}-01-31`, who: "政府部门" };
};

const PERIOD_RE = /统计(?:时限|期限|期间|时间|区间)[^。\n]{0,12}?(\d{4})年1月1日/;

export const DETAILS_RULES: TRule[] = [
  {
    id: "V-01",
    severity: "error",
    title: "报告年度与格式版本一致",
    check: ({ template, report, emit }) => {
      const expected = findFormatForYear(report.year);
      if (expected?.version === report.formatVersion) return;
      emit({
        ruleId: "V-01",
        severity: "error",
        message: expected
          ? `${report.year}年度报告应使用${expected.documentNo}格式，本报告使用的是${template.documentNo}格式`
          : `${report.year}年度没有适用的报告格式（支持 ${FIRST_SUPPORTED_YEAR} 年度起），本报告使用的是${template.documentNo}格式`,
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
      emit({
        ruleId: "D-01",
        severity: "error",
        message: `${DETAILS_LABEL}：机关全称未填写`,
        cells: [],
        sectionId: "details",
        problem: "blank",
      });
    },
  },
  {
    id: "C-04",
    severity: "warning",
    title: "标题含机关全称、年份和“政府信息公开工作年度报告”",
    check: ({ report, emit }) => {
      const title = reportTitle(report);
      const read = normalized(title);
      const agency = report.details.agencyName.trim();
      const missing = [
        agency && !read.includes(normalized(agency)) ? `机关全称“${agency}”` : "",
        read.includes(`${report.year}年`) ? "" : `年份“${report.year}年”`,
        read.includes(TITLE_SUFFIX) ? "" : `“${TITLE_SUFFIX}”字样`,
      ].filter(Boolean);
      if (missing.length === 0) return;
      emit({
        ruleId: "C-04",
        severity: "warning",
        message: `标题“${title}”缺少${missing.join("、")}`,
        cells: [],
        sectionId: "details",
      });
    },
  },
  {
    id: "X-02",
    severity: "error",
    title: "标题、统计期限中的年份与报告年度一致",
    check: ({ report, emit }) => {
      const titleYear = /(\d{4})年/.exec(normalized(reportTitle(report)))?.[1];
      if (titleYear && Number(titleYear) !== report.year) {
        emit({
          ruleId: "X-02",
          severity: "error",
          message: `标题中的年份 ${titleYear} 与报告年度 ${report.year} 不一致`,
          cells: [],
          sectionId: "details",
        });
      }
      for (const key of ["opening", "s1"] as const) {
        const periodYear = PERIOD_RE.exec(normalized(report.narrative[key]))?.[1];
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
  {
    id: "D-04",
    severity: "warning",
    title: "发布所需的报告信息已填写（发布网站、联系方式、落款机关、成文日期）",
    check: ({ report, emit }) => {
      // A transcribed report (or one with no source) is a record of what was published; only a report
      // composed here is still to be published with these details.
      if (report.source?.kind !== "editor") return;
      for (const { label, filled } of publicationDetails(report.details))
        if (!filled)
          emit({
            ruleId: "D-04",
            severity: "warning",
            message: `${DETAILS_LABEL}：${label}未填写，发布的年报${PUBLICATION_USE[label] ?? "需要这一项"}`,
            cells: [],
            sectionId: "details",
            problem: "blank",
          });
    },
  },
  {
    id: "D-02",
    severity: "warning",
    title: "机关名称为全称（不是“办公室”“我局”等简称）",
    check: ({ report, emit }) => {
      const name = normalized(report.details.agencyName);
      if (!name || !isShortAgencyName(name)) return;
      emit({
        ruleId: "D-02",
        severity: "warning",
        message: `${DETAILS_LABEL}：机关名称“${name}”不是全称，应写明完整的机关名称（如“某某市某某区教育局”）`,
        cells: [],
        sectionId: "details",
      });
    },
  },
  {
    id: "D-03",
    severity: "warning",
    title: "成文日期不晚于法定公布期限（部门 1月31日，人民政府 3月31日）",
    check: ({ report, emit }) => {
      const date = report.details.issueDate;
      if (!date) return;
      const { deadline, who } = publicationDeadline(report);
      if (date <= deadline) return;
      // Dates in findings are written as the report prints them: 2027年1月20日 (one formatter, D57).
      emit({
        ruleId: "D-03",
        severity: "warning",
        message: `${DETAILS_LABEL}：成文日期 ${formatDate(date)} 晚于${who}的法定公布期限 ${formatDate(deadline)}（条例第四十九条）`,
        cells: [],
        sectionId: "details",
      });
    },
  },
];
