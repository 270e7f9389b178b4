import { templateError } from "./template-error";
import type { TSection6Spec, TSectionDef } from "./types";

/**
 * The six sections (template-spec §3.3). Headings are the official form; guidance paraphrases the format.
 * Section 六's guidance and checklist differ by format and come from its definition.
 */

export const SECTION1_TOPICS = [
  "（一）主动公开",
  "（二）依申请公开",
  "（三）政府信息管理",
  "（四）政府信息公开平台建设",
  "（五）监督保障",
];

export const buildSections = (section6: TSection6Spec): TSectionDef[] => {
  if (!section6?.guidance) throw templateError("第六部分的填写说明未定义");
  return [
    {
      id: "s1",
      numeral: "一",
      heading: "一、总体情况",
      kind: "narrative",
      guidance:
        "概述本机关贯彻落实《中华人民共和国政府信息公开条例》的情况，依次写明主动公开、依申请公开、政府信息管理、" +
        "政府信息公开平台建设、监督保障五个方面；人民政府还应写明工作考核、社会评议和责任追究结果情况（条例第五十条）。" +
        "内容应如实具体，既不遗漏也不添加无关内容。",
      subheadings: SECTION1_TOPICS,
    },
    {
      id: "s2",
      numeral: "二",
      heading: "二、主动公开政府信息情况",
      kind: "table",
      tableId: "t2",
      guidance: "按条例第二十条所列事项填写本年度数据；没有的填 0。",
    },
    {
      id: "s3",
      numeral: "三",
      heading: "三、收到和处理政府信息公开申请情况",
      kind: "table",
      tableId: "t3",
      guidance:
        "按申请人类别填写本年度收到和处理的政府信息公开申请；每列均须满足“第一项加第二项之和，等于第三项加第四项之和”。",
    },
    {
      id: "s4",
      numeral: "四",
      heading: "四、政府信息公开行政复议、行政诉讼情况",
      kind: "table",
      tableId: "t4",
      guidance: "填写因政府信息公开工作被申请行政复议、提起行政诉讼的案件数量及结果。",
    },
    {
      id: "s5",
      numeral: "五",
      heading: "五、存在的主要问题及改进情况",
      kind: "narrative",
      guidance:
        "具体写明本年度工作存在的主要问题和改进措施，并说明上一年度报告所列问题的整改情况；避免空泛表述和照搬往年内容。",
      subheadings: ["（一）存在的主要问题", "（二）改进情况"],
    },
    {
      id: "s6",
      numeral: "六",
      heading: "六、其他需要报告的事项",
      kind: "narrative",
      guidance: section6.guidance,
      ...(section6.checklist
        ? { subheadings: section6.checklist.map((item) => item.label), checklist: section6.checklist }
        : {}),
    },
  ];
};
