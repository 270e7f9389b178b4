import type { TFormatVersion, TSectionDef } from "./types";

/** The six sections (template-spec §3.3). Headings are the official form; guidance paraphrases the format. */

export const SECTION1_TOPICS = [
  "（一）主动公开",
  "（二）依申请公开",
  "（三）政府信息管理",
  "（四）政府信息公开平台建设",
  "（五）监督保障",
];

// Section 六 items seen in 2021-format reports (template-spec §3.3, marked [P]/[U]): a configurable checklist.
export const SECTION6_ITEMS_2021 = [
  { id: "fee", label: "（一）依申请公开信息处理费收费情况", required: true },
  { id: "proposals", label: "（二）本年度建议提案办理情况", required: false },
  { id: "innovation", label: "（三）本单位在政务公开制度、内容、形式和平台建设方面的创新实践情况", required: false },
  { id: "key_points", label: "（四）年度政务公开工作要点（方案）落实情况", required: false },
  { id: "other", label: "（五）其他报告事项", required: false },
];

export const buildSections = (version: TFormatVersion): TSectionDef[] => [
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
    guidance: "按申请人类别填写本年度收到和处理的政府信息公开申请；每列均须满足“第一项加第二项之和，等于第三项加第四项之和”。",
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
    guidance: "具体写明本年度工作存在的主要问题和改进措施，并说明上一年度报告所列问题的整改情况；避免空泛表述和照搬往年内容。",
    subheadings: ["（一）存在的主要问题", "（二）改进情况"],
  },
  {
    id: "s6",
    numeral: "六",
    heading: "六、其他需要报告的事项",
    kind: "narrative",
    guidance:
      version === 2021
        ? "写明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数、金额和实际收取金额，未收取的也应说明），" +
          "以及建议提案办理结果公开、创新实践、年度政务公开工作要点落实等其他需要报告的事项。"
        : "写明其他需要报告的事项；没有的写“无”。",
    ...(version === 2021
      ? { subheadings: SECTION6_ITEMS_2021.map((item) => item.label), checklist: SECTION6_ITEMS_2021 }
      : {}),
  },
];
