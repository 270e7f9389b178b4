import { describe, expect, it } from "vitest";

import { evaluateReport } from "@/lib/rules/evaluate";
import { getTemplate } from "@/lib/template";

import { dataParagraph } from "./data-paragraphs";
import { resolveLinkedText } from "./linked-values";
import { createEmptyReport } from "./new-report";
import type { TReportDocument } from "./schema";
import { resolveValues } from "./values";

const template2021 = getTemplate(2021);

/** A 2025 report with every input cell 0, then the given cells. */
const report = (cells: Record<string, number> = {}): TReportDocument => {
  const doc = createEmptyReport("测试机关", 2025);
  for (const cell of template2021.cells) if (!cell.sumOf) doc.cells[cell.id] = 0;
  Object.assign(doc.cells, cells);
  return doc;
};

/** The paragraph as it would be printed (markers resolved). */
const printed = (doc: TReportDocument, id: "t2" | "t3" | "t4" | "fees"): string => {
  const values = resolveValues(template2021, doc);
  const paragraph = dataParagraph(template2021, values, id);
  expect(paragraph.text, paragraph.reason).not.toBeNull();
  return resolveLinkedText(paragraph.text ?? "", values);
};

const MARKER = /\{\{值:[a-z0-9_.]+\|[0-9.]*\}\}/;

describe("generated data paragraphs", () => {
  it("an all-zero report says 未收到 / 未发生 and links nothing", () => {
    const doc = report();
    expect(printed(doc, "t3")).toBe("本年度未收到政府信息公开申请，也没有上年结转的申请。");
    expect(printed(doc, "t4")).toBe("本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。");
    expect(printed(doc, "t2")).toBe(
      "本年度未制发、废止规章和行政规范性文件，未作出行政许可、行政处罚、行政强制决定。",
    );
    expect(printed(doc, "fees")).toBe("本年度未收取行政事业性收费。");
    const values = resolveValues(template2021, doc);
    expect(dataParagraph(template2021, values, "t3").text).not.toMatch(MARKER);
  });

  it("a single applicant type reads 均为自然人申请, and one result kind 均为予以公开", () => {
    const doc = report({
      "t3.new_received.natural_person": 3,
      "t3.granted.natural_person": 3,
    });
    expect(printed(doc, "t3")).toBe(
      "本年度新收政府信息公开申请3件，均为自然人申请。本年度办结3件，均为予以公开。",
    );
    const onlyCompanies = report({ "t3.new_received.commercial": 2, "t3.unable_not_held.commercial": 2 });
    expect(printed(onlyCompanies, "t3")).toBe(
      "本年度新收政府信息公开申请2件，均为商业企业申请。本年度办结2件，均为无法提供。" +
        "无法提供的2件，原因均为“本机关不掌握相关政府信息”。",
    );
  });

  it("numbers are markers naming their source, and they follow a changed cell", () => {
    const doc = report({ "t3.new_received.natural_person": 3, "t3.granted.natural_person": 3 });
    const values = resolveValues(template2021, doc);
    const text = dataParagraph(template2021, values, "t3").text ?? "";
    expect(text).toContain("{{值:t3.new_received.total|3}}");
    const changed = { ...doc, cells: { ...doc.cells, "t3.new_received.natural_person": 4 } };
    expect(resolveLinkedText(text, resolveValues(template2021, changed))).toContain(
      "新收政府信息公开申请4件",
    );
  });

  it("a blank table gives no paragraph, but says which number is missing", () => {
    const doc = createEmptyReport("测试机关", 2025);
    const paragraph = dataParagraph(template2021, resolveValues(template2021, doc), "t3");
    expect(paragraph.text).toBeNull();
    expect(paragraph.reason).toMatch(/表三“一、本年新收政府信息公开申请数量”总计尚未填写/);
  });

  /**
   * 上海市人民政府办公厅 2025 (shared/seeds-extra/04_shanghai-gov-office_2025.txt), its tables typed in by
   * hand from the extracted PDF text. One 表二 value (行政规范性文件 本年废止件数) was lost in extraction
   * and is entered as 0.
   */
  const shanghai = report({
    "t2.regulations.made": 22,
    "t2.regulations.repealed": 55,
    "t2.regulations.valid": 235,
    "t2.normative_documents.made": 34,
    "t2.normative_documents.valid": 189,
    "t3.new_received.natural_person": 1259,
    "t3.new_received.commercial": 36,
    "t3.carried_over.natural_person": 170,
    "t3.carried_over.commercial": 15,
    "t3.carried_over.legal_service": 4,
    "t3.granted.natural_person": 201,
    "t3.granted.commercial": 5,
    "t3.partial.natural_person": 2,
    "t3.deny_state_secret.natural_person": 4,
    "t3.deny_three_safety.natural_person": 1,
    "t3.deny_internal_affairs.natural_person": 8,
    "t3.deny_internal_affairs.legal_service": 1,
    "t3.deny_process_info.natural_person": 1,
    "t3.deny_admin_query.natural_person": 5,
    "t3.unable_not_held.natural_person": 484,
    "t3.unable_not_held.commercial": 28,
    "t3.unable_not_held.legal_service": 1,
    "t3.unable_need_creation.natural_person": 47,
    "t3.unable_need_creation.commercial": 1,
    "t3.unable_unclear.natural_person": 3,
    "t3.noproc_petition.natural_person": 61,
    "t3.noproc_petition.commercial": 1,
    "t3.noproc_duplicate.natural_person": 16,
    "t3.noproc_publication.natural_person": 1,
    "t3.noproc_massive.natural_person": 1,
    "t3.other_no_correction.natural_person": 40,
    "t3.other_no_correction.commercial": 1,
    "t3.other_no_correction.legal_service": 2,
    "t3.other_other.natural_person": 264,
    "t3.other_other.commercial": 12,
    "t3.carried_forward.natural_person": 290,
    "t3.carried_forward.commercial": 3,
    "t4.review.maintained": 40,
    "t4.review.other": 10,
    "t4.review.pending": 5,
    "t4.litigation_direct.maintained": 2,
    "t4.litigation_direct.other": 4,
    "t4.litigation_direct.pending": 6,
    "t4.litigation_after_review.maintained": 6,
    "t4.litigation_after_review.other": 9,
    "t4.litigation_after_review.pending": 7,
  });

  it("a full real report (上海市人民政府办公厅 2025) in the wording reports use", () => {
    // The table as typed balances (the report's own totals: 1295, 189, 1191, 293).
    expect(evaluateReport(shanghai).filter((f) => f.ruleId.startsWith("T3"))).toEqual([]);
    expect(printed(shanghai, "t3")).toBe(
      "本年度新收政府信息公开申请1295件，其中自然人申请1259件、商业企业申请36件；另有上年结转申请189件。" +
        "本年度办结1191件，其中予以公开206件、部分公开2件、不予公开20件、无法提供564件、不予处理80件、其他处理319件；" +
        "结转下年度继续办理293件。" +
        "不予公开的20件中，属于国家秘密的4件、危及“三安全一稳定”的1件、属于三类内部事务信息的9件、" +
        "属于四类过程性信息的1件、属于行政查询事项的5件。" +
        "无法提供的564件中，本机关不掌握相关政府信息的513件、没有现成信息需要另行制作的48件、补正后申请内容仍不明确的3件。",
    );
    expect(printed(shanghai, "t4")).toBe(
      "本年度因政府信息公开工作被申请行政复议55件，其中结果维持40件、其他结果10件、尚未审结5件；" +
        "被提起行政诉讼34件，其中未经复议直接起诉12件（结果维持2件、其他结果4件、尚未审结6件）、" +
        "复议后起诉22件（结果维持6件、其他结果9件、尚未审结7件）。",
    );
    expect(printed(shanghai, "t2")).toBe(
      "本年度制发规章22件、废止55件，现行有效235件；制发行政规范性文件34件，现行有效189件；" +
        "未作出行政许可、行政处罚、行政强制决定。",
    );
  });

  it("generated sentences never trip the text-versus-table check X-01", () => {
    for (const doc of [report(), shanghai, report({ "t4.litigation_direct.corrected": 1 })]) {
      const values = resolveValues(template2021, doc);
      const narrative = {
        s1: ["t3", "t4", "t2"]
          .map((id) => dataParagraph(template2021, values, id as "t3").text ?? "")
          .join("\n"),
      };
      const findings = evaluateReport({ ...doc, narrative: { ...doc.narrative, ...narrative } });
      expect(findings.filter((f) => f.ruleId === "X-01" || f.ruleId === "L-01")).toEqual([]);
    }
  });

  it("a 〔2019〕60号 report gets table 二 row by row", () => {
    const template = getTemplate(2019);
    const doc = createEmptyReport("测试机关", 2020);
    for (const cell of template.cells) if (!cell.sumOf) doc.cells[cell.id] = 0;
    doc.cells["t2.regulations.produced"] = 2;
    const values = resolveValues(template, doc);
    const paragraph = dataParagraph(template, values, "t2");
    expect(resolveLinkedText(paragraph.text ?? "", values)).toBe("本年度规章本年新制作数量2件。");
    const t3 = dataParagraph(template, values, "t3");
    expect(t3.text).toBe("本年度未收到政府信息公开申请，也没有上年结转的申请。");
  });
});
