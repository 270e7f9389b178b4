import type { TReportDocument } from "@/lib/report/schema";
import type { TReportTemplate } from "@/lib/template";

import { textWidthEm } from "./format";
import type { TBlock } from "./publishable";

/** The text of a publishable report (./publishable.ts): the title's lines, narrative blocks, the opening. */

/** Characters of 2号 (22 pt) type on one 156 mm line. */
export const TITLE_CHARS_PER_LINE = 20;

/**
 * GB/T 9704 asks for a title in one or more centred lines, broken at word boundaries into a trapezoid or
 * diamond. Prefer breaking after the agency name or before the year, choosing the most even split.
 */
export const balanceTitle = (title: string, agencyName: string, perLine = TITLE_CHARS_PER_LINE): string[] => {
  if (textWidthEm(title) <= perLine) return [title];
  const candidates = new Set<number>();
  const agencyEnd = agencyName ? title.indexOf(agencyName) + agencyName.length : -1;
  if (agencyEnd > 0 && agencyEnd < title.length) candidates.add(agencyEnd);
  const suffix = title.indexOf("政府信息公开工作年度报告");
  if (suffix > 0) candidates.add(suffix);
  const yearAt = title.search(/\d{4}年/);
  if (yearAt > 0) candidates.add(yearAt);
  const fits = [...candidates].filter(
    (at) => textWidthEm(title.slice(0, at)) <= perLine && textWidthEm(title.slice(at)) <= perLine,
  );
  const best = fits.sort(
    (a, b) =>
      Math.abs(textWidthEm(title.slice(0, a)) - textWidthEm(title.slice(a))) -
      Math.abs(textWidthEm(title.slice(0, b)) - textWidthEm(title.slice(b))),
  )[0];
  if (best !== undefined) return [title.slice(0, best), title.slice(best)];
  const lines: string[] = [];
  const chars = [...title];
  const count = Math.ceil(textWidthEm(title) / perLine);
  const size = Math.ceil(chars.length / count);
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(""));
  return lines;
};

const SUBHEADING_RE = /^（[一二三四五六七八九十]+）/;
const ITEM_RE = /^\d+[.．、]/;
const isShortHeading = (line: string): boolean => line.length <= 40 && !line.slice(0, -1).includes("。");

/** Narrative text → blocks: `（一）…` lines become level-2 headings, `1.…` lines level-3; the rest paragraphs. */
export const narrativeBlocks = (text: string | undefined): TBlock[] =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): TBlock => {
      if (SUBHEADING_RE.test(line) && isShortHeading(line)) return { kind: "heading2", text: line };
      if (ITEM_RE.test(line) && isShortHeading(line)) return { kind: "heading3", text: line };
      return { kind: "paragraph", text: line };
    });

const SECTION_SUMMARY =
  "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项";

/** The opening most published reports use (template-spec §3.4), built from the report's details. */
export const generatedOpening = (template: TReportTemplate, report: TReportDocument): string => {
  const { publication, contact } = report.details;
  const parts = [
    `根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（${template.documentNo}）要求，编制本报告。`,
    `全文包括${SECTION_SUMMARY}六部分。`,
    `本报告所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止。`,
  ];
  if (publication?.website) {
    const column = publication.column ? `“${publication.column}”专栏` : "";
    parts.push(`本报告电子版可在${publication.website}${column}查阅或下载。`);
  }
  const details = [
    contact?.address && `地址：${contact.address}`,
    contact?.postcode && `邮编：${contact.postcode}`,
    contact?.phone && `电话：${contact.phone}`,
    contact?.email && `电子邮箱：${contact.email}`,
  ].filter(Boolean);
  if (contact?.office || details.length) {
    const who = contact?.office || report.details.agencyName;
    parts.push(`如对本报告有疑问，请与${who}联系${details.length ? `（${details.join("；")}）` : ""}。`);
  }
  return parts.join("");
};
