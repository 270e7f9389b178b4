import type { TReportTemplate } from "@/lib/template";
import { T3_COLUMNS } from "@/lib/template/table3";

import { list, type TReader } from "./data-reader";
import { T3_RESULT_GROUPS } from "./linked-values";

/** The 依申请公开 paragraph (表三) of the 数据段落 (./data-paragraphs.ts). */

const stripNumbering = (label: string): string => label.replace(/^\d+[.．、]\s*/, "");

const APPLICANT_LABELS = Object.fromEntries(T3_COLUMNS.map((c) => [c.id, c.label])) as Record<string, string>;
APPLICANT_LABELS.other_org = "其他法人或组织";

/** 三: received by applicant type, results by kind, 不予公开 and 无法提供 by reason. */
export const table3Paragraph = (template: TReportTemplate, r: TReader): string => {
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
