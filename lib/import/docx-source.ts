import { StreamBuilder, type TStream } from "./stream";

/**
 * .docx (Word or WPS) `word/document.xml` → stream (./stream.ts). Read directly (no mammoth): a typical report
 * stays well under the 300 ms budget (mammoth took ~0.6–1 s on this machine).
 */

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) =>
    entity[0] === "#"
      ? String.fromCodePoint(
          entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        )
      : (XML_ENTITIES[entity] ?? ""),
  );

/**
 * The WordprocessingML elements the reader acts on (ECMA-376 Part 1 §17): tables, rows, cells, paragraphs,
 * text; and `mc:Fallback` (Part 3 §10.2), the second copy of a text box or shape Word writes for old readers.
 */
const DOCX_TOKENS =
  /<(\/?)(?:w:(tbl|tr|tc|p|t|tab|br|cr|delText)|mc:(Fallback))(?=[\s>/])[^>]*?(\/?)>|([^<]+)/g;

/** A table holding another table and at most this many rows of its own is page layout, not a report table. */
const LAYOUT_MAX_ROWS = 3;

/**
 * Which tables (numbered in the order they open) are layout tables: WPS templates and some CMS exports put the
 * whole body in a one-cell table, so the report's tables are nested inside it.
 */
const layoutTables = (xml: string): Set<number> => {
  const stack: { id: number; rows: number; nested: boolean }[] = [];
  const layout = new Set<number>();
  let next = 0;
  for (const match of xml.matchAll(/<(\/?)w:(tbl|tr)(?=[\s>/])[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (name === "tr") {
      if (!closing && stack.length) stack[stack.length - 1]!.rows++;
    } else if (!closing) {
      if (stack.length) stack[stack.length - 1]!.nested = true;
      stack.push({ id: next++, rows: 0, nested: false });
    } else {
      const table = stack.pop();
      if (table?.nested && table.rows <= LAYOUT_MAX_ROWS) layout.add(table.id);
    }
  }
  return layout;
};

/**
 * `word/document.xml` → stream: each paragraph a line, each table row a row and each cell a cell. A table nested
 * in a report table's cell keeps its text in that cell; a layout table (./layoutTables) is see-through: its
 * paragraphs are lines and the tables inside it are the tables. Deleted text and `mc:Fallback` copies skipped.
 */
export const streamFromDocumentXml = (xml: string): TStream => {
  const layout = layoutTables(xml);
  const builder = new StreamBuilder();
  /** Open tables, innermost last: whether each is layout. */
  const tables: boolean[] = [];
  let nextTable = 0;
  let table = 0;
  let row = 0;
  let paragraph = 0;
  let inText = false;
  let inDeleted = false;
  let fallback = 0;
  let cell = "";
  let line = "";
  /** Report tables open (layout tables do not count). */
  const depth = () => tables.filter((isLayout) => !isLayout).length;
  const innermostIsReportTable = () => tables.length > 0 && !tables[tables.length - 1];
  const where = () => (depth() > 0 ? `Word 第${table}个表格第${row}行` : `Word 第${paragraph}段`);
  for (const match of xml.matchAll(DOCX_TOKENS)) {
    const [, closing, name, fallbackTag, selfClosing, text] = match;
    if (fallbackTag) {
      if (!selfClosing) fallback += closing ? -1 : 1;
      continue;
    }
    if (text !== undefined) {
      if (inText && !inDeleted && fallback === 0) line += decodeXml(text);
      continue;
    }
    if (fallback > 0 && name !== "tbl") continue;
    const open = !closing;
    switch (name) {
      case "t":
        inText = open && !selfClosing;
        break;
      case "delText":
        inDeleted = open && !selfClosing;
        break;
      case "tab":
        if (open) line += "\t";
        break;
      case "br":
      case "cr":
        if (open) line += "\n";
        break;
      case "p":
        if (!open || selfClosing) {
          if (depth() > 0) cell += (cell && line ? " " : "") + line;
          else {
            // Numbered as the person sees them: empty paragraphs (spacing) are not counted.
            if (line.trim()) paragraph++;
            for (const part of line.split("\n")) builder.line(part, where());
          }
          line = "";
        }
        break;
      case "tbl":
        if (selfClosing) break;
        if (open) {
          const isLayout = layout.has(nextTable++);
          tables.push(isLayout);
          if (!isLayout && depth() === 1 && fallback === 0) {
            table++;
            row = 0;
          }
        } else tables.pop();
        break;
      case "tr":
        if (depth() === 1 && innermostIsReportTable()) {
          if (open) row++;
          else builder.endRow(where());
        }
        break;
      case "tc":
        if (depth() === 1 && innermostIsReportTable()) {
          if (open) cell = "";
          else builder.cell(cell.replace(/\s+/g, " "), where());
        }
        break;
    }
  }
  return builder.build();
};
