import { createEmptyReport } from "@/lib/report/new-report";
import type { TReportDocument } from "@/lib/report/schema";
import { formatVersionForYear, getTemplate } from "@/lib/template";

/** Demo report content (our own text), so a first start shows a filled report and a draft. */

const zeroCells = (year: number): TReportDocument["cells"] =>
  Object.fromEntries(
    getTemplate(formatVersionForYear(year))
      .cells.filter((c) => !c.sumOf)
      .map((c) => [c.id, 0]),
  );

export const demoPublishedReport = (agencyName: string, year: number): TReportDocument => ({
  ...createEmptyReport(agencyName, year),
  details: {
    agencyName,
    publication: { website: "示范区人民政府门户网站", column: "政府信息公开年报" },
    contact: {
      office: `${agencyName}办公室`,
      address: "示范区人民路1号",
      postcode: "100000",
      phone: "010-00000000",
      email: "gongkai@example.gov.cn",
    },
    issuer: agencyName,
    issueDate: `${year + 1}-01-20`,
  },
  narrative: {
    s1: [
      "（一）主动公开",
      `${year}年，本局通过门户网站主动公开政府信息120条，其中政策文件8件、政策解读8篇。`,
      "（二）依申请公开",
      `全年收到政府信息公开申请5件，予以公开3件，均在法定期限内答复。`,
      "（三）政府信息管理",
      "建立公文公开属性源头认定机制，对现行有效的行政规范性文件进行清理。",
      "（四）政府信息公开平台建设",
      "优化门户网站政府信息公开专栏，新增“教育收费”栏目。",
      "（五）监督保障",
      "将政务公开纳入年度考核，开展业务培训2次。",
    ].join("\n"),
    s5: "（一）存在的主要问题\n政策解读形式较为单一。\n（二）改进情况\n下一步将增加图解、视频等解读形式。",
    s6: `（一）依申请公开信息处理费收费情况\n${year}年度本局未收取信息处理费。\n（二）其他报告事项\n无。`,
  },
  cells: {
    ...zeroCells(year),
    "t2.normative_documents.made": 2,
    "t2.normative_documents.valid": 15,
    "t3.new_received.natural_person": 5,
    "t3.granted.natural_person": 3,
    "t3.unable_not_held.natural_person": 0,
    "t3.carried_forward.natural_person": 2,
  },
});

export const demoDraftReport = (agencyName: string, year: number): TReportDocument => ({
  ...createEmptyReport(agencyName, year),
  narrative: { s1: "（一）主动公开\n本年度主动公开政府信息……" },
  cells: { "t3.new_received.natural_person": 3, "t3.granted.natural_person": 2 },
});
