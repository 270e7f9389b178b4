import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { findReportByOfficeYear } from "@/lib/db/reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";

import { exportPublishable } from "@/lib/export/publishable";
import { blanksOfTable, withBlanksAsZero } from "@/lib/import/blanks";
import type { TReportDocument } from "@/lib/report/schema";
import { evaluateReport } from "@/lib/rules/evaluate";
import { getTemplate } from "@/lib/template";
import { TABLE_NAMES } from "@/lib/template/labels";
import { testSession } from "@/lib/testing/service-fixtures";

import { createImportedDraftFor, previewImportFor } from "./import-report";
import { loadImportSourceFileFor, loadImportSourceFor } from "./load-import-source";
import { listReportsFor } from "./list-reports";
import { createReportFor } from "./report-drafts";

const PINGTAN = readFileSync("/work/shared/seeds-extra/09_pingtan_2022.txt", "utf8");

const FILLER_ID = "00000000-0000-4000-8000-000000000001";

describe.each(testDatabaseTargets())("导入 on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let officeId = "";
  const filler = (): TSessionUser => testSession(FILLER_ID, "tianbao", officeId, "FILLER");
  const reviewer = (): TSessionUser => testSession(FILLER_ID, "tianbao", officeId, "REVIEWER");

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    officeId = (await db.prisma.office.create({ data: { name: "区卫健局" } })).id;
  }, 240_000); // migrating a fresh embedded database is slow on a busy 2-core machine
  afterAll(async () => close?.());

  it("previews without saving; only a 填报人 may import; a non-report is refused in Chinese", async () => {
    const review = await previewImportFor(filler(), { text: PINGTAN });
    expect(review.document.year).toBe(2022);
    expect(review.choices).toHaveLength(1);
    expect(review.findings.some((finding) => finding.ruleId === "T2-01")).toBe(true);
    await expect(previewImportFor(reviewer(), { text: PINGTAN })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(previewImportFor(filler(), { text: "随便一段文字" })).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("不是政府信息公开工作年度报告"),
    });
    expect(await db.prisma.report.count()).toBe(0);
  });

  it("stores a past year as 已发布（导入） under the office's registered name; next year's draft is prefilled", async () => {
    const review = await previewImportFor(filler(), { text: PINGTAN });
    const document = {
      ...review.document,
      cells: {
        ...review.document.cells,
        "t2.normative_documents.made": 88,
        "t2.normative_documents.repealed": 55,
        "t2.normative_documents.valid": 698,
      },
    };
    await expect(createImportedDraftFor(reviewer(), officeId, document)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { id } = await createImportedDraftFor(filler(), officeId, document, "published");
    const stored = await findReportByOfficeYear(officeId, 2022);
    expect(stored?.id).toBe(id);
    expect(stored?.document.details.agencyName).toBe("区卫健局");
    expect(stored?.document.source?.kind).toBe("import");
    const created = await db.prisma.reportEvent.findFirst({ where: { reportId: id, action: "create" } });
    expect(created?.detail).toMatchObject({ note: "由导入的已发布报告存为已发布（导入）" });
    const rows = await listReportsFor(filler());
    expect(rows.find((row) => row.id === id)).toMatchObject({ status: "PUBLISHED", imported: true });
    const next = await createReportFor(filler(), officeId, 2023);
    expect(next.prefilledFrom).toBe(2022);
    const draft = await findReportByOfficeYear(officeId, 2023);
    expect(draft?.document.cells["t2.normative_documents.valid"]).toBe(698);
    await expect(createImportedDraftFor(filler(), officeId, document)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses to store the current year as published, and a document with cells of the wrong format", async () => {
    const review = await previewImportFor(filler(), {
      text: readFileSync("/work/shared/seeds-extra/01_shuyang-county_2025.txt", "utf8"),
    });
    await expect(
      createImportedDraftFor(filler(), officeId, { ...review.document, year: 2099 }, "published"),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(
      createImportedDraftFor(filler(), officeId, {
        ...review.document,
        cells: { "t2.procurement.amount": 1 },
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("a section over the schema's length is refused naming the section, not a bare 无效 (tester2)", async () => {
    const review = await previewImportFor(filler(), {
      text: readFileSync("/work/shared/seeds-extra/01_shuyang-county_2025.txt", "utf8"),
    });
    const long = {
      ...review.document,
      narrative: { ...review.document.narrative, s1: "公开".repeat(60_000) },
    };
    await expect(createImportedDraftFor(filler(), officeId, long)).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(
        /^导入的年报数据无效，未保存：.*一、总体情况：不能超过 100000 个字符。$/,
      ),
    });
  });

  it("counts a table's blanks as 0 only when asked, and says so in the history", async () => {
    const html = readFileSync("/work/shared/seeds-extra/02_shuyang-fagaiju_2023.html");
    const review = await previewImportFor(filler(), { file: new Uint8Array(html) });
    const table = (["t2", "t3", "t4"] as const).find(
      (t) => blanksOfTable(review.document, review.blanks, t).length > 0,
    )!;
    const document = withBlanksAsZero(review.document, review.blanks, [table]);
    // An office of its own: the earlier tests filled 区卫健局's 2023.
    const other = (await db.prisma.office.create({ data: { name: "区发改局" } })).id;
    const otherFiller = testSession(FILLER_ID, "tianbao", other, "FILLER");
    const { id } = await createImportedDraftFor(otherFiller, other, document, "published", [table]);
    const stored = await db.prisma.report.findUniqueOrThrow({ where: { id } });
    const cells = (stored.data as { cells: Record<string, unknown> }).cells;
    for (const cell of blanksOfTable(review.document, review.blanks, table).filter((c) => c in cells))
      expect(cells[cell]).toBe(0);
    const created = await db.prisma.reportEvent.findFirst({ where: { reportId: id, action: "create" } });
    expect(created?.detail).toMatchObject({
      note: `由导入的已发布报告存为已发布（导入）；${TABLE_NAMES[table]}中原报告空白的单元格按 0 计`,
    });
  });

  it("stores the original with the report, provenance read by the server; a draft's 总计 are computed again", async () => {
    const text = readFileSync("/work/shared/seeds-extra/01_shuyang-county_2025.txt", "utf8");
    const review = await previewImportFor(filler(), { text });
    expect(Object.keys(review.document.printedTotals ?? {}).length).toBeGreaterThan(0);
    const other = (await db.prisma.office.create({ data: { name: "县政府办" } })).id;
    const otherFiller = testSession(FILLER_ID, "tianbao", other, "FILLER");
    const { id } = await createImportedDraftFor(otherFiller, other, review.document, "draft", [], { text });
    const stored = await db.prisma.report.findUniqueOrThrow({ where: { id } });
    expect((stored.data as { printedTotals?: object }).printedTotals).toBeUndefined();
    const page = await loadImportSourceFor(otherFiller, id);
    expect(page).toMatchObject({ name: "粘贴的文字", kindLabel: "纯文本" });
    const row = page.cells.find((cell) => cell.cellId === "t3.new_received.natural_person");
    expect(row).toMatchObject({
      how: "read",
      raw: String(review.document.cells["t3.new_received.natural_person"]),
    });
    const file = await loadImportSourceFileFor(otherFiller, id);
    expect(new TextDecoder().decode(file.content)).toBe(text);
    await expect(loadImportSourceFor(filler(), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  // Issue 11 tester §2: a draft made by importing (pasted text, an interchange .json) had an empty 总计 column.
  it.each([
    ["pasted text", () => ({ text: readFileSync("/work/shared/seeds/004_405f20c665fb23e7.txt", "utf8") })],
    [
      "an interchange .json",
      () => ({ file: new Uint8Array(readFileSync("docs/examples/2023-zhangdian-kaifaqu.json")) }),
    ],
  ])("a draft created from %s has its 总计 computed, checked and printed", async (_label, input) => {
    const review = await previewImportFor(filler(), input());
    const other = (await db.prisma.office.create({ data: { name: `张店${_label}` } })).id;
    const otherFiller = testSession(FILLER_ID, "tianbao", other, "FILLER");
    const { id } = await createImportedDraftFor(otherFiller, other, review.document, "draft", [], input());
    const stored = (await db.prisma.report.findUniqueOrThrow({ where: { id } })).data as TReportDocument;
    const blankTotals = evaluateReport(stored).filter(
      (finding) => finding.message.includes("总计") && finding.message.includes("未填写"),
    );
    expect(blankTotals).toEqual([]);
    const model = exportPublishable(getTemplate(stored.formatVersion), stored, { status: "draft" });
    const t3 = model.blocks.find((block) => block.kind === "table" && block.table.id === "t3");
    const totals = t3?.kind === "table" ? t3.table.bodyRows.map((row) => row.at(-1)?.text) : [];
    expect(totals.length).toBeGreaterThan(20);
    expect(totals.every((text) => text !== undefined && /^\d/.test(text))).toBe(true);
  });

  // Issue 11 tester §6: the web says to choose the 年度 (not the CLI's --year), and reads with the chosen year.
  it("asks the web page for a 年度 when the report prints none, then reads it as that year", async () => {
    const text = readFileSync("/work/shared/seeds/004_405f20c665fb23e7.txt", "utf8").replace(/20\d\d/g, "");
    const refused = await previewImportFor(filler(), { text }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "INVALID", details: { needsYear: true } });
    expect((refused as Error).message).toContain("请在“年度”中选择");
    expect((refused as Error).message).not.toContain("--year");
    const review = await previewImportFor(filler(), { text, year: 2023 });
    expect(review.document.year).toBe(2023);
  });
});
