import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";

import { demoPublishedReport } from "@/lib/db/demo-reports";
import { loadExample } from "@/lib/report/testing/fixtures";
import { resolveValues } from "@/lib/report/values";
import { getTemplate } from "@/lib/template";

import { buildTablesWorkbook } from "./tables-xlsx";

const readBack = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
};

/** Every cell of a sheet as [address, cell]. */
const cellsOf = (sheet: ExcelJS.Worksheet) => {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
};

describe("tables as .xlsx", () => {
  it("lays out 表二, 表三, 表四 like the national form, with merged headers and totals as formulas", async () => {
    const document = demoPublishedReport("示范区教育局", 2024);
    const template = getTemplate(document.formatVersion);
    const workbook = await readBack(await buildTablesWorkbook(template, document));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["表二", "表三", "表四"]);

    const t3 = workbook.getWorksheet("表三");
    if (!t3) throw new Error("no 表三");
    // The template's merged label cells are merged in the sheet: 三、本年度办理结果 spans rows, 申请人情况 columns.
    const merges = (t3.model as unknown as { merges: string[] }).merges;
    expect(merges.length).toBeGreaterThan(5);
    const spanning = cellsOf(t3).filter((cell) => cell.isMerged && cell.master === cell);
    expect(spanning.map((cell) => String(cell.value))).toEqual(
      expect.arrayContaining(["三、本年度办理结果", "（三）不予公开"]),
    );

    // 一、本年新收: six applicant columns typed, 总计 a SUM over exactly those cells of the row.
    const label = cellsOf(t3).find((cell) => cell.value === "一、本年新收政府信息公开申请数量");
    if (!label) throw new Error("no row label");
    const row = t3.getRow(Number(label.row));
    const formulas = cellsOf(t3).filter((cell) => cell.formula && cell.row === label.row);
    expect(formulas).toHaveLength(1);
    const total = formulas[0];
    const parts = /^SUM\((.*)\)$/.exec(total?.formula ?? "")?.[1]?.split(",") ?? [];
    expect(parts).toHaveLength(6);
    const partValues = parts.map((address) => t3.getCell(address).value);
    expect(partValues).toEqual([5, 0, 0, 0, 0, 0]);
    expect(total?.result).toBe(5);
    expect(row.number).toBe(Number(label.row));

    // Every computed cell of the template is a formula, and its cached result is the computed total.
    const values = resolveValues(template, document);
    const derived = template.cells.filter((cell) => cell.sumOf);
    const allFormulas = workbook.worksheets.flatMap((sheet) => cellsOf(sheet).filter((cell) => cell.formula));
    expect(allFormulas).toHaveLength(derived.length);
    expect(allFormulas.every((cell) => typeof cell.result === "number")).toBe(true); // 0 is stored too
    expect(allFormulas.map((cell) => cell.result).sort()).toEqual(
      derived.map((cell) => values.computed[cell.index] ?? 0).sort(),
    );
  });

  it("keeps the text a report printed in a cell (2019 format: 山亭区 2020)", async () => {
    const document = loadExample("shanting2020");
    const workbook = await readBack(await buildTablesWorkbook(getTemplate(document.formatVersion), document));
    const t4 = workbook.getWorksheet("表四");
    if (!t4) throw new Error("no 表四");
    expect(cellsOf(t4).map((cell) => cell.value)).toContain("1(裁定撤诉)");
    // Full-width digits are written as the numbers they are.
    const t3 = workbook.getWorksheet("表三");
    expect(
      cellsOf(t3 as ExcelJS.Worksheet).some(
        (cell) => typeof cell.value === "string" && /[０-９]/.test(cell.value),
      ),
    ).toBe(false);
  });

  describe("the same bytes whenever they are made", () => {
    afterEach(() => vi.useRealTimers());

    it("two generations at different times are byte-identical, every zip entry dated `at`", async () => {
      const document = demoPublishedReport("示范区教育局", 2024);
      const template = getTemplate(document.formatVersion);
      const at = new Date("2025-01-20T02:30:00.000Z");
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-03-01T08:00:00Z"));
      const first = await buildTablesWorkbook(template, document, at);
      vi.setSystemTime(new Date("2027-11-30T23:59:59Z"));
      const second = await buildTablesWorkbook(template, document, at);
      vi.useRealTimers();
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);

      const zip = await JSZip.loadAsync(first);
      const entries = Object.values(zip.files);
      expect(entries.length).toBeGreaterThan(5);
      for (const entry of entries) expect(entry.date.getTime()).toBe(at.getTime());
      const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
      expect(core).toContain(">2025-01-20T02:30:00Z</dcterms:created>");
      expect(core).toContain(">2025-01-20T02:30:00Z</dcterms:modified>");
      // Still a workbook Excel reads: the three sheets are there.
      expect((await readBack(first)).worksheets.map((sheet) => sheet.name)).toEqual(["表二", "表三", "表四"]);
    });
  });
});
