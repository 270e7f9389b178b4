import JSZip from "jszip";

/** Reads back what the .docx exporter wrote, for tests: parts as XML text, tables as grids. */

export interface TDocxParts {
  document: string;
  /** word/styles.xml: document defaults and paragraph styles, for `formattingOf`. */
  styles: string;
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
    styles: await text("word/styles.xml"),
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

/** Paragraphs (outside tables) as { xml, text }; an empty `<w:p/>` is a paragraph too. */
export const paragraphsOf = (document: string): { xml: string; text: string }[] =>
  [
    ...document
      .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "")
      .matchAll(/<w:p\/>|<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g),
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

/**
 * Formatting properties: each element by its name → its `w:val` ("true" for an on/off element without one), and
 * each attribute as "name@attribute", e.g. `sz` → "21", `keepNext` → "true", `rFonts@w:eastAsia` → "黑体".
 */
export type TFormatting = Record<string, string>;

/** The properties of the empty elements in a w:pPr or w:rPr's content (nested w:rPr, w:sectPr left out). */
const propertiesOf = (xml: string | undefined): TFormatting => {
  const properties: TFormatting = {};
  const own = (xml ?? "").replace(/<w:rPr>[\s\S]*?<\/w:rPr>|<w:sectPr[\s\S]*?<\/w:sectPr>/g, "");
  for (const [, name = "", attributes = ""] of own.matchAll(/<w:(\w+)((?:\s+[\w:]+="[^"]*")*)\s*\/>/g)) {
    properties[name] = "true";
    for (const [, key = "", value = ""] of attributes.matchAll(/([\w:]+)="([^"]*)"/g)) {
      properties[`${name}@${key}`] = value;
      if (key === "w:val") properties[name] = value;
    }
  }
  return properties;
};

const contentOf = (xml: string, element: string): string | undefined =>
  new RegExp(`<w:${element}>([\\s\\S]*?)</w:${element}>`).exec(xml)?.[1];

export interface TFormattedParagraph {
  paragraph: TFormatting;
  runs: { text: string; run: TFormatting }[];
}

/**
 * What a paragraph looks like, from word/styles.xml: its and its runs' effective formatting — the document defaults,
 * then its paragraph style (w:pStyle, else the default paragraph style) after the styles that one is based on, then
 * the paragraph's and the run's own properties (ECMA-376 Part 1 §17.7.2). Character styles are not followed (the
 * exporter writes none). Returns a function of a paragraph's XML (`<w:p>…</w:p>`).
 */
export const formattingOf = (stylesXml: string): ((paragraphXml: string) => TFormattedParagraph) => {
  const styles = new Map<string, { basedOn?: string; pPr: TFormatting; rPr: TFormatting }>();
  let defaultStyle: string | undefined;
  for (const [, attributes = "", body = ""] of stylesXml.matchAll(
    /<w:style ([^>]*)>([\s\S]*?)<\/w:style>/g,
  )) {
    if (!attributes.includes('w:type="paragraph"')) continue;
    const id = /w:styleId="([^"]+)"/.exec(attributes)?.[1] ?? "";
    if (/w:default="(1|true)"/.test(attributes)) defaultStyle = id;
    const basedOn = /<w:basedOn w:val="([^"]+)"\/>/.exec(body)?.[1];
    styles.set(id, {
      basedOn,
      pPr: propertiesOf(contentOf(body, "pPr")),
      rPr: propertiesOf(contentOf(body, "rPr")),
    });
  }
  const defaults = {
    pPr: propertiesOf(/<w:pPrDefault><w:pPr>([\s\S]*?)<\/w:pPr>/.exec(stylesXml)?.[1]),
    rPr: propertiesOf(/<w:rPrDefault><w:rPr>([\s\S]*?)<\/w:rPr>/.exec(stylesXml)?.[1]),
  };
  /** The style and those it is based on, the base first. */
  const chain = (id: string | undefined) => {
    const found: { pPr: TFormatting; rPr: TFormatting }[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = styles.get(at)?.basedOn) {
      seen.add(at);
      const style = styles.get(at);
      if (!style) throw new Error(`样式 ${at} 不在 styles.xml 中`);
      found.unshift(style);
    }
    return found;
  };
  return (paragraphXml) => {
    const pPr = propertiesOf(contentOf(paragraphXml, "pPr"));
    const styled = chain(pPr.pStyle ?? defaultStyle);
    const paragraph = Object.assign(
      {},
      defaults.pPr,
      ...styled.map((style) => style.pPr),
      pPr,
    ) as TFormatting;
    const inherited = Object.assign({}, defaults.rPr, ...styled.map((style) => style.rPr)) as TFormatting;
    const runs = [...paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run = ""]) => ({
      text: textOf(run),
      run: { ...inherited, ...propertiesOf(contentOf(run, "rPr")) },
    }));
    return { paragraph, runs };
  };
};
