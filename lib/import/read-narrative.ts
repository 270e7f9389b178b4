import type { TNarrative } from "@/lib/report/schema";

import { loosePattern } from "./labels";
import { agencyFromTitle, cleanNarrative, METADATA, type THeading } from "./narrative";

/** The narrative of an imported 年报 (./read-report.ts): the opening and sections 一, 五 and 六 as text. */

/**
 * The opening (title to 一) and the text of sections 一, 五, 六 between their headings, up to the 落款. A
 * report without a 五 heading takes the text between 表四 and 六 as 五, and says so in `problems`.
 */
export const readNarrative = (
  text: string,
  found: {
    title: string | undefined;
    headings: THeading[];
    signature: { issueDate?: string };
    table4End: number | undefined;
    /** Whether table cells are marked in the text (then every line outside a table is prose). */
    structured: boolean;
  },
  problems: string[],
): TNarrative => {
  const { title, signature } = found;
  const at = (section: string) => found.headings.find((heading) => heading.section === section);
  const narrative: TNarrative = {};
  const sectionText = (from: number | undefined, to: number | undefined) =>
    from === undefined ? undefined : cleanNarrative(text.slice(from, to ?? text.length)) || undefined;
  const end = signature.issueDate ? signatureStart(text) : text.length;
  const s1 = at("s1");
  if (s1) {
    const opening = cleanNarrative(text.slice(titleEnd(text, title), s1.start))
      .split("\n")
      .filter(
        (line) =>
          !METADATA.test(line) &&
          line !== agencyFromTitle(title ?? "") &&
          !/^[（(]?[^（()）]{0,12}日[)）]?$/.test(line),
      )
      .join("\n");
    if (opening) narrative.opening = opening;
    narrative.s1 = sectionText(s1.end, (at("s2") ?? at("s3") ?? at("s4") ?? at("s5") ?? at("s6"))?.start);
  }
  const s5 = at("s5");
  const s6 = at("s6");
  const order = found.headings.map((heading) => heading.section);
  for (const key of ["s2", "s3", "s4"] as const) {
    const heading = at(key);
    if (!heading) continue;
    const next = found.headings[order.indexOf(key) + 1];
    // Without a 五 heading the text after 表四 is taken as 五 (below), not as 四's.
    const until =
      key === "s4" && !s5 && found.table4End !== undefined
        ? Math.min(next?.start ?? end, found.table4End)
        : (next?.start ?? end);
    const trailing =
      key === "s4" && !found.structured && s5 && found.table4End !== undefined && found.table4End < until
        ? text.slice(found.table4End, until)
        : "";
    const prose = tableSectionText(text.slice(heading.end, until), found.structured, trailing);
    if (prose) narrative[key] = prose;
  }
  if (s5) narrative.s5 = sectionText(s5.end, s6?.start ?? end);
  else if (found.table4End !== undefined && s6 && found.table4End < s6.start) {
    const after = cleanNarrative(text.slice(found.table4End, s6.start)).replace(/^注[:：].*\n?/m, "");
    if (after.length > 20) {
      narrative.s5 = after;
      problems.push("没有“五、”标题：表四之后、“六、”之前的文字按第五部分导入，请核对");
    }
  }
  if (s6) narrative.s6 = sectionText(s6.end, end);
  return narrative;
};

/** 表三's result labels, the only labels long enough to look like a sentence. */
const T3_LABEL =
  /^[（(][一二三四五六七][)）]\s*(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计)/;
const SUBHEADING = /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、是]|\d+[.．、])/;
/** A sentence of prose: it ends a clause, or runs on with commas. */
const isSentence = (line: string) =>
  (/[。；！？]/.test(line) || (line.length >= 30 && /，/.test(line))) && !T3_LABEL.test(line);
/** A line that starts a table printed as running text (its labels, headers, numbers) or a table note. */
const TABLE_START = /第二十条|信息内容|申请人情况|本列数据的勾稽关系|结果维持|^[\d\s.,|（()）\-—]+$/;

/**
 * The prose of 二、三 or 四 (text printed with a table: an introduction, sub-headings `（一）…` with their text):
 * lines outside table cells that are sentences, and the sub-headings followed by one. Table labels, headers,
 * captions (`表二：…`), numbers and notes (`注：`, the table's remarks) are left out. In running text (PDF,
 * pasted) only the lines before the table starts count, plus `trailing` (四's text after 表四's last value).
 */
const tableSectionText = (region: string, structured: boolean, trailing: string): string => {
  const lines = [
    ...region.split(/[\n\u001e]/).filter((line) => !line.includes("\u001f")),
    ...trailing.split("\n"),
  ];
  const cut = structured ? -1 : lines.findIndex((line) => TABLE_START.test(line.trim()));
  const candidates = (cut === -1 ? lines : [...lines.slice(0, cut), ...trailing.split("\n")])
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^注[:：]/.test(line));
  const kept = candidates.filter((line, index) => {
    if (isSentence(line)) return true;
    const next = candidates[index + 1];
    return SUBHEADING.test(line) && line.length <= 40 && !T3_LABEL.test(line) && !!next && isSentence(next);
  });
  return cleanNarrative(kept.join("\n"));
};

/** A 落款 printed without a date is the agency's name on the last line: not part of section 六 (or 五). */
export const dropSignatureLine = (
  narrative: TNarrative,
  agencyName: string,
  title: string | undefined,
): void => {
  const lastKey = narrative.s6 !== undefined ? "s6" : narrative.s5 !== undefined ? "s5" : undefined;
  if (lastKey) {
    const lines = narrative[lastKey]!.split("\n");
    const last = lines[lines.length - 1]?.trim();
    if (last && lines.length > 1 && (last === agencyName || last === title?.replace(/\d{4}年.*$/, ""))) {
      narrative[lastKey] = lines.slice(0, -1).join("\n");
    }
  }
};

/** Where the printed title ends: its last characters at a line end near the top (0 when not printed). */
const titleEnd = (text: string, title: string | undefined): number => {
  if (!title) return 0;
  const last = loosePattern(title.slice(-6));
  const match = new RegExp(`${last}[ ]*(?=[\\n\\u001e\\u001f])`).exec(text.slice(0, 3000));
  return match ? match.index + match[0].length : 0;
};

/** Where a dated 落款 starts: the issuer line before the date at the very end (the text's length when none). */
const signatureStart = (text: string): number => {
  const trimmed = text.replace(/[\s\u001f\u001e]+$/g, "");
  const tail = trimmed.slice(-160);
  const match = tail.match(
    /[^\s。；：:，,\u001f\u001e]{0,40}[\s\u001f\u001e]*[（(]?(?:\d{4}|[〇零一二三四五六七八九Oo]{4})\s*年[^年]{0,12}日[）)]?$/,
  );
  return match ? trimmed.length - tail.length + match.index! : text.length;
};
