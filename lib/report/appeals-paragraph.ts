import { T4_GROUPS, T4_RESULT_COLUMNS } from "@/lib/template/table4";

import { list, type TReader } from "./data-reader";

/** The 行政复议和行政诉讼 paragraph (表四) of the 数据段落 (./data-paragraphs.ts). */

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
export const table4Paragraph = (r: TReader): string => {
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
