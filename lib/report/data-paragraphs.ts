import type { TReportTemplate, TSectionId } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";
import { T3_COLUMNS } from "@/lib/template/table3";
import { T4_GROUPS, T4_RESULT_COLUMNS } from "@/lib/template/table4";

import { linkMarker, readLink, T3_RESULT_GROUPS } from "./linked-values";
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

class BlankSource extends Error {
  constructor(readonly label: string) {
    super(label);
  }
}

interface TReader {
  /** The value of a source; throws `BlankSource` when it cannot be read. */
  n(sourceId: string): number;
  /** Whether the report's format has the source. */
  has(sourceId: string): boolean;
  /** The marker printing the source's current value. */
  m(sourceId: string): string;
}

const reader = (values: TReportValues): TReader => {
  const read = (sourceId: string) => {
    const state = readLink(values, sourceId);
    if (state.kind === "missing") throw new BlankSource(sourceId);
    if (state.kind === "blank") throw new BlankSource(state.source.label);
    return state;
  };
  return {
    n: (id) => read(id).value,
    has: (id) => readLink(values, id).kind !== "missing",
    m: (id) => linkMarker(id, read(id).text),
  };
};

/** `a、b和c`-style list joins the reports use: items with 、. */
const list = (items: string[]): string => items.join("、");

const stripNumbering = (label: string): string => label.replace(/^\d+[.．、]\s*/, "");

const APPLICANT_LABELS = Object.fromEntries(T3_COLUMNS.map((c) => [c.id, c.label])) as Record<string, string>;
APPLICANT_LABELS.other_org = "其他法人或组织";

/** 三: received by applicant type, results by kind, 不予公开 and 无法提供 by reason. */
const table3Paragraph = (template: TReportTemplate, r: TReader): string => {
  const received = r.n("t3.new_received.total");
  const carried = r.n("t3.carried_over.total");
  const sentences: string[] = [];
  if (received === 0 && carried === 0) {
    return "本年度未收到政府信息公开申请，也没有上年结转的申请。";
  }
  // Applications by applicant type.
  const natural = r.n("t3.new_received.natural_person");
  const orgs = T3_COLUMNS.slice(1, 6)
    .map((column) => ({ id: `t3.new_received.${column.id}`, label: APPLICANT_LABELS[column.id] ?? "" }))
    .filter((org) => r.n(org.id) > 0);
  let first: string;
  if (received === 0) {
    first = "本年度未收到新的政府信息公开申请";
  } else {
    first = `本年度新收政府信息公开申请${r.m("t3.new_received.total")}件`;
    if (orgs.length === 0) first += "，均为自然人申请";
    else if (natural === 0 && orgs.length === 1) first += `，均为${orgs[0]?.label}申请`;
    else if (natural === 0) {
      first += `，均为法人或其他组织申请，其中${list(orgs.map((o) => `${o.label}${r.m(o.id)}件`))}`;
    } else if (orgs.length === 1) {
      first += `，其中自然人申请${r.m("t3.new_received.natural_person")}件、${orgs[0]?.label}申请${r.m(orgs[0]?.id ?? "")}件`;
    } else {
      first +=
        `，其中自然人申请${r.m("t3.new_received.natural_person")}件，` +
        `法人或其他组织申请${r.m("sum.t3.new_received.organizations")}件（${list(orgs.map((o) => `${o.label}${r.m(o.id)}件`))}）`;
    }
  }
  if (carried > 0) first += `；另有上年结转申请${r.m("t3.carried_over.total")}件`;
  sentences.push(`${first}。`);

  // Results by kind.
  const total = r.n("t3.results_total.total");
  const forward = r.n("t3.carried_forward.total");
  const kinds = [
    { id: "t3.granted.total", short: "予以公开" },
    { id: "t3.partial.total", short: "部分公开" },
    ...T3_RESULT_GROUPS.map((group) => ({
      id: r.has(`sum.t3.${group.key}`) ? `sum.t3.${group.key}` : `t3.${group.key}.total`,
      short: group.short,
    })),
  ].filter((kind) => r.has(kind.id) && r.n(kind.id) > 0);
  let results: string;
  if (total === 0) results = "本年度没有办结的申请";
  else if (kinds.length === 1)
    results = `本年度办结${r.m("t3.results_total.total")}件，均为${kinds[0]?.short}`;
  else {
    results = `本年度办结${r.m("t3.results_total.total")}件，其中${list(kinds.map((k) => `${k.short}${r.m(k.id)}件`))}`;
  }
  if (forward > 0) results += `；结转下年度继续办理${r.m("t3.carried_forward.total")}件`;
  sentences.push(`${results}。`);

  // 不予公开 and 无法提供 by reason.
  for (const group of T3_RESULT_GROUPS.filter((g) => g.key === "deny" || g.key === "unable")) {
    const groupId = `sum.t3.${group.key}`;
    if (!r.has(groupId) || r.n(groupId) === 0) continue;
    const reasons = template.cells
      .filter((c) => c.table === "t3" && c.colId === "total" && c.rowId.startsWith(group.prefix))
      .filter((c) => r.n(c.id) > 0)
      .map((c) => ({ id: c.id, label: stripNumbering(c.rowLabel.slice(c.rowLabel.indexOf(" ") + 1)) }));
    if (reasons.length === 1) {
      sentences.push(`${group.short}的${r.m(groupId)}件，原因均为“${reasons[0]?.label}”。`);
    } else {
      sentences.push(
        `${group.short}的${r.m(groupId)}件中，${list(reasons.map((x) => `${x.label}的${r.m(x.id)}件`))}。`,
      );
    }
  }
  return sentences.join("");
};

const outcomeParts = (r: TReader, groupId: string): { label: string; id: string }[] =>
  T4_RESULT_COLUMNS.slice(0, 4)
    .map((column) => ({ label: column.label, id: `t4.${groupId}.${column.id}` }))
    .filter((part) => r.n(part.id) > 0);

const outcomes = (r: TReader, groupId: string): string => {
  const parts = outcomeParts(r, groupId);
  return parts.length === 1
    ? `均为“${parts[0]?.label}”`
    : list(parts.map((part) => `${part.label}${r.m(part.id)}件`));
};

/** 四: 行政复议 and 行政诉讼 with their outcomes. */
const table4Paragraph = (r: TReader): string => {
  const review = r.n("t4.review.total");
  const litigation = r.n("sum.t4.litigation");
  if (review === 0 && litigation === 0) {
    return "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。";
  }
  const parts: string[] = [];
  if (review > 0) {
    const single = outcomeParts(r, "review").length === 1;
    parts.push(
      `本年度因政府信息公开工作被申请行政复议${r.m("t4.review.total")}件，${single ? "" : "其中"}${outcomes(r, "review")}`,
    );
  } else {
    parts.push("本年度未发生因政府信息公开工作被申请行政复议的情况");
  }
  if (litigation > 0) {
    const [direct, after] = [T4_GROUPS[1], T4_GROUPS[2]].map((group) => ({
      id: group.id,
      name: group.id === "litigation_direct" ? "未经复议直接起诉" : "复议后起诉",
      count: r.n(`t4.${group.id}.total`),
    }));
    const groups = [direct, after].filter((g) => g !== undefined && g.count > 0) as NonNullable<
      typeof direct
    >[];
    const describe = (g: (typeof groups)[number]) =>
      `${g.name}${r.m(`t4.${g.id}.total`)}件（${outcomes(r, g.id)}）`;
    const lead = review > 0 ? "被提起行政诉讼" : "因政府信息公开工作被提起行政诉讼";
    parts.push(
      groups.length === 1 && groups[0]
        ? `${lead}${r.m("sum.t4.litigation")}件，均为${describe(groups[0])}`
        : `${lead}${r.m("sum.t4.litigation")}件，其中${list(groups.map(describe))}`,
    );
    return `${parts.join("；")}。`;
  }
  return `${parts.join("")}。未发生因政府信息公开工作被提起行政诉讼的情况。`;
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
