import type { TReportTemplate, TSectionId } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";

import { table4Paragraph } from "./appeals-paragraph";
import { BlankSource, list, reader, type TReader } from "./data-reader";
import { table3Paragraph } from "./requests-paragraph";
import type { TReportValues } from "./values";

/**
 * “插入数据段落”: sentences written from the tables, every number a linked value (`{{值:…}}`), so the words
 * are the person's to edit and the numbers follow the tables. Wording follows what published reports say
 * (shared/seeds*: “全年收到政府信息公开申请75件，涉及自然人72件、商业企业3件”, “予以公开…件，不予公开…件”,
 * “未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况”); a part that is zero is left out or said
 * once (“均为自然人申请”, “未发生……”). The sentences avoid shapes the text-versus-table check X-01 would
 * misread (a litigation count is never written right after “行政诉讼（…”).
 */

export type TDataParagraphId = "t3" | "t4" | "t2" | "fees";

export interface TDataParagraph {
  id: TDataParagraphId;
  /** Menu label, e.g. `依申请公开情况（表三）`. */
  label: string;
  /** The paragraph with markers, or null when the table is not filled in enough to say anything. */
  text: string | null;
  /** Why `text` is null (Chinese). */
  reason?: string;
}

/** Which paragraph each section offers first (the others follow in the menu). */
export const SECTION_PARAGRAPHS: Partial<Record<TSectionId, TDataParagraphId[]>> = {
  s1: ["t3", "t4", "t2"],
  s2: ["t2", "fees"],
  s3: ["t3"],
  s4: ["t4"],
  s6: ["fees"],
};

/** 二: 主动公开 counts. The 〔2021〕30号 table in words; other formats row by row. */
const table2Paragraph = (template: TReportTemplate, r: TReader): string => {
  if (r.has("t2.regulations.made") && r.has("t2.licensing.decisions")) {
    const clauses: string[] = [];
    for (const row of [
      { id: "regulations", name: "规章" },
      { id: "normative_documents", name: "行政规范性文件" },
    ]) {
      const made = r.n(`t2.${row.id}.made`);
      const repealed = r.n(`t2.${row.id}.repealed`);
      const valid = r.n(`t2.${row.id}.valid`);
      if (made === 0 && repealed === 0 && valid === 0) continue;
      const changes = [
        made > 0 ? `制发${row.name}${r.m(`t2.${row.id}.made`)}件` : "",
        repealed > 0 ? `废止${made > 0 ? "" : row.name}${r.m(`t2.${row.id}.repealed`)}件` : "",
      ].filter(Boolean);
      const validText = `现行有效${changes.length ? "" : row.name}${r.m(`t2.${row.id}.valid`)}件`;
      clauses.push(changes.length ? `${list(changes)}，${validText}` : validText);
    }
    const decisions = [
      { id: "t2.licensing.decisions", name: "行政许可" },
      { id: "t2.punishment.decisions", name: "行政处罚" },
      { id: "t2.coercion.decisions", name: "行政强制" },
    ];
    const made = decisions.filter((d) => r.has(d.id) && r.n(d.id) > 0);
    if (made.length) clauses.push(`作出${list(made.map((d) => `${d.name}决定${r.m(d.id)}件`))}`);
    else clauses.push("未作出行政许可、行政处罚、行政强制决定");
    if (clauses.length === 1 && made.length === 0) {
      return "本年度未制发、废止规章和行政规范性文件，未作出行政许可、行政处罚、行政强制决定。";
    }
    return `本年度${clauses.join("；")}。`;
  }
  // Other formats (〔2019〕60号): each row's non-zero columns as the table names them.
  const rows = new Map<string, string[]>();
  for (const cell of template.cells.filter((c) => c.table === "t2")) {
    const value = r.n(cell.id);
    if (value === 0) continue;
    const unit = cell.kind === "amount" ? "" : cell.kind === "signedCount" ? "" : "件";
    const row = rows.get(cell.rowLabel) ?? [];
    row.push(`${cell.colLabel}${r.m(cell.id)}${unit}`);
    rows.set(cell.rowLabel, row);
  }
  if (rows.size === 0) return `本年度${TABLE_NAMES.t2}所列主动公开事项均为0。`;
  return `本年度${[...rows].map(([row, parts]) => `${row.replace(/^第二十条第（[一二三四五六七八九十]+）项\s*/, "")}${list(parts)}`).join("；")}。`;
};

/** Fees: 行政事业性收费 (表二, 〔2021〕30号) and applications dropped for an unpaid 信息处理费 (表三). */
const feesParagraph = (r: TReader): string => {
  const parts: string[] = [];
  if (r.has("t2.fees.amount")) {
    parts.push(
      r.n("t2.fees.amount") > 0
        ? `本年度行政事业性收费金额${r.m("t2.fees.amount")}万元`
        : "本年度未收取行政事业性收费",
    );
  }
  if (r.has("t3.other_no_fee.total") && r.n("t3.other_no_fee.total") > 0) {
    parts.push(
      `因申请人逾期未按收费通知要求缴纳信息处理费、不再处理的政府信息公开申请${r.m("t3.other_no_fee.total")}件`,
    );
  }
  return parts.length ? `${parts.join("；")}。` : "";
};

const LABELS: Record<TDataParagraphId, string> = {
  t3: `依申请公开情况（${TABLE_NAMES.t3}）`,
  t4: `行政复议和行政诉讼情况（${TABLE_NAMES.t4}）`,
  t2: `主动公开情况（${TABLE_NAMES.t2}）`,
  fees: "收费情况（表二、表三）",
};

/**
 * One generated paragraph. `text` is null, with a Chinese `reason`, when a number it needs is blank.
 * Numbers are markers carrying today's value; the caller inserts the text into a section as is.
 */
export const dataParagraph = (
  template: TReportTemplate,
  values: TReportValues,
  id: TDataParagraphId,
): TDataParagraph => {
  const r = reader(values);
  try {
    const text =
      id === "t3"
        ? table3Paragraph(template, r)
        : id === "t4"
          ? table4Paragraph(r)
          : id === "t2"
            ? table2Paragraph(template, r)
            : feesParagraph(r);
    return text
      ? { id, label: LABELS[id], text }
      : { id, label: LABELS[id], text: null, reason: "表格中没有可写的收费数据" };
  } catch (error) {
    if (!(error instanceof BlankSource)) throw error;
    return { id, label: LABELS[id], text: null, reason: `${error.label}尚未填写，请先填完表格` };
  }
};

/** Every paragraph, those that belong to the section first. */
export const dataParagraphsFor = (
  template: TReportTemplate,
  values: TReportValues,
  sectionId: TSectionId,
): TDataParagraph[] => {
  const first = SECTION_PARAGRAPHS[sectionId] ?? [];
  const order: TDataParagraphId[] = [
    ...first,
    ...(["t3", "t4", "t2", "fees"] as const).filter((id) => !first.includes(id)),
  ];
  return order.map((id) => dataParagraph(template, values, id));
};
