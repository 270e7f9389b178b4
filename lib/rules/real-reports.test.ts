import { describe, expect, it } from "vitest";

import { asEdited, loadExample, withCells, withPrinted } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";
import { getTemplate } from "@/lib/template";

import { evaluateReport, type TEvaluateOptions, type TFinding } from "./evaluate";
import { lastYearMismatch } from "./year-rules";

/**
 * Issue 12: the checker read as real reports are written. Each numbered “Input” of the issue is a test here
 * with its right answer; the rest pin the wider kind of fault each input stands for.
 */

const run = (report: TReportDocument, ruleId: string, options?: TEvaluateOptions): TFinding[] =>
  evaluateReport(report, options).filter((finding) => finding.ruleId === ruleId);

/** An edited 2023 report (张店经开区's text) with every table cell 0, then `cells`. */
const blankSlate = (cells: Record<string, number | string | null> = {}, year = 2023): TReportDocument => {
  const report = asEdited(loadExample("zhangdian2023"));
  const template = getTemplate(report.formatVersion);
  for (const cell of template.cells) if (!cell.sumOf) report.cells[cell.id] = 0;
  // Its one sentence about requests (“网上受理依申请公开1起”) would be checked against every test's tables.
  report.narrative.s1 = report.narrative.s1?.replace("网上受理依申请公开1起，", "");
  return { ...withCells(report, cells), year };
};

const withText = (
  report: TReportDocument,
  narrative: Partial<TReportDocument["narrative"]>,
): TReportDocument => ({
  ...report,
  narrative: { ...report.narrative, ...narrative },
});

describe("§1 text is normalised before every text rule", () => {
  it("Input 1: a title with a space each side of the year has no title finding", () => {
    const report = asEdited(loadExample("gaoxin2021"));
    report.details.agencyName = "示范区教育局";
    report.details.title = "示范区教育局 2021 年政府信息公开工作年度报告";
    expect(run(report, "C-04")).toEqual([]);
    expect(run(report, "X-02")).toEqual([]);
    // The same title with full-width digits and a line break inside it reads the same.
    report.details.title = "示范区教育局\n２０２１年政府信息公开工作年度报告";
    expect(run(report, "C-04")).toEqual([]);
    report.details.title = "示范区教育局 2021 年政府信息公开工作报告";
    expect(run(report, "C-04").map((f) => f.message)).toEqual([
      "标题“示范区教育局 2021 年政府信息公开工作报告”缺少“政府信息公开工作年度报告”字样",
    ]);
  });
});

describe("§2 claims read as offices write them (X-01)", () => {
  const applications = blankSlate({
    "t3.new_received.natural_person": 74,
    "t3.carried_over.natural_person": 1,
    "t3.granted.natural_person": 75,
  });

  it("Input 2: 收到申请 N 件 may count 本年新收 + 上年结转; a number matching neither names both readings", () => {
    expect(run(withText(applications, { s3: "全年收到政府信息公开申请75件。" }), "X-01")).toEqual([]);
    expect(run(withText(applications, { s3: "全年收到政府信息公开申请74件。" }), "X-01")).toEqual([]);
    const findings = run(withText(applications, { s3: "全年收到政府信息公开申请80件。" }), "X-01");
    expect(findings.map((f) => [f.severity, f.message, f.sectionId])).toEqual([
      [
        "warning",
        "第三部分正文“…全年收到政府信息公开申请80件…”为 80，而表三本年新收总计为 74，本年新收加上年结转为 75，两种读法都不相符",
        "s3",
      ],
    ]);
  });

  it("Input 3: 予以公开及部分公开 N 件 is 予以公开 + 部分公开", () => {
    const report = blankSlate({
      "t3.new_received.natural_person": 22,
      "t3.granted.natural_person": 20,
      "t3.partial.natural_person": 2,
    });
    expect(run(withText(report, { s1: "予以公开及部分公开22件。" }), "X-01")).toEqual([]);
    expect(run(withText(report, { s1: "其中，予以公开20件，部分公开2件。" }), "X-01")).toEqual([]);
    expect(run(withText(report, { s1: "予以公开及部分公开23件。" }), "X-01").map((f) => f.message)).toEqual([
      "第一部分正文“…予以公开及部分公开23件…”为 23，而表三（一）予以公开与（二）部分公开之和为 22",
    ]);
  });

  it("Input 4: 未发生……被行政复议纠错 is about corrections, not the count; 均获维持 with pending cases warns", () => {
    const report = blankSlate({ "t4.review.maintained": 3, "t4.review.pending": 2 });
    expect(run(withText(report, { s1: "未发生因依申请公开被行政复议纠错的情况。" }), "X-01")).toEqual([]);
    const maintained = run(withText(report, { s1: "全年发生行政复议5件，均获维持。" }), "X-01");
    expect(maintained.map((f) => f.message)).toEqual([
      "第一部分正文“…全年发生行政复议5件，均获维持…”称均获维持，而表四行政复议结果纠正 0、其他结果 0、尚未审结 2",
    ]);
    // The correction reading is a real claim: with a corrected case it warns.
    const corrected = withCells(report, { "t4.review.corrected": 1 });
    expect(
      run(withText(corrected, { s1: "未发生因依申请公开被行政复议纠错或行政诉讼败诉的情况。" }), "X-01").map(
        (f) => f.message,
      ),
    ).toEqual([
      "第一部分正文“…未发生因依申请公开被行政复议纠错或行政诉讼败诉的情况…”称未发生纠错（败诉），而表四行政复议结果纠正为 1",
    ]);
    // “没有发生行政复议” (no correction word) still says there were none.
    expect(run(withText(report, { s1: "全年没有发生行政复议案件。" }), "X-01")).toHaveLength(1);
  });

  it("Input 7a: full-width and Chinese numerals are read like Arabic ones", () => {
    const report = blankSlate({ "t3.new_received.natural_person": 5, "t3.granted.natural_person": 5 });
    for (const text of [
      "全年共收到政府信息公开申请９件。",
      "全年共收到政府信息公开申请九件。",
      "全年共收到政府信息公开申请 9 件。",
    ]) {
      const findings = run(withText(report, { s1: text }), "X-01");
      expect(findings).toHaveLength(1);
      expect(findings[0]?.message).toMatch(
        /^第一部分正文“…全年共收到政府信息公开申请(9|九)件…”为 9，而表三本年新收总计为 5$/,
      );
    }
    expect(run(withText(report, { s1: "全年共收到政府信息公开申请五件。" }), "X-01")).toEqual([]);
    const many = blankSlate({ "t3.new_received.natural_person": 23, "t3.granted.natural_person": 23 });
    expect(run(withText(many, { s1: "共受理依申请公开二十三件。" }), "X-01")).toEqual([]);
    expect(run(withText(many, { s1: "共受理依申请公开二十四件。" }), "X-01")).toHaveLength(1);
    // The financial numerals (大写) some offices use: read, and compared like the others.
    expect(run(withText(many, { s1: "共受理依申请公开贰拾叁件。" }), "X-01")).toEqual([]);
    expect(run(withText(many, { s1: "共受理依申请公开贰拾肆件。" }), "X-01")).toHaveLength(1);
  });

  it("reads 办结/答复, 上年结转, 结转下年度, 不予公开, 无法提供 and percentages (上海市政府办公厅 2025 wording)", () => {
    const report = blankSlate({
      "t3.new_received.natural_person": 40,
      "t3.carried_over.natural_person": 5,
      "t3.granted.natural_person": 20,
      "t3.partial.natural_person": 2,
      "t3.deny_third_party.natural_person": 3,
      "t3.unable_not_held.natural_person": 10,
      "t3.carried_forward.natural_person": 10,
    });
    const text =
      "全年受理政府信息公开申请40件，办结35件（含上年结转5件），结转下年度继续办理10件。" +
      "其中，予以公开及部分公开22件（62.86%），不予公开3件，占8.6%，无法提供10件。";
    expect(run(withText(report, { s3: text }), "X-01")).toEqual([]);
    const wrong = text
      .replace("办结35件", "办结36件")
      .replace("占8.6%", "占9.6%")
      .replace("无法提供10件", "无法提供11件");
    expect(run(withText(report, { s3: wrong }), "X-01").map((f) => f.message)).toEqual([
      "第三部分正文“…公开申请40件，办结36件（含…”为 36，而表三办理结果（七）总计为 35",
      "第三部分正文“…62.86%），不予公开3件，占9.6%，无…”的比例 9.6% 与数字不符：3 件占表三（七）总计 35 的 8.6%",
      "第三部分正文“…件，占9.6%，无法提供11件…”为 11，而表三（四）无法提供各项之和为 10",
    ]);
  });

  it("reads 现行有效行政规范性文件 N 件 against 表二", () => {
    const report = blankSlate({ "t2.normative_documents.valid": 698 });
    expect(run(withText(report, { s2: "集中公开现行有效行政规范性文件698件。" }), "X-01")).toEqual([]);
    expect(run(withText(report, { s2: "集中公开现行有效行政规范性文件700件。" }), "X-01")).toHaveLength(1);
  });

  it("leaves phrases that only look alike unread", () => {
    const report = blankSlate({ "t3.new_received.natural_person": 19, "t3.granted.natural_person": 19 });
    const texts = [
      "11件办结，8件撤销。",
      "将依申请公开答复时限由法定20个工作日缩短到15个工作日。",
      "坚持第一时间答复“四个第一时间”工作机制。",
      "主动公开文件14件、依申请公开1件，不予公开3件。",
      "回复市政府信息公开协助调查函5件。",
      "共收到政协提案12件，建议办结8件。",
      "按时办结率100%。",
    ];
    for (const s1 of texts) expect(run(withText(report, { s1 }), "X-01"), s1).toEqual([]);
  });
});

describe("§3 blanks", () => {
  it("Input 6: a fully blank row is one finding, not seven", () => {
    const report = withPrinted(
      withCells(
        loadExample("zhangdian2023"),
        Object.fromEntries(
          ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org"].map(
            (c) => [`t3.granted.${c}`, null],
          ),
        ),
      ),
      { "t3.granted.total": null },
    );
    const findings = run(report, "T3-04");
    expect(findings.map((f) => f.message)).toEqual(["表三“（一）予以公开”行整行 7 格未填写（没有的请填 0）"]);
    expect(findings[0]?.cells).toHaveLength(7);
  });

  it("a wholly blank column is one finding (宿迁市沭阳县发改局 2023 left the 法人 columns empty)", () => {
    const report = loadExample("zhangdian2023");
    const template = getTemplate(report.formatVersion);
    const blanks = Object.fromEntries(
      template.cells.filter((c) => c.table === "t3" && c.colId === "research").map((c) => [c.id, null]),
    );
    // The printed （七）总计 of that column is blank too, as in the original.
    const findings = run(
      withPrinted(withCells(report, blanks), { "t3.results_total.research": null }),
      "T3-04",
    );
    expect(findings.map((f) => f.message)).toEqual(["表三“科研机构”列整列 25 格未填写（没有的请填 0）"]);
  });

  it("a blank does not switch off an identity the filled cells already prove wrong", () => {
    // Imported: 本年新收 总计 printed blank, yet its applicant columns already sum to 5 while the other side is 1.
    const report = withPrinted(
      withCells(loadExample("zhangdian2023"), { "t3.new_received.natural_person": 4 }),
      {
        "t3.new_received.total": null,
      },
    );
    expect(run(report, "T3-01").map((f) => f.message)).toContain(
      "表三“总计”列：本年新收 ? + 上年结转 0 ≠ 办理结果总计 1 + 结转下年度 0（含未填写的单元格；左边已填的数字合计至少 5，已大于右边 1）",
    );
    // Edited: 结转下年度 still blank, but 办理结果 already exceeds 本年新收 + 上年结转.
    const edited = withCells(
      blankSlate({ "t3.new_received.natural_person": 2, "t3.granted.natural_person": 3 }),
      {
        "t3.carried_forward.natural_person": null,
      },
    );
    expect(run(edited, "T3-01").map((f) => f.message)[0]).toBe(
      "表三“自然人”列：本年新收 2 + 上年结转 0 ≠ 办理结果总计 3 + 结转下年度 ?（含未填写的单元格；右边已填的数字合计至少 3，已大于左边 2）",
    );
    // A blank that could still make it balance is not an error.
    const open = withCells(
      blankSlate({ "t3.new_received.natural_person": 3, "t3.granted.natural_person": 2 }),
      {
        "t3.carried_forward.natural_person": null,
      },
    );
    expect(run(open, "T3-01")).toEqual([]);
  });

  it("an omitted printed total of an imported report is a blank, never silently computed", () => {
    const report = loadExample("zhangdian2023");
    delete report.printedTotals?.["t4.review.total"];
    expect(run(report, "T4-04").map((f) => f.message)).toEqual([
      "表四“行政复议”行“总计”列（原报告印出的总计）未填写（没有的请填 0）",
    ]);
  });

  it("a 表三 mostly blank or “/” is itself a finding (T3-06)", () => {
    const report = loadExample("zhangdian2023");
    const template = getTemplate(report.formatVersion);
    const slashes = Object.fromEntries(
      template.cells
        .filter((c) => c.table === "t3" && !c.sumOf && c.colId !== "natural_person")
        .map((c) => [c.id, "/"]),
    );
    expect(run(withCells(report, slashes), "T3-06").map((f) => f.severity)).toEqual(["warning"]);
    expect(run(report, "T3-06")).toEqual([]);
  });
});

describe("§4 fees (F-01, C-03, C-07)", () => {
  const unpaid = blankSlate({
    "t3.new_received.natural_person": 2,
    "t3.other_no_fee.natural_person": 2,
  });

  it("Input 5: (六)2 above 0 while 六 says no fee was charged warns; with 0 it does not", () => {
    const text = { s6: "本年度无收取信息处理费。" };
    const findings = evaluateReport(withText(unpaid, text)).filter((f) =>
      ["F-01", "C-03"].includes(f.ruleId),
    );
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["F-01", "warning"]]);
    expect(findings[0]?.message).toContain(
      "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”总计为 2",
    );
    const none = withText(blankSlate(), text);
    expect(evaluateReport(none).filter((f) => ["F-01", "C-03"].includes(f.ruleId))).toEqual([]);
  });

  it("recognises the fee statement in its real wordings", () => {
    for (const s6 of [
      "2023年度，我单位依据《政府信息公开信息处理费管理办法》未收取任何信息处理费。",
      "2025 年度本机关未收取信息公开处理费。",
      "2022年，无收取信息处理费情况。",
      "本年度没有产生信息处理费。",
    ]) {
      const report = withText(unpaid, { s6 });
      expect(run(report, "C-03"), s6).toEqual([]);
      expect(run(report, "F-01"), s6).toHaveLength(1);
    }
  });

  it("六 reading just “无” with no fee in the tables is at most an info (C-07); with (六)2 above 0, C-03 warns", () => {
    const report = withText(blankSlate(), { s6: "无。" });
    expect(
      evaluateReport(report)
        .filter((f) => ["C-03", "C-07"].includes(f.ruleId))
        .map((f) => [f.ruleId, f.severity]),
    ).toEqual([["C-07", "info"]]);
    expect(run(withText(unpaid, { s6: "无。" }), "C-03")).toHaveLength(1);
  });
});

describe("§5 amounts", () => {
  it("Input 7: 收费金额 4166.241619 is no error, a configurable warning", () => {
    const report = withCells(asEdited(loadExample("zhangdian2023")), { "t2.fees.amount": 4166.241619 });
    const findings = evaluateReport(report);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "T2-05").map((f) => f.severity)).toEqual(["warning"]);
    expect(run(report, "T2-05", { config: { severity: { "T2-05": "off" } } })).toEqual([]);
  });
});

describe("§6 deadlines (D-03, X-03)", () => {
  it("warns when the 成文日期 is after the statutory deadline", () => {
    const department = blankSlate();
    department.details.agencyName = "示范区教育局";
    department.details.issueDate = "2024-02-05";
    expect(run(department, "D-03").map((f) => f.message)).toEqual([
      "报告信息：成文日期 2024年2月5日 晚于政府部门的法定公布期限 2024年1月31日（条例第四十九条）",
    ]);
    department.details.issueDate = "2024-01-31";
    expect(run(department, "D-03")).toEqual([]);
    const government = {
      ...department,
      details: { ...department.details, agencyName: "示范区人民政府", issueDate: "2024-03-20" },
    };
    expect(run(government, "D-03")).toEqual([]);
  });

  it("an improvement plan in 五 dated the report year itself is an info finding", () => {
    const report = withText(blankSlate(), {
      s5: "（一）存在的主要问题\n公开内容不够全面。\n（二）改进情况\n2023年我局将进一步规范公开内容，加强培训。",
    });
    expect(run(report, "X-03").map((f) => f.severity)).toEqual(["info"]);
    const next = withText(report, { s5: report.narrative.s5?.replace("2023年我局将", "2024年我局将") });
    expect(run(next, "X-03")).toEqual([]);
  });
});

describe("§7 copied from last year (Y-01, Y-02, Y-03)", () => {
  const ofYear = (year: number): TReportDocument => {
    const report = asEdited(loadExample("zhangdian2023"));
    const narrative = Object.fromEntries(
      Object.entries(report.narrative).map(([key, text]) => [key, text?.replaceAll("2023", String(year))]),
    );
    return { ...report, year, narrative };
  };

  it("Input 7b: equal except the years → one warning per copied section and one for the tables", () => {
    const findings = evaluateReport(ofYear(2025), { lastYear: ofYear(2024) });
    const copied = findings.filter((f) => f.ruleId === "Y-01");
    expect(copied.map((f) => f.sectionId)).toEqual(["details", "s1", "s5", "s6"]);
    expect(copied[1]?.message).toBe(
      "第一部分与2024年度报告的同一部分除年份和数字外完全相同，应按本年度实际情况重写",
    );
    expect(findings.filter((f) => f.ruleId === "Y-02").map((f) => f.message)).toEqual([
      "表二、表三、表四的全部 2 个非零数字与2024年度报告完全相同，请核对是否照搬了上年数据",
    ]);
    // A rewritten report is not a copy.
    const rewritten = withCells(
      withText(ofYear(2025), {
        s1: "2025年，本委员会扎实推进政务公开，新建政策解读专栏，全年发布各类信息312条。".repeat(2),
      }),
      { "t2.regulations.made": 1 },
    );
    const again = evaluateReport(rewritten, { lastYear: ofYear(2024) });
    expect(again.filter((f) => f.ruleId === "Y-01" && f.sectionId === "s1")).toEqual([]);
    expect(again.filter((f) => f.ruleId === "Y-02")).toEqual([]);
  });

  it("Input 7b: last year's year left in the body as the current period is a warning", () => {
    const report = withText(ofYear(2025), { s1: "2024年，本局坚持以公开为常态，全面推进政务公开工作。" });
    expect(run(report, "Y-03").map((f) => f.message)).toEqual([
      "第一部分写有“2024年，本局坚持以公开为常态，全面推进政务公开工作”，把 2024 年写成了本期；本报告为 2025 年度",
    ]);
    expect(run(withText(report, { s1: "2024年全年主动公开信息120条。" }), "Y-03")).toHaveLength(1);
    expect(run(withText(report, { s1: "全年主动公开信息150条，较2024年全年增长25%。" }), "Y-03")).toEqual([]);
    expect(run(withText(report, { s1: "本机关已于2024年12月完成指南修订。" }), "Y-03")).toEqual([]);
  });
});

describe("§8 last year's report must be last year's", () => {
  it("names both years and both offices when they do not fit", () => {
    const report = loadExample("zhangdian2023");
    expect(lastYearMismatch(report, { ...report, year: 2022 })).toBeNull();
    expect(lastYearMismatch(report, report)).toBe("上年报告应为 2022 年度，所给报告为 2023 年度");
    expect(lastYearMismatch(report, { ...loadExample("gaoxin2021"), year: 2022 })).toBe(
      "上年报告应为同一机关“山东张店经济开发区管理委员会”的报告，所给报告的机关为“枣庄高新区党政综合办公室”",
    );
  });

  it("says which cross-year checks apply when last year used the 2019 format", () => {
    const report = { ...asEdited(loadExample("gaoxin2021")) };
    const lastYear = {
      ...loadExample("shanting2020"),
      details: { ...loadExample("shanting2020").details, agencyName: report.details.agencyName },
    };
    expect(run(report, "Y-04", { lastYear }).map((f) => [f.severity, f.message])).toEqual([
      [
        "info",
        "2020年度报告使用国办公开办函〔2019〕60号格式，本报告使用国办公开办函〔2021〕30号格式：表三“上年结转”核对适用，表二跨年度核对不适用（两种格式的表二栏目不同）",
      ],
    ]);
  });
});

describe("§9 §10 agency name and sections empty in all but name", () => {
  it("a name that is not a full name is a warning (D-02)", () => {
    for (const name of ["办公室", "我局", "本单位", "教育局"]) {
      const report = blankSlate();
      report.details.agencyName = name;
      expect(run(report, "D-02"), name).toHaveLength(1);
    }
    expect(run(blankSlate(), "D-02")).toEqual([]);
  });

  it("五 that says only “无” or one line is a finding (C-06), and its severity is configurable", () => {
    expect(run(withText(blankSlate(), { s5: "无" }), "C-06").map((f) => f.message)).toEqual([
      "“五、存在的主要问题及改进情况”只写了“无”，没有写出应报告的内容",
    ]);
    expect(run(withText(blankSlate(), { s5: "公开形式不够丰富，将加以改进。" }), "C-06")).toHaveLength(1);
    expect(
      run(withText(blankSlate(), { s5: "无" }), "C-06", { config: { severity: { "C-06": "info" } } }).map(
        (f) => f.severity,
      ),
    ).toEqual(["info"]);
    expect(run(blankSlate(), "C-06")).toEqual([]);
  });
});

describe("the tally on the transcribed real reports", () => {
  it("raises no false error and only the real warnings", () => {
    // 枣庄高新区 2021: its 六 really lacks the 信息处理费 statement; 山亭区 2020: text in a cell, the title's
    // wording, full-width digits — all real. No finding on these is false.
    expect(evaluateReport(loadExample("gaoxin2021")).map((f) => f.ruleId)).toEqual(["C-03"]);
    expect(evaluateReport(loadExample("zhangdian2023"))).toEqual([]);
    expect(evaluateReport(loadExample("shanting2020")).map((f) => f.ruleId)).toEqual([
      "T4-04",
      "C-04",
      "CELL-01",
      "CELL-01",
    ]);
  });
});
