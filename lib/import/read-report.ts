import { FORMATS } from "@/lib/template";
import type { TFormatVersion, TReportTemplate } from "@/lib/template/types";
import {
  REPORT_FORMAT_ID,
  type TNarrative,
  type TReportDetails,
  type TReportDocument,
} from "@/lib/report/schema";

import {
  agencyFromTitle,
  findContact,
  findHeadings,
  findSignature,
  findTitle,
  findYear,
  parseChineseDate,
} from "./narrative";
import { dropSignatureLine, readNarrative } from "./read-narrative";
import { readTables } from "./tables";
import type { TStream } from "./stream";
import {
  ImportError,
  SOURCE_KIND_LABELS,
  type TImportChoice,
  type TImportResult,
  type TSourceKind,
} from "./types";

/**
 * The start of the error when no year can be read. Each surface says how to give one: the CLI “--year”, the
 * web page its 年度 select (issue 11 tester §6); an import into a draft reads the file as the draft's year.
 */
export const YEAR_UNKNOWN = "无法从报告中看出年度";

export interface TReadOptions {
  /** The year when the report does not say (or to override what it says). */
  year?: number;
  /** 机关全称 when the report's own is not wanted. */
  agency?: string;
  /** A title the source carries outside the text (an HTML `<h1>`). */
  titleHint?: string;
  /**
   * Read a file without tables (only narrative) instead of refusing it: a section imported into a draft needs
   * no tables (issue 11 tester §5). The missing tables are then a problem, not an error.
   */
  tablesOptional?: boolean;
}

/** Words only the 2019 format's 表二 prints (template-spec §4) against those only the 2021 format prints (§3.5). */
const FORMAT_2019 = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|政府集中采购|采购总金额/;
const FORMAT_2021 = /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量/;

const detectFormat = (text: string, year: number | undefined): TFormatVersion | undefined => {
  const old = FORMAT_2019.test(text);
  const current = FORMAT_2021.test(text);
  const byYear = year === undefined ? undefined : FORMATS.findForYear(year)?.version;
  if (old !== current) {
    const printed = FORMATS.definitions.find((format) =>
      old ? format.table2.continuity === "item-counts" : format.table2.continuity === "valid-documents",
    );
    if (printed) return printed.version;
  }
  return byYear;
};

/**
 * Reads a 年报 out of a stream (./stream.ts): details, the six sections, 表二/表三/表四 by the template of the
 * detected format. Throws ImportError (a Chinese message) when the text is not a 年报 at all.
 */
export const readReport = (stream: TStream, kind: TSourceKind, options: TReadOptions = {}): TImportResult => {
  const text = stream.text;
  const plain = text.replace(/\u001f/g, " ").replace(/\u001e/g, "\n");
  const looksLikeReport =
    /政府信息公开|政务公开/.test(plain) &&
    (findHeadings(text).length >= 2 || /第二十条|本年新收|行政复议/.test(plain));
  if (!looksLikeReport) {
    throw new ImportError("该文件不是政府信息公开工作年度报告：没有找到“政府信息公开”年度报告的标题或章节。");
  }
  const problems: string[] = [];
  const lines = plain
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const title = findTitle(lines, options.titleHint);
  const printedYear = findYear(title, plain);
  const year = options.year ?? printedYear;
  if (year === undefined) throw new ImportError(`${YEAR_UNKNOWN}。`);
  if (options.year !== undefined && printedYear !== undefined && printedYear !== options.year) {
    problems.push(`报告印的是${printedYear}年度，按指定的${options.year}年度导入`);
  }
  const version = detectFormat(plain, year);
  if (version === undefined)
    throw new ImportError(`${year}年度没有适用的报告格式（支持${FORMATS.firstYear}年度起）。`);
  const template: TReportTemplate = FORMATS.getTemplate(version);
  const governing = FORMATS.findForYear(year);
  if (governing && governing.version !== version) {
    problems.push(`表格是${template.documentNo}格式，但${year}年度应使用${governing.documentNo}格式`);
  }

  const headings = findHeadings(text);
  const at = (section: string) => headings.find((heading) => heading.section === section);
  const numerals: Record<string, string> = { s1: "一", s2: "二", s3: "三", s4: "四", s5: "五", s6: "六" };
  // A tables-only source (an Excel sheet; any file without a single section heading) has no sections to miss:
  // not six “未找到…标题” (issue 11 tester §9). An Excel sheet says nothing; another file says it once.
  const tablesOnly = kind === "xlsx" || headings.length === 0;
  if (tablesOnly && kind !== "xlsx") problems.push("未找到正文各部分的标题，只读取了表格");
  for (const section of tablesOnly ? [] : template.sections) {
    if (!at(section.id))
      problems.push(
        `未找到“${numerals[section.id]}、${section.heading.replace(/^[一二三四五六]、/, "")}”标题`,
      );
  }
  const tablesStart = at("s2")?.start ?? Math.max(0, text.search(/第二十条第/));
  const tablesEnd = at("s5")?.start ?? at("s6")?.start ?? text.length;
  const tables = readTables(template, stream, { start: tablesStart, end: tablesEnd });
  if (tables.rowsFound === 0 && options.tablesOptional) {
    problems.push("文件中没有读到表二、表三、表四：只能导入文字部分");
  } else if (tables.rowsFound === 0) {
    throw new ImportError(
      "报告中没有读到表二、表三、表四的任何一行：表格可能是图片或扫描件，请上传 Word 或网页版本，或把表格粘贴为文字。",
    );
  }
  problems.push(...tables.problems);
  for (const choice of tables.choices) rankByNarrative(choice, plain);

  const signature = findSignature(text);
  const narrative = readNarrative(
    text,
    { title, headings, signature, table4End: tables.table4End, structured: stream.structured },
    problems,
  );
  const agencyName = options.agency ?? (title ? agencyFromTitle(title) : undefined) ?? signature.issuer ?? "";
  dropSignatureLine(narrative, agencyName, title);
  for (const key of Object.keys(narrative) as (keyof TNarrative)[]) {
    if (!narrative[key]) delete narrative[key];
  }
  if (!agencyName) problems.push("没有读到机关名称，请填写");
  const headDate = signature.issueDate
    ? undefined
    : parseChineseDate(
        lines
          .slice(0, 6)
          .join(" ")
          .match(/[（(]\s*([^）)]*日)\s*[)）]/)?.[1] ?? "",
      );
  const details: TReportDetails = {
    agencyName,
    ...(title ? { title } : {}),
    ...findContact(plain.slice(0, Math.min(plain.length, 3000)) + "\n" + plain.slice(-1000)),
    ...(signature.issuer ? { issuer: signature.issuer } : {}),
    ...(signature.issueDate ? { issueDate: signature.issueDate } : headDate ? { issueDate: headDate } : {}),
  };

  const cells: TReportDocument["cells"] = {};
  const printedTotals: Record<string, number | null> = {};
  for (const cell of template.cells) {
    if (!tables.values.has(cell.id)) {
      if (!cell.sumOf) cells[cell.id] = null;
      continue;
    }
    const value = tables.values.get(cell.id) ?? null;
    if (cell.sumOf) printedTotals[cell.id] = value;
    else cells[cell.id] = value;
  }
  const remarks = collectRemarks(tables.provenance);
  const document: TReportDocument = {
    format: REPORT_FORMAT_ID,
    formatVersion: version,
    year,
    details,
    narrative,
    cells,
    printedTotals,
    ...(remarks ? { remarks } : {}),
    source: {
      kind: "import",
      note: `由${SOURCE_KIND_LABELS[kind]}导入${title ? `：${title}` : ""}`.slice(0, 2000),
    },
  };
  return {
    document,
    provenance: tables.provenance,
    blanks: tables.blanks,
    choices: tables.choices,
    problems,
    source: { kind, label: SOURCE_KIND_LABELS[kind] },
  };
};

/** Notes printed inside cells (`（其中修订16件）`) become the table's remarks, so nothing printed is lost. */
const collectRemarks = (provenance: TImportResult["provenance"]): TReportDocument["remarks"] | undefined => {
  const remarks: Record<string, string[]> = {};
  for (const [id, entry] of Object.entries(provenance)) {
    if (!entry.note || !/[（(]/.test(entry.note)) continue;
    const table = id.split(".")[0]!;
    const note = entry.note.match(/[（(][^）)]*[)）]/)?.[0];
    if (note) (remarks[table] ??= []).push(`${entry.raw.replace(note, "")}${note}`);
  }
  const entries = Object.entries(remarks).map(([table, notes]) => [
    table,
    `原报告单元格内注明：${notes.join("；")}`,
  ]);
  return entries.length ? Object.fromEntries(entries) : undefined;
};

/**
 * Orders a choice's candidates by how many of their numbers (10 or more, so a stray 0 or 1 does not count)
 * the running text states as counts (`698件`); the best-supported first, the person still chooses.
 */
const rankByNarrative = (choice: TImportChoice, plain: string): void => {
  const stated = (value: number) =>
    value >= 10 && new RegExp(`(?<![\\d.])${value}\\s*(?:件|个|项|条|万元)`).test(plain);
  const scored = choice.candidates.map((candidate) => ({
    candidate,
    support: candidate.filter((value): value is number => value !== null && stated(value)),
  }));
  scored.sort((a, b) => b.support.length - a.support.length);
  choice.candidates = scored.map((entry) => entry.candidate);
  const best = scored[0];
  if (best && best.support.length > 0 && best.support.length > (scored[1]?.support.length ?? 0)) {
    choice.supportedBy = `正文提到 ${best.support.join("、")}，与第一种拆分相符`;
  }
};
