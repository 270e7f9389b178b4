import type { TNarrative, TReportDetails } from "@/lib/report/schema";
import type { TSectionId } from "@/lib/template/types";

/**
 * The running text of a report: the six section headings (tolerant of `—、` for `一、`, `2、`, `## 一、`,
 * `行政法复议`, a missing heading), the narrative between them with PDF line breaks joined, and the details
 * (title, agency, 落款, 成文日期, website, phone, e-mail) — template-spec §3.2–§3.4.
 */

const SECTION_IDS: TSectionId[] = ["s1", "s2", "s3", "s4", "s5", "s6"];

/**
 * A section's number: `一、` (any numeral: sections are sometimes renumbered), `—、`, `2、`; with `bracketed`, also
 * `（五）` — only the section's own numeral, as `（一）存在的主要问题` is a sub-heading inside 五, not 五's heading.
 */
const numeral = (section: TSectionId, bracketed: boolean): string =>
  `(?:[一二三四五六七八九十]|—|-|\\d{1,2}${bracketed ? `|[（(]${"一二三四五六"[SECTION_IDS.indexOf(section)]}[)）]` : ""})`;

const KEYWORDS: Record<TSectionId, string> = {
  s1: "总体情况",
  s2: "主动公开政府信息(?:情况)?",
  s3: "收到和处理政府信息公开申请",
  s4: "(?:政府信息公开)?(?:行政复议|行政法复议|被申请行政复议)[、和及]?(?:提起)?行政诉讼",
  s5: "(?:政府信息公开工作)?存在的主要问题(?:及(?:其)?(?:改进|整改)(?:情况|措施)?)?",
  s6: "其他需要报告的事项",
};

/** `一、总体情况` at a line start, or after a space in text that lost its line breaks. */
const headingPattern = (section: TSectionId, bracketed: boolean): RegExp => {
  const number = numeral(section, bracketed);
  return new RegExp(
    `(?:^|\\n|\\u001e)[#\\s]*(?:${number}\\s*[、.．,，]?\\s*)?${KEYWORDS[section]}|(?<=[\\s。])${number}\\s*[、.．]\\s*${KEYWORDS[section]}`,
    "g",
  );
};

/**
 * The first heading of `section` from `cursor`: numbered `二、` (or unnumbered) first; `（二）` only when the report
 * has no such heading (its sections numbered in brackets), so a sub-heading `（二）主动公开政府信息情况` inside 一 is
 * not taken for 二 when 二 is printed later.
 */
const findHeading = (text: string, section: TSectionId, cursor: number): RegExpExecArray | null => {
  for (const bracketed of [false, true]) {
    const pattern = headingPattern(section, bracketed);
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
};

export interface THeading {
  section: TSectionId;
  start: number;
  /** Offset after the heading line. */
  end: number;
}

/** Each section's heading in order; a heading not found is left out. */
export const findHeadings = (text: string): THeading[] => {
  const headings: THeading[] = [];
  let cursor = 0;
  for (const section of SECTION_IDS) {
    const match = findHeading(text, section, cursor);
    if (!match) continue;
    const start = match.index + (match[0].match(/^[\n\u001e]/) ? 1 : 0);
    const afterKeyword = match.index + match[0].length;
    // The heading line runs to its line end when that is near (`五、存在的主要问题及改进情况`).
    const lineEnd = text.slice(afterKeyword).search(/[\n\u001e]/);
    const rest = lineEnd === -1 ? "" : text.slice(afterKeyword, afterKeyword + lineEnd);
    const end =
      lineEnd !== -1 && rest.length <= 20 && !/[。；]/.test(rest) ? afterKeyword + lineEnd : afterKeyword;
    headings.push({ section, start, end });
    cursor = end;
  }
  return headings;
};

const TERMINAL = /[。！？；：”」）)!?;:]$/;
const STARTS_BLOCK = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是]|\d+[.．、]|[#*])/;

/**
 * Running text → paragraphs, one a line: cell borders to spaces, markdown marks dropped, lines a PDF broke
 * mid-sentence joined (a line as long as most lines, not ending a sentence, followed by a line that does not
 * start a heading or an item).
 */
export const cleanNarrative = (text: string): string => {
  const lines = text
    .replace(/\u001f/g, " ")
    .replace(/\u001e/g, "\n")
    .split("\n")
    .map((line) =>
      line
        .replace(/^#+\s*/, "")
        .replace(/\*\*/g, "")
        .trim(),
    )
    .filter((line) => line !== "");
  if (lines.length === 0) return "";
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const broken =
      previous !== undefined &&
      typical <= 60 &&
      previous.length >= typical * 0.8 &&
      !TERMINAL.test(previous) &&
      !STARTS_BLOCK.test(line);
    if (broken) out[out.length - 1] = previous + line;
    else out.push(line);
  }
  return out.join("\n");
};

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `二〇二二` → 2022; `三十` → 30, `十二` → 12, `二十一` → 21; digits as they are. */
const chineseNumber = (text: string, positional: boolean): number => {
  if (/^\d+$/.test(text)) return Number(text);
  if (positional) return Number([...text].map((ch) => CN_DIGITS[ch] ?? 0).join(""));
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const tensValue = text.includes("十") ? (tens ? (CN_DIGITS[tens] ?? 0) : 1) : 0;
  return tensValue * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
};

const DATE =
  /((?:\d{4}|[〇零一二三四五六七八九Oo]{4}))\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日/;

/** `2024年1月17日`, `二〇二二年一月三十日` → `2022-01-30`; undefined when not a valid date. */
export const parseChineseDate = (text: string): string | undefined => {
  const match = text.match(DATE);
  if (!match) return undefined;
  const year = chineseNumber(match[1]!, true);
  const month = chineseNumber(match[2]!, false);
  const day = chineseNumber(match[3]!, false);
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

export const METADATA =
  /^(?:SOURCE|标题|发布时间|文号|发布机构|栏目|原文链接|本地目录|页面链接|正文|索引号|名称|分类|公开日期|=+)/;
const TITLE_TAIL = /(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)$/;

/** The printed title: the first short line(s) naming a 年度报告 (a `标题:` line or an `<h1>` counts too). */
export const findTitle = (lines: readonly string[], hint?: string): string | undefined => {
  // Spaces go, except one between a name's last digit and the year: `示范区第12 2025年…` (lib/report/title.ts)
  // must not read back as `示范区第122025年…`; a letter-spaced `2 0 2 5 年` still reads as `2025年`.
  const clean = (line: string) =>
    line
      .replace(/^#+\s*/, "")
      .replace(/\s+/g, (space, at: number, whole: string) =>
        /[0-9０-９]$/.test(whole.slice(0, at)) && /^\s*\d{4}\s*年/.test(whole.slice(at)) ? " " : "",
      )
      .trim();
  if (hint && /报告|年报/.test(hint)) return clean(hint.replace(/[-_|].*$/, ""));
  const labelled = lines.find((line) => /^标题[:：]/.test(line));
  if (labelled) return clean(labelled.replace(/^标题[:：]/, ""));
  const candidates = lines
    .slice(0, 15)
    .map(clean)
    .filter((line) => line && !METADATA.test(line));
  for (let index = 0; index < candidates.length; index++) {
    const line = candidates[index]!;
    if (line.length > 60) break;
    if (!/报告|年报/.test(line)) continue;
    const previous = candidates[index - 1];
    // A title broken over two lines: the second alone lacks the year or the agency.
    const complete = /\d{4}年/.test(line) && agencyFromTitle(line) !== undefined;
    const joinable = previous !== undefined && previous.length <= 40 && !/[。：:，,]/.test(previous);
    return !complete && joinable ? previous + line : line;
  }
  return undefined;
};

/** `枣庄高新区党政综合办公室2021年政府信息公开工作年度报告` → `枣庄高新区党政综合办公室`. */
export const agencyFromTitle = (title: string): string | undefined => {
  const withoutTail = title.replace(TITLE_TAIL, "").replace(/[（(][^）)]*[)）]$/, "");
  const agency = withoutTail
    .replace(/\d{4}年度?/, "")
    .replace(/^关于/, "")
    .trim();
  return agency.length >= 2 ? agency : undefined;
};

/** The year the title or the statistics period names (`2021年`, `统计期限自2021年1月1日`). */
export const findYear = (title: string | undefined, text: string): number | undefined => {
  const fromTitle = title?.match(/(\d{4})年/)?.[1];
  if (fromTitle) return Number(fromTitle);
  const period = text.match(/(?:统计期限|统计时限|统计时间)[^\d]{0,10}(\d{4})\s*年/);
  return period ? Number(period[1]) : undefined;
};

/** 落款 and 成文日期 at the very end (`沭阳县发展和改革局 2024年1月17日`); absent when not printed. */
export const findSignature = (text: string): { issuer?: string; issueDate?: string } => {
  const tail = text.replace(/[\s\u001f\u001e]+$/g, "").slice(-160);
  const match = tail.match(
    /(?:^|[\s。\u001f\u001e])([^\s。；：:，,\u001f\u001e]{2,40})?[\s\u001f\u001e]*[（(]?((?:\d{4}|[〇零一二三四五六七八九Oo]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)[）)]?$/,
  );
  if (!match) return {};
  const issueDate = parseChineseDate(match[2]!);
  const issuer =
    match[1] && /(?:政府|委员会|局|办公室|厅|办|室|中心|院|委|部|会|署|处|所|站|队)$/.test(match[1])
      ? match[1]
      : undefined;
  return { ...(issuer ? { issuer } : {}), ...(issueDate ? { issueDate } : {}) };
};

/** Website, phone, e-mail, address and postcode where the opening or the end prints them. */
export const findContact = (text: string): Pick<TReportDetails, "publication" | "contact"> => {
  const website = text.match(/https?:\/\/[A-Za-z0-9.\-_/:%?=&]+|www\.[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/)?.[0];
  const phone = text
    .match(/(?:联系)?电话[:：]?\s*((?:\d[\d\-—－ ]{5,18}\d)(?:[、,，或]\s*\d[\d\-—－ ]{5,18}\d)*)/)?.[1]
    ?.replace(/[—－]/g, "-")
    .trim();
  const email = text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/)?.[0];
  const address = text.match(/地址[:：]\s*([^；;，,）)\n。]+)/)?.[1]?.trim();
  const postcode = text.match(/邮编[:：]?\s*(\d{6})/)?.[1];
  const contact = {
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...(address ? { address } : {}),
    ...(postcode ? { postcode } : {}),
  };
  return {
    ...(website
      ? { publication: { website: website.replace(/[/.]+$/, (m) => (m.startsWith("/") ? "/" : "")) } }
      : {}),
    ...(Object.keys(contact).length ? { contact } : {}),
  };
};

export type TNarrativeRead = { narrative: TNarrative; problems: string[] };
