import JSZip from "jszip";

/** Reads back what the .docx exporter wrote, for tests: parts as XML text, tables as grids. */

export interface TDocxParts {
  document: string;
  settings: string;
  footers: string[];
  headers: string[];
}

export const readDocx = async (buffer: Buffer): Promise<TDocxParts> => {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const footerNames = Object.keys(zip.files)
    .filter((name) => /^word\/footer\d+\.xml$/.test(name))
    .sort();
  const headerNames = Object.keys(zip.files)
    .filter((name) => /^word\/header\d+\.xml$/.test(name))
    .sort();
  return {
    document: await text("word/document.xml"),
    settings: await text("word/settings.xml"),
    footers: await Promise.all(footerNames.map(text)),
    headers: await Promise.all(headerNames.map(text)),
  };
};

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");

/** Paragraphs (outside tables) as { xml, text }. */
export const paragraphsOf = (document: string): { xml: string; text: string }[] =>
  [
    ...document
      .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "")
      .matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g),
  ].map((m) => ({
    xml: m[0],
    text: textOf(m[0]),
  }));

export interface TDocxCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

export interface TDocxTable {
  xml: string;
  headerRowCount: number;
  /** Visible cells per row; cells continuing a vertical merge are folded into the cell above (rowSpan). */
  rows: TDocxCell[][];
}

export const tablesOf = (document: string): TDocxTable[] =>
  [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => {
    const xml = match[0];
    const rowXml = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    // Grid column → the visible cell that started a vertical merge there.
    const openMerges = new Map<number, TDocxCell>();
    const rows = rowXml.map((row) => {
      const cells: TDocxCell[] = [];
      let column = 0;
      for (const cellMatch of row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
        const cellXml = cellMatch[0];
        const colSpan = Number(/<w:gridSpan w:val="(\d+)"/.exec(cellXml)?.[1] ?? 1);
        const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cellXml);
        if (vMerge && vMerge[1] !== "restart") {
          const above = openMerges.get(column);
          if (above) above.rowSpan += 1;
        } else {
          const cell = { text: textOf(cellXml), colSpan, rowSpan: 1 };
          cells.push(cell);
          if (vMerge) openMerges.set(column, cell);
          else openMerges.delete(column);
        }
        column += colSpan;
      }
      return cells;
    });
    return { xml, headerRowCount: rowXml.filter((row) => row.includes("<w:tblHeader")).length, rows };
  });
