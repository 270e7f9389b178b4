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
