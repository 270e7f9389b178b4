import { describe, expect, it } from "vitest";

import { asEdited, loadExample, withCells, withPrinted } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";

import { ALL_RULES, evaluateReport, type TEvaluateOptions, type TFinding } from "./evaluate";

const only = (findings: TFinding[], ruleId: string) =>
  findings.filter((finding) => finding.ruleId === ruleId);
const run = (report: TReportDocument, ruleId: string, options?: TEvaluateOptions) =>
  only(evaluateReport(report, options), ruleId);

// Real numbers: 张店经开区 2023 received one request from a 商业企业 and withheld it (保护第三方合法权益).
const zhangdian = () => asEdited(loadExample("zhangdian2023"));
const gaoxin = () => asEdited(loadExample("gaoxin2021"));
const shanting = () => loadExample("shanting2020");

describe("the seed reports", () => {
  it("004 (张店经开区 2023) checks clean", () => {
    expect(evaluateReport(loadExample("zhangdian2023"))).toEqual([]);
  });

  it("000 (枣庄高新区 2021) reports only its missing 信息处理费 statement", () => {
    expect(evaluateReport(loadExample("gaoxin2021")).map((f) => f.ruleId)).toEqual(["C-03"]);
  });

  it("002 (山亭区 2020, 2019 format) reports its real defects: text in a cell, the title, full-width digits", () => {
    const findings = evaluateReport(shanting());
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["T4-04", "error"],
      ["C-04", "warning"],
      ["CELL-01", "warning"],
      ["CELL-01", "warning"],
    ]);
    expect(findings[0]?.message).toBe(
      "表四“行政诉讼（未经复议直接起诉）”行“其他结果”列不是数字：“1(裁定撤诉)”",
    );
    expect(findings[0]?.cells).toEqual(["t4.litigation_direct.other"]);
    expect(findings[2]?.cells).toHaveLength(133);
  });
});

describe("T3-01 一 + 二 = 三（七） + 四, per column", () => {
  it("passes on balanced columns", () => {
    expect(run(zhangdian(), "T3-01")).toEqual([]);
  });

  it("names the column and shows both sides when a request is not accounted for", () => {
    const report = withCells(zhangdian(), { "t3.deny_third_party.commercial": 0 });
    const [finding, total, ...rest] = run(report, "T3-01");
    expect(rest).toEqual([]);
    expect(total?.message).toBe(
      "表三“总计”列：本年新收 1 + 上年结转 0 ≠ 办理结果总计 0 + 结转下年度 0（1 ≠ 0）",
    );
    expect(finding?.message).toBe(
      "表三“商业企业”列：本年新收 1 + 上年结转 0 ≠ 办理结果总计 0 + 结转下年度 0（1 ≠ 0）",
    );
    expect(finding?.severity).toBe("error");
    expect(finding?.cells).toEqual([
      "t3.new_received.commercial",
      "t3.carried_over.commercial",
      "t3.results_total.commercial",
      "t3.carried_forward.commercial",
    ]);
  });

  it("catches one column failing while the 总计 column balances (洋河新区 2025)", () => {
    const report = withCells(gaoxin(), {
      "t3.new_received.natural_person": 60,
      "t3.new_received.other_org": 1,
      "t3.granted.natural_person": 61,
    });
    const findings = run(report, "T3-01");
    expect(findings.map((f) => f.message)).toEqual([
      "表三“自然人”列：本年新收 60 + 上年结转 0 ≠ 办理结果总计 61 + 结转下年度 0（60 ≠ 61）",
      "表三“其他”列：本年新收 1 + 上年结转 0 ≠ 办理结果总计 0 + 结转下年度 0（1 ≠ 0）",
    ]);
  });
});

describe("T3-02 and T3-03: totals as an imported report printed them", () => {
  it("pass when the printed totals equal the arithmetic", () => {
    const report = loadExample("zhangdian2023");
    expect(run(report, "T3-02")).toEqual([]);
    expect(run(report, "T3-03")).toEqual([]);
  });

  it("T3-02 flags a printed （七）总计 that is not the sum of the result rows", () => {
    const report = withPrinted(loadExample("zhangdian2023"), { "t3.results_total.commercial": 2 });
    const [finding] = run(report, "T3-02");
    expect(finding?.message).toBe(
      "表三“商业企业”列：（七）总计 2 ≠ 各项办理结果之和 1（（三）不予公开 4.保护第三方合法权益 1（其余为 0））",
    );
    expect(finding?.cells[0]).toBe("t3.results_total.commercial");
  });

  it("T3-03 flags a printed row total that is not the sum of the applicant columns", () => {
    const report = withPrinted(loadExample("zhangdian2023"), { "t3.new_received.total": 2 });
    expect(run(report, "T3-03").map((f) => f.message)).toEqual([
      "表三“一、本年新收政府信息公开申请数量”行：总计 2 ≠ 各类申请人之和 1（商业企业 1（其余为 0））",
    ]);
  });

  it("computes totals for an edited report, so they always tie out", () => {
    const report = withCells(zhangdian(), {
      "t3.granted.natural_person": 4,
      "t3.new_received.natural_person": 4,
    });
    expect(run(report, "T3-02")).toEqual([]);
    expect(run(report, "T3-03")).toEqual([]);
    expect(run(report, "T3-01")).toEqual([]);
  });
});

describe("T3-04 cell values in table 三", () => {
  it("flags a blank, text, a negative and a decimal, each naming its cell", () => {
    const report = withCells(zhangdian(), {
      "t3.granted.natural_person": null,
      "t3.partial.research": "两件",
      "t3.carried_over.legal_service": -1,
      "t3.carried_forward.other_org": 1.5,
    });
    expect(run(report, "T3-04").map((f) => f.message)).toEqual([
      "表三“二、上年结转政府信息公开申请数量”行“法律服务机构”列不能为负数：“-1”",
      "表三“（一）予以公开”行“自然人”列未填写（没有的请填 0）",
      "表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行“科研机构”列不是数字：“两件”",
      "表三“四、结转下年度继续办理”行“其他”列应为整数：“1.5”",
    ]);
  });

  it("flags a missing cell as blank", () => {
    const report = withCells(zhangdian(), { "t3.new_received.research": undefined });
    expect(run(report, "T3-04").map((f) => f.cells)).toEqual([["t3.new_received.research"]]);
  });

  it("does not pile tie-out errors on top of an unreadable cell", () => {
    const report = withCells(zhangdian(), { "t3.deny_third_party.commercial": "一" });
    expect(run(report, "T3-01")).toEqual([]);
  });
});

describe("T3-05 carry-over from last year's report", () => {
  it("passes when this year's 二 equals last year's 四", () => {
    const lastYear = withCells(gaoxin(), { "t3.carried_forward.natural_person": 2 });
    const report = withCells(zhangdian(), {
      "t3.carried_over.natural_person": 2,
      "t3.granted.natural_person": 2,
    });
    expect(run(report, "T3-05", { lastYear })).toEqual([]);
  });

  it("warns per column when they differ, and stays silent without last year", () => {
    const lastYear = withCells(gaoxin(), { "t3.carried_forward.natural_person": 2 });
    const findings = run(zhangdian(), "T3-05", { lastYear });
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "表三“自然人”列：本年“二、上年结转政府信息公开申请数量” 0 ≠ 2021年度报告“四、结转下年度继续办理” 2",
      ],
      [
        "warning",
        "表三“总计”列：本年“二、上年结转政府信息公开申请数量” 0 ≠ 2021年度报告“四、结转下年度继续办理” 2",
      ],
    ]);
    expect(run(zhangdian(), "T3-05")).toEqual([]);
  });
});

describe("T4-01..T4-04 table 四", () => {
  it("pass on 山亭区's 行政复议 (2 maintained, total 2)", () => {
    expect(run(shanting(), "T4-01")).toEqual([]);
  });

  it("flag a printed group total that is not the sum of its results", () => {
    const report = withPrinted(shanting(), { "t4.review.total": 3 });
    expect(run(report, "T4-01").map((f) => f.message)).toEqual([
      "表四行政复议：总计 3 ≠ 结果维持 2 + 结果纠正 0 + 其他结果 0 + 尚未审结 0（= 2）",
    ]);
  });

  it("check the two litigation groups separately", () => {
    const report = withPrinted(withCells(shanting(), { "t4.litigation_direct.other": 1 }), {
      "t4.litigation_direct.total": 2,
      "t4.litigation_after_review.total": 1,
    });
    expect(run(report, "T4-02").map((f) => f.message)).toEqual([
      "表四行政诉讼（未经复议直接起诉）：总计 2 ≠ 结果维持 1 + 结果纠正 0 + 其他结果 1 + 尚未审结 1（= 3）",
    ]);
    expect(run(report, "T4-03")).toHaveLength(1);
  });

  it("T4-04 flags a negative count", () => {
    expect(run(withCells(zhangdian(), { "t4.review.pending": -2 }), "T4-04").map((f) => f.cells)).toEqual([
      ["t4.review.pending"],
    ]);
  });
});

describe("table 二", () => {
  it("T2-01 flags a unit typed into the fee cell and too many decimals", () => {
    expect(run(withCells(zhangdian(), { "t2.fees.amount": "251000元" }), "T2-01")[0]?.message).toBe(
      "表二“第二十条第（八）项 行政事业性收费”行“本年收费金额（单位：万元）”列不是数字：“251000元”",
    );
    // More than four decimals is not in the national format: a warning of its own (T2-05), never an error.
    expect(run(withCells(zhangdian(), { "t2.fees.amount": 0.03281 }), "T2-01")).toEqual([]);
    expect(run(withCells(zhangdian(), { "t2.fees.amount": 0.0328 }), "T2-01")).toEqual([]);
  });

  it("T2-02 informs when 现行有效件数 does not follow from last year", () => {
    const lastYear = withCells(gaoxin(), { "t2.normative_documents.valid": 8 });
    const report = withCells(zhangdian(), {
      "t2.normative_documents.made": 3,
      "t2.normative_documents.repealed": 1,
      "t2.normative_documents.valid": 11,
    });
    const [finding] = run(report, "T2-02", { lastYear });
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toContain("现行有效件数 11 ≠ 上年现行有效 8 + 本年制发 3 − 本年废止 1（= 10）");
    const fixed = withCells(report, { "t2.normative_documents.valid": 10 });
    expect(run(fixed, "T2-02", { lastYear })).toEqual([]);
  });

  it("T2-03 warns when more documents are repealed than could exist", () => {
    const lastYear = withCells(gaoxin(), { "t2.regulations.valid": 1 });
    const report = withCells(zhangdian(), { "t2.regulations.repealed": 3 });
    expect(run(report, "T2-03", { lastYear }).map((f) => f.message)).toEqual([
      "表二“规章”：本年废止 3 > 上年现行有效 1 + 本年制发 0（= 1），废止的多于可废止的",
    ]);
    expect(run(withCells(report, { "t2.regulations.repealed": 1 }), "T2-03", { lastYear })).toEqual([]);
  });

  it("T2-19-01 checks 上一年项目数量 against last year's count and change (2019 format)", () => {
    // 山亭区 2020: 行政许可 369 last year, −140 this year; a 2021-format successor is not comparable,
    // so compare with a hypothetical 2019 report of the same office.
    const current = shanting();
    const unchanged = Object.fromEntries(
      Object.keys(current.cells)
        .filter((id) => id.endsWith(".items_change"))
        .map((id) => [id, 0]),
    );
    const lastYear = {
      ...withCells(current, {
        ...unchanged,
        "t2.licensing.items_last_year": 400,
        "t2.licensing.items_change": -31,
      }),
      year: 2019,
    };
    expect(run(shanting(), "T2-19-01", { lastYear })).toEqual([]);
    const wrong = { ...lastYear, cells: { ...lastYear.cells, "t2.licensing.items_change": -30 } };
    expect(run(shanting(), "T2-19-01", { lastYear: wrong }).map((f) => f.message)).toEqual([
      "表二“行政许可”：上一年项目数量 369 ≠ 2019年度报告的上一年项目数量 400 + 本年增/减 -30（= 370）",
    ]);
  });

  it("T2-19-02 warns when a change makes the item count negative, and accepts 山亭区's −140", () => {
    expect(run(shanting(), "T2-19-02")).toEqual([]);
    expect(
      run(withCells(shanting(), { "t2.fees.items_change": -39 }), "T2-19-02").map((f) => f.cells),
    ).toEqual([["t2.fees.items_last_year", "t2.fees.items_change"]]);
  });
});

describe("data and format checks", () => {
  it("DATA-01 names an unknown cell, a cell of the other format and a typed total", () => {
    const report = withCells(zhangdian(), {
      "t3.nope.total": 1,
      "t2.procurement.projects": 3,
      "t4.review.total": 0,
    });
    expect(run(report, "DATA-01").map((f) => f.message)).toEqual([
      "未知单元格“t3.nope.total”，国家格式中没有这一栏",
      "单元格“t2.procurement.projects”（表二“第二十条第（九）项 政府集中采购”行“采购项目数量”列）只属于国办公开办函〔2019〕60号格式，2023年度报告适用国办公开办函〔2021〕30号格式",
      "表四“行政复议”行“总计”列是自动计算的总计，不能录入（导入报告的总计请放在 printedTotals 中）",
    ]);
  });

  it("V-01 flags a 2021 report in the 2019 format", () => {
    const report = { ...shanting(), year: 2021 };
    expect(run(report, "V-01").map((f) => f.message)).toEqual([
      "2021年度报告应使用国办公开办函〔2021〕30号格式，本报告使用的是国办公开办函〔2019〕60号格式",
    ]);
    expect(run(shanting(), "V-01")).toEqual([]);
  });

  it("never throws on strange cell contents", () => {
    const strange = [
      Number.NaN,
      Number.MAX_SAFE_INTEGER,
      -0,
      "",
      "１.５",
      "--1",
      ".",
      "1,000",
      "１２３４５６７８９０",
    ];
    for (const value of strange) {
      const report = withCells(zhangdian(), { "t3.granted.natural_person": value, "t2.fees.amount": value });
      expect(() => evaluateReport(report)).not.toThrow();
    }
  });
});

describe("content checks", () => {
  it("C-01 / C-02 / C-05 flag empty sections", () => {
    const report = zhangdian();
    report.narrative = { ...report.narrative, s1: "", s5: " ", s6: undefined };
    const findings = evaluateReport(report);
    expect(only(findings, "C-01").map((f) => [f.severity, f.message, f.sectionId])).toEqual([
      ["error", "“一、总体情况”尚未填写", "s1"],
    ]);
    expect(only(findings, "C-02").map((f) => [f.severity, f.message])).toEqual([
      ["error", "“五、存在的主要问题及改进情况”尚未填写"],
    ]);
    expect(only(findings, "C-05").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("C-03 accepts 张店's 信息处理费 statement and only applies to the 2021 format", () => {
    expect(run(zhangdian(), "C-03")).toEqual([]);
    const report = { ...shanting(), narrative: { ...shanting().narrative, s6: "无。" } };
    expect(run(report, "C-03")).toEqual([]);
  });

  it("C-04 flags a title without the agency name or year", () => {
    const report = zhangdian();
    report.details.title = "政府信息公开工作年度报告";
    expect(run(report, "C-04").map((f) => f.message)).toEqual([
      "标题“政府信息公开工作年度报告”缺少机关全称“山东张店经济开发区管理委员会”、年份“2023年”",
    ]);
    delete report.details.title;
    expect(run(report, "C-04")).toEqual([]);
  });

  it("X-02 flags a statistical period of another year", () => {
    const report = zhangdian();
    report.narrative.opening = report.narrative.opening?.replace(
      "统计期限自2023年1月1日",
      "统计期限自2022年1月1日",
    );
    expect(run(report, "X-02").map((f) => f.message)).toEqual([
      "统计期限写的是 2022 年，与报告年度 2023 不一致（统计期限应为 2023年1月1日至12月31日）",
    ]);
  });

  it("X-01 compares numbers quoted in the text with the tables", () => {
    expect(run(zhangdian(), "X-01")).toEqual([]); // “网上受理依申请公开1起” = 1
    const report = zhangdian();
    report.narrative.s1 = `${report.narrative.s1}\n全年共收到政府信息公开申请3件，予以公开2件；被申请行政复议1件。`;
    expect(run(report, "X-01").map((f) => [f.severity, f.message])).toEqual([
      ["warning", "第一部分正文“…全年共收到政府信息公开申请3件，予…”为 3，而表三本年新收总计为 1"],
      ["warning", "第一部分正文“…息公开申请3件，予以公开2件…”为 2，而表三（一）予以公开总计为 0"],
      ["warning", "第一部分正文“…被申请行政复议1件…”为 1，而表四行政复议总计为 0"],
    ]);
  });

  it("X-01 reads “没有发生…行政复议或…行政诉讼” as zero", () => {
    const report = withCells(zhangdian(), { "t4.review.maintained": 1 });
    const findings = run(report, "X-01");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("而表四行政复议总计为 1");
  });
});

describe("configuration", () => {
  it("overrides a rule's severity or turns it off", () => {
    const report = loadExample("gaoxin2021");
    expect(
      evaluateReport(report, { config: { severity: { "C-03": "error" } } }).map((f) => f.severity),
    ).toEqual(["error"]);
    expect(evaluateReport(report, { config: { severity: { "C-03": "off" } } })).toEqual([]);
  });

  it("gives every rule a unique id and a title", () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) expect(rule.title.length).toBeGreaterThan(4);
  });
});
