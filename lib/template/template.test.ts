import { describe, expect, it } from "vitest";

import {
  FIRST_SUPPORTED_YEAR,
  FORMAT_YEARS_TEXT,
  formatShortLabel,
  formatVersionForYear,
  getTemplate,
  isSupportedYear,
} from "./index";
import type { TGridRow, TReportTemplate } from "./types";

/** Width of every grid row, counting columns still covered by row spans from above. */
const rowWidths = (rows: TGridRow[]): number[] => {
  const pending: number[] = [];
  return rows.map((row) => {
    const covered = pending.map((remaining) => remaining > 0);
    let column = 0;
    const skipCovered = () => {
      while (covered[column]) column += 1;
    };
    for (const cell of row.cells) {
      skipCovered();
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.type === "label" ? (cell.rowSpan ?? 1) : 1;
      for (let c = column; c < column + colSpan; c += 1) pending[c] = rowSpan;
      column += colSpan;
    }
    skipCovered();
    for (let c = 0; c < pending.length; c += 1) pending[c] = Math.max(0, (pending[c] ?? 0) - 1);
    return column;
  });
};

const labels = (template: TReportTemplate, table: "t2" | "t3" | "t4") =>
  template.tables[table].rows.flatMap((row) =>
    row.cells.flatMap((cell) => (cell.type === "label" ? [cell.text] : [])),
  );

describe.each([2019, 2021] as const)("template %i", (version) => {
  const template = getTemplate(version);

  it("has the six official section headings in order", () => {
    expect(template.sections.map((s) => s.heading)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });

  it("lays every table out on a full rectangular grid", () => {
    for (const table of Object.values(template.tables)) {
      expect(new Set(rowWidths(table.rows)), table.id).toEqual(new Set([table.columnCount]));
    }
  });

  it("places each value cell exactly once and indexes it by id", () => {
    const placed = Object.values(template.tables).flatMap((table) =>
      table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.type === "value" ? [cell.cellId] : []))),
    );
    expect(placed).toEqual(template.cells.map((cell) => cell.id));
    expect(template.cellById.size).toBe(template.cells.length);
  });

  it("derives every total from cells that exist", () => {
    for (const cell of template.cells.filter((c) => c.sumOf)) {
      for (const part of cell.sumOf ?? [])
        expect(template.cellById.has(part), `${cell.id} ← ${part}`).toBe(true);
    }
  });

  it("prints table 四 with 15 cells and three derived totals", () => {
    const t4 = template.cells.filter((cell) => cell.table === "t4");
    expect(t4).toHaveLength(15);
    expect(t4.filter((cell) => cell.sumOf).map((cell) => cell.id)).toEqual([
      "t4.review.total",
      "t4.litigation_direct.total",
      "t4.litigation_after_review.total",
    ]);
    expect(labels(template, "t4").slice(0, 4)).toEqual(["行政复议", "行政诉讼", "结果维持", "结果纠正"]);
  });
});

describe("template 2021 labels (国办公开办函〔2021〕30号)", () => {
  const template = getTemplate(2021);

  it("has table 三 with 25 rows × 7 columns and the corner note", () => {
    const t3 = template.cells.filter((cell) => cell.table === "t3");
    expect(t3).toHaveLength(175);
    expect(labels(template, "t3")[0]).toBe(
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    );
    const results = template.tables.t3.rows
      .flatMap((row) => row.cells)
      .find((cell) => cell.type === "label" && cell.text === "三、本年度办理结果");
    expect(results).toMatchObject({ rowSpan: 22 });
    expect(labels(template, "t3")).toContain("3.危及“三安全一稳定”");
    expect(labels(template, "t3")).toContain("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    expect(labels(template, "t3")).toContain(
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    );
    expect(t3.filter((cell) => cell.sumOf)).toHaveLength(25 + 6);
  });

  it("has table 二 as four sub-tables on a 4-column grid", () => {
    expect(labels(template, "t2")).toEqual([
      "第二十条第（一）项",
      "信息内容",
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
      "规章",
      "行政规范性文件",
      "第二十条第（五）项",
      "信息内容",
      "本年处理决定数量",
      "行政许可",
      "第二十条第（六）项",
      "信息内容",
      "本年处理决定数量",
      "行政处罚",
      "行政强制",
      "第二十条第（八）项",
      "信息内容",
      "本年收费金额（单位：万元）",
      "行政事业性收费",
    ]);
    expect(template.cellById.get("t2.fees.amount")?.kind).toBe("amount");
    expect(template.cells.filter((cell) => cell.table === "t2")).toHaveLength(10);
  });
});

describe("template 2019 labels (国办公开办函〔2019〕60号)", () => {
  const template = getTemplate(2019);

  it("has table 三 with 23 rows and a single （六）其他处理 row", () => {
    expect(template.cells.filter((cell) => cell.table === "t3")).toHaveLength(161);
    expect(template.cellById.has("t3.other.natural_person")).toBe(true);
    expect(template.cellById.has("t3.other_no_fee.natural_person")).toBe(false);
    const results = template.tables.t3.rows
      .flatMap((row) => row.cells)
      .find((cell) => cell.type === "label" && cell.text === "三、本年度办理结果");
    expect(results).toMatchObject({ rowSpan: 20 });
  });

  it("has table 二 with the 2019 columns, signed 本年增/减 and sub-table （九）", () => {
    expect(labels(template, "t2")).toContain("第二十条第（九）项");
    expect(labels(template, "t2")).toContain("规范性文件");
    expect(template.cellById.get("t2.licensing.items_change")?.kind).toBe("signedCount");
    expect(template.cellById.get("t2.procurement.amount")?.kind).toBe("amount");
  });
});

describe("formatVersionForYear", () => {
  it("follows the year", () => {
    expect([2019, 2020, 2021, 2025].map(formatVersionForYear)).toEqual([2019, 2019, 2021, 2021]);
  });
});

describe("the registered formats", () => {
  it("start in 2019 and cover every year from then on, nothing before", () => {
    expect(FIRST_SUPPORTED_YEAR).toBe(2019);
    expect(() => formatVersionForYear(2018)).toThrow(
      "模板错误：2018年度没有适用的报告格式（支持 2019 年度起）",
    );
    expect([2018, 2019, 2100, 2101, 2020.5].map(isSupportedYear)).toEqual([false, true, true, false, false]);
  });

  it("label themselves for lists and help text", () => {
    expect(formatShortLabel(2019)).toBe("〔2019〕60号");
    expect(formatShortLabel(2021)).toBe("〔2021〕30号");
    expect(formatShortLabel(2017)).toBe("未登记的格式 2017");
    expect(FORMAT_YEARS_TEXT).toBe(
      "2019、2020年度用国办公开办函〔2019〕60号格式，2021年度起用国办公开办函〔2021〕30号格式",
    );
  });
});
