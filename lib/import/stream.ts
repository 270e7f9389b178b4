import { toHalfWidthNumber } from "@/lib/template/text";

/**
 * The common shape every source is read into before a 年报 is read out of it: one string in which table
 * cells end with `CELL` and table rows with `ROW`, lines of running text with `\n`, plus where each piece
 * came from (line, page, table row) for provenance.
 */

export const CELL = "\u001f";
export const ROW = "\u001e";

interface TSegment {
  start: number;
  end: number;
  where: string;
}

export interface TStream {
  text: string;
  /** Whether the source printed table cells apart (Word, web page, Excel, tab or | separated text). */
  structured: boolean;
  /** `第12行` for the piece of text at `offset`. */
  whereAt(offset: number): string;
}

/** Site chrome and extraction artefacts dropped before reading (当前位置, 打印本页, page numbers …). */
const NOISE = [
  /\[(?:bookmark|image):[^\]]*\]/g,
  /当前位置[:：][^\n\u001e\u001f]*/g,
  /(?:【?(?:打印本页|关闭窗口|附件下载|字号[:：]?\s*[大中小\s]*|分享到)】?)/g,
  /^\s*[—\-－]\s*\d+\s*[—\-－]\s*$/gm,
  // A site's footer line (版权所有, ICP 备案号, 网站标识码, 技术支持：…) printed after the report.
  /^[^\n\u001f\u001e]*(?:版权所有|ICP备|网站标识码|技术支持[:：])[^\n\u001f\u001e]*$/gm,
  /^\s*第\s*\d+\s*页(?:\s*[\/，,]?\s*共\s*\d+\s*页)?\s*$/gm,
  // The 草稿 mark of our own exports (banner of the .html, header of the .docx), printed on every page of a PDF.
  /草稿[:：\s]*\s*本?报告尚未发布，?不得作为正式文本/g,
];

/**
 * Kangxi radicals (U+2F00–U+2FD5), CJK radicals supplement (U+2E80–U+2EF3) and CJK compatibility ideographs
 * (U+F900–U+FAFF) to the ideographs they stand for (NFKC, character by character). PDFs printed by Chromium and
 * some Word versions map glyphs of CJK fonts to these twins (⼯ for 工, ⽉ for 月), which read the same but never
 * match a label.
 */
export const foldCjkTwins = (text: string): string =>
  text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g, (ch) => ch.normalize("NFKC"));

/** Full-width digits to ASCII, CJK twins folded, odd spaces to plain ones, chrome and artefacts removed. */
export const cleanText = (text: string): string => {
  let out = foldCjkTwins(toHalfWidthNumber(text)).replace(/[\u3000\u00a0\u2002\u2003\u200b\ufeff]/g, " ");
  for (const pattern of NOISE) out = out.replace(pattern, "");
  return out;
};

export class StreamBuilder {
  private parts: string[] = [];
  private segments: TSegment[] = [];
  private length = 0;
  structured = false;

  private push(text: string, where: string) {
    this.segments.push({ start: this.length, end: this.length + text.length, where });
    this.parts.push(text);
    this.length += text.length;
  }

  /** One table cell (its text cleaned; an empty cell stays empty). */
  cell(text: string, where: string): void {
    this.structured = true;
    this.push(
      cleanText(text)
        .replace(/[\r\n]+/g, "")
        .trim() + CELL,
      where,
    );
  }

  endRow(where = ""): void {
    this.push(ROW, where);
  }

  /** A line of running text. */
  line(text: string, where: string): void {
    this.push(cleanText(text) + "\n", where);
  }

  build(): TStream {
    const text = this.parts.join("");
    const segments = this.segments;
    return {
      text,
      structured: this.structured,
      whereAt(offset: number): string {
        let lo = 0;
        let hi = segments.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (segments[mid]!.start <= offset) lo = mid;
          else hi = mid - 1;
        }
        return segments[lo]?.where ?? "";
      },
    };
  }
}

/**
 * Plain text (pasted from a PDF or a page, a .doc's text, the seed files): lines starting with `|` are
 * markdown table rows; lines starting with a tab are one table cell each (a blank line ends the row); a
 * line holding tabs inside is a row of tab-separated cells; anything else is running text.
 */
export const streamFromText = (input: string, where = (line: number) => `第${line}行`): TStream => {
  const builder = new StreamBuilder();
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  let pendingCell: { text: string; line: number } | null = null;
  let inTabRow = false;
  const flushCell = () => {
    if (pendingCell) builder.cell(pendingCell.text, where(pendingCell.line));
    pendingCell = null;
  };
  const endTabRow = (line: number) => {
    flushCell();
    if (inTabRow) builder.endRow(where(line));
    inTabRow = false;
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      endTabRow(line);
      if (/^\s*\|[\s\-:|]*\|\s*$/.test(raw)) return; // |---|---|
      const cells = raw.trim().slice(1, -1).split("|");
      for (const cell of cells) builder.cell(cell, where(line));
      builder.endRow(where(line));
      return;
    }
    if (raw.startsWith("\t")) {
      flushCell();
      const parts = raw.slice(1).split("\t");
      if (parts.length > 1) {
        for (const part of parts) builder.cell(part, where(line));
      } else {
        pendingCell = { text: parts[0] ?? "", line };
      }
      inTabRow = true;
      return;
    }
    if (raw.trim() === "") {
      endTabRow(line);
      builder.line("", where(line));
      return;
    }
    if (inTabRow && pendingCell) {
      // A cell's text broken over two lines (`5.要求行政机关确认或重新` / `出具已获取信息`).
      pendingCell.text += raw.trim();
      return;
    }
    if (raw.includes("\t") && raw.trim().includes("\t")) {
      endTabRow(line);
      for (const part of raw.trim().split("\t")) builder.cell(part, where(line));
      builder.endRow(where(line));
      return;
    }
    endTabRow(line);
    builder.line(raw, where(line));
  });
  endTabRow(lines.length);
  return builder.build();
};
