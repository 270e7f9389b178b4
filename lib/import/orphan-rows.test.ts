import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { buildHtml } from "@/lib/export/html";
import { ZReportDocument } from "@/lib/report/schema";
import { FORMATS } from "@/lib/template";

import { importText } from "./import-report";
import { distinctReport, htmlToCopiedText } from "./testing/variants";
import type { TImportResult } from "./types";

/**
 * 表三 rows printed without a label or with a torn one (D67), on the real PDF text of seeds-extra/04: its
 * （五）5, （六）1 and （六）2 print their numbers apart from their labels; variants of that text test each rule.
 */

const ORIGINAL = readFileSync("/work/shared/seeds-extra/04_shanghai-gov-office_2025.txt", "utf8");
const ZEROS = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n|---|---|---|---|---|---|---|\n";
const TORN_1 = "| 行政机关不再处理其政府信息公 | 40 |";
const TORN_2 = "| 缴纳费用、 | 行政机关不再处理其政 | 0 |";

const read = (text: string): TImportResult => {
  const outcome = importText(text);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result;
};

const row = (result: TImportResult, rowId: string) =>
  ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org"].map(
    (column) => result.document.cells[`t3.${rowId}.${column}`],
  );

describe("表三 rows without (whole) labels", () => {
  it("seeds-extra/04 as printed: order, label fragments and 总计 place all three rows", () => {
    expect(ORIGINAL).toContain(ZEROS);
    const result = read(ORIGINAL);
    expect(row(result, "noproc_confirm")).toEqual([0, 0, 0, 0, 0, 0]);
    expect(row(result, "other_no_correction")).toEqual([40, 1, 0, 0, 2, 0]);
    expect(result.document.printedTotals?.["t3.other_no_correction.total"]).toBe(43);
    expect(row(result, "other_no_fee")).toEqual([0, 0, 0, 0, 0, 0]);
    expect(result.provenance["t3.other_no_correction.natural_person"]?.note).toMatch(
      /按行序、标签残字和勾稽关系/,
    );
    expect(result.choices).toEqual([]);
    expect(result.problems.join("\n")).not.toMatch(/未找到表三/);
    expect(result.problems).toContainEqual(
      expect.stringMatching(
        /^表三“2\.申请人逾期未按收费通知要求缴纳费用.*已按行序、标签残字和勾稽关系归入该行，请核对$/,
      ),
    );
  });

  it("without the labelless row of zeros: the fragments still decide （六）1 and （六）2; （五）5 stays unread", () => {
    const result = read(ORIGINAL.replace(ZEROS, ""));
    expect(row(result, "other_no_correction")).toEqual([40, 1, 0, 0, 2, 0]);
    expect(row(result, "other_no_fee")).toEqual([0, 0, 0, 0, 0, 0]);
    expect(row(result, "noproc_confirm")).toEqual([null, null, null, null, null, null]);
    expect(result.choices).toEqual([]);
  });

  it("two rows of bare numbers for three empty rows: every fitting placement offered, none taken", () => {
    const text = ORIGINAL.replace(ZEROS, "").replace(TORN_1, "| 40 |").replace(TORN_2, "| 0 |");
    const result = read(text);
    for (const rowId of ["noproc_confirm", "other_no_correction", "other_no_fee"]) {
      expect(row(result, rowId)).toEqual([null, null, null, null, null, null]);
    }
    expect(result.choices).toHaveLength(1);
    const choice = result.choices[0]!;
    expect(choice.cellIds).toHaveLength(21);
    expect(choice.cellIds[0]).toBe("t3.noproc_confirm.natural_person");
    // (五)5 + (六)1, (五)5 + (六)2, (六)1 + (六)2: the orders that keep document order.
    const bare = [40, 1, 0, 0, 2, 0, 43];
    const zeros = [0, 0, 0, 0, 0, 0, 0];
    const empty = Array.from({ length: 7 }, () => null);
    expect(choice.candidates).toEqual([
      [...bare, ...zeros, ...empty],
      [...bare, ...empty, ...zeros],
      [...empty, ...bare, ...zeros],
    ]);
    expect(result.problems.join("\n")).toMatch(/表三有 2 行数字没有行标签.*请选择/);
    // A placement, not a split: each option names where the numbers go.
    expect(choice.kind).toBe("placement");
    expect(choice.candidateLabels).toHaveLength(3);
    expect(choice.candidateLabels?.[0]).toMatch(/^“[^”]+”归入“[^”]+”；“[^”]+”归入“[^”]+”$/);
    expect(new Set(choice.candidateLabels).size).toBe(3);
  });

  it("a placement that breaks （七）总计 is not taken: the rows stay unread and the reason is said", () => {
    const text = ORIGINAL.replace(`${TORN_1} 1 | 0 | 0 | 2 | 0 | 43 |`, `${TORN_1} 2 | 0 | 0 | 2 | 0 | 44 |`);
    expect(text).not.toBe(ORIGINAL);
    const result = read(text);
    expect(row(result, "other_no_correction")).toEqual([null, null, null, null, null, null]);
    expect(row(result, "noproc_confirm")).toEqual([null, null, null, null, null, null]);
    expect(result.choices).toEqual([]);
    expect(result.problems.join("\n")).toMatch(
      /表三有 3 行数字没有（完整的）行标签.*无法确定属于哪一行，未导入/,
    );
  });
});

describe("表二 rows one value short, the value printed above the table (D67)", () => {
  it("04: 规章's 55 placed between its printed 22 and 235; 规范性文件 (nothing loose left) stays unread", () => {
    const result = read(ORIGINAL);
    expect(["made", "repealed", "valid"].map((c) => result.document.cells[`t2.regulations.${c}`])).toEqual([
      22, 55, 235,
    ]);
    expect(result.document.cells["t2.normative_documents.valid"]).toBeNull();
  });

  it("loose numbers that fit two rows are not used", () => {
    const text = ORIGINAL.replace("| 行政规范性文件 | 34 | 189 |", "| 行政规范性文件 | 22 | 235 |");
    const result = read(text);
    expect(result.document.cells["t2.regulations.repealed"]).toBeNull();
    expect(result.document.cells["t2.normative_documents.repealed"]).toBeNull();
  });
});

describe("the 2019 format too (every cell its own value)", () => {
  it("a row of copied text whose label cells were lost is placed by order and checked by 总计", () => {
    const base = ZReportDocument.parse(
      JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, "../../docs/examples/2020-shanting.json"), "utf8"),
      ),
    );
    const template = FORMATS.getTemplate(base.formatVersion);
    const report = distinctReport(template, base);
    const copied = htmlToCopiedText(buildHtml(template, report, { status: "published" }));
    const line = copied.split("\n").find((text) => text.startsWith("2.重复申请\t"))!;
    const result = read(copied.replace(line, line.replace(/^2\.重复申请/, "")));
    const cells = template.cells.filter((cell) => cell.rowId === "noproc_duplicate" && !cell.sumOf);
    expect(cells).toHaveLength(6);
    for (const cell of cells) expect(result.document.cells[cell.id]).toBe(report.cells[cell.id]);
    expect(result.choices).toEqual([]);
  });
});
