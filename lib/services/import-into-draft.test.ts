import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { listImportRecords } from "@/lib/db/import-records";
import { getReport, saveReportDraft } from "@/lib/db/reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { buildDocx } from "@/lib/export/docx";
import { linkMarker } from "@/lib/report/linked-values";
import { asEdited, loadExample, withCells } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";
import { buildTablesWorkbook } from "@/lib/spreadsheet/tables-xlsx";
import { getTemplate } from "@/lib/template";
import { testSession } from "@/lib/testing/service-fixtures";

import { applyImportIntoDraftFor, previewImportIntoDraftFor } from "./import-into-draft";
import { createReportFor } from "./report-drafts";
import { undoImportIntoDraftFor } from "./undo-import-into-draft";

const SOURCE = asEdited(loadExample("zhangdian2023"));
const MARKED = "t3.new_received.commercial";

describe.each(testDatabaseTargets())("import into an open draft on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let officeId = "";
  const filler = (): TSessionUser =>
    testSession("00000000-0000-4000-8000-000000000001", "tianbao", officeId, "FILLER");
  const xlsx = async (document: TReportDocument) =>
    new Uint8Array(await buildTablesWorkbook(getTemplate(document.formatVersion), document));

  /** A 2023 draft with one linked value in 第一部分 and a typed 表三 cell the import will change. */
  const openDraft = async (): Promise<{ id: string; version: number }> => {
    await db.prisma.report.deleteMany({});
    const { id } = await createReportFor(filler(), officeId, 2023).catch(async () => {
      throw new Error("could not create the 2023 draft");
    });
    const stored = await getReport(id);
    if (!stored) throw new Error("no draft");
    const document: TReportDocument = {
      ...withCells(stored.document, { [MARKED]: 5 }),
      narrative: { s1: `收到商业企业申请${linkMarker(MARKED, "5")}件。`, s5: "旧的第五部分。" },
    };
    const saved = await saveReportDraft({
      id,
      baseVersion: stored.version,
      document,
      actor: { id: null, name: "x" },
    });
    if (!saved.ok) throw new Error("not saved");
    return { id, version: saved.version };
  };

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    officeId = (await db.prisma.office.create({ data: { name: "开发区管委会" } })).id;
  }, 240_000);
  afterAll(async () => close?.());

  it("imports the tables at the draft's version: cells replaced, markers follow, the history names the file", async () => {
    const draft = await openDraft();
    const file = await xlsx(SOURCE);
    const preview = await previewImportIntoDraftFor(filler(), draft.id, file);
    expect(preview.version).toBe(draft.version);
    expect(preview.source.cells[MARKED]).toBe(SOURCE.cells[MARKED]);
    const { version } = await applyImportIntoDraftFor(filler(), draft.id, {
      file,
      fileName: "统计表.xlsx",
      baseVersion: draft.version,
      part: { kind: "tables", keepWhereBlank: false },
    });
    expect(version).toBe(draft.version + 1);
    const stored = await getReport(draft.id);
    expect(stored?.version).toBe(version);
    expect(stored?.document.cells[MARKED]).toBe(SOURCE.cells[MARKED]);
    expect(stored?.document.narrative.s1).toBe(
      `收到商业企业申请${linkMarker(MARKED, String(SOURCE.cells[MARKED]))}件。`,
    );
    const records = await listImportRecords(draft.id);
    expect(records).toHaveLength(1);
    expect(records[0]?.actor).toBe("tianbao");
    expect(records[0]?.record).toMatchObject({ file: "统计表.xlsx", kind: "xlsx", part: "tables" });
    expect(records[0]?.record.cells).toContainEqual(
      expect.objectContaining({
        cellId: MARKED,
        before: 5,
        after: SOURCE.cells[MARKED],
        raw: expect.any(String),
      }),
    );
  });

  it("refuses when someone saved since the diff was shown, and writes nothing", async () => {
    const draft = await openDraft();
    const stored = await getReport(draft.id);
    if (!stored) throw new Error("no draft");
    await saveReportDraft({
      id: draft.id,
      baseVersion: draft.version,
      document: stored.document,
      actor: { id: null, name: "乙" },
    });
    await expect(
      applyImportIntoDraftFor(filler(), draft.id, {
        file: await xlsx(SOURCE),
        fileName: "统计表.xlsx",
        baseVersion: draft.version,
        part: { kind: "tables", keepWhereBlank: false },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`第 ${draft.version + 1} 版`),
    });
    expect((await getReport(draft.id))?.document.cells[MARKED]).toBe(5);
    expect(await listImportRecords(draft.id)).toEqual([]);
  });

  it("refuses the tables of a file of another year naming both years; its sections may be taken", async () => {
    const draft = await openDraft();
    const other = new Uint8Array(
      await buildDocx(getTemplate(2021), asEdited(loadExample("gaoxin2021")), { status: "draft" }),
    );
    const preview = await previewImportIntoDraftFor(filler(), draft.id, other);
    expect(preview.source.mismatch).toMatch(/2021年度.*2023年度/);
    const input = { file: other, fileName: "2021.docx", baseVersion: draft.version };
    await expect(
      applyImportIntoDraftFor(filler(), draft.id, {
        ...input,
        part: { kind: "tables", keepWhereBlank: false },
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/2021年度.*2023年度/) });
    // Issue 11 tester §5: a full report of another year still gives one section.
    await applyImportIntoDraftFor(filler(), draft.id, {
      ...input,
      part: { kind: "section", from: "s5", to: "s5", dropMarkers: false },
    });
    expect((await getReport(draft.id))?.document.narrative.s5?.trim()).toBe(
      loadExample("gaoxin2021").narrative.s5?.trim(),
    );
  });

  it("takes a section from a Word file with only narrative text (no tables)", async () => {
    const draft = await openDraft();
    const paragraphs = [
      "开发区管委会2023年政府信息公开工作年度报告",
      "一、总体情况",
      "本年度政府信息公开工作稳步推进。",
      "五、存在的主要问题及改进情况",
      "只有文字的第五部分：加强队伍建设。",
      "六、其他需要报告的事项",
      "无。",
    ];
    const zip = await JSZip.loadAsync(await buildDocx(getTemplate(2021), SOURCE, { status: "draft" }));
    zip.file(
      "word/document.xml",
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
        .map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`)
        .join("")}</w:body></w:document>`,
    );
    const file = await zip.generateAsync({ type: "uint8array" });
    const preview = await previewImportIntoDraftFor(filler(), draft.id, file);
    expect(preview.source.mismatch).toBeUndefined();
    expect(preview.source.problems.join("")).toContain("只能导入文字部分");
    await applyImportIntoDraftFor(filler(), draft.id, {
      file,
      fileName: "文字.docx",
      baseVersion: draft.version,
      part: { kind: "section", from: "s5", to: "s5", dropMarkers: false },
    });
    expect((await getReport(draft.id))?.document.narrative.s5).toBe("只有文字的第五部分：加强队伍建设。");
  });

  it("imports one section from a Word file; markers the new text lacks are only dropped when confirmed", async () => {
    const draft = await openDraft();
    const word = await buildDocx(
      getTemplate(2021),
      {
        ...SOURCE,
        narrative: { ...SOURCE.narrative, s1: "本年度未收到商业企业申请。", s5: "新的第五部分：加强培训。" },
      },
      { status: "draft" },
    );
    const file = new Uint8Array(word);
    const section = { kind: "section", from: "s5", to: "s5", dropMarkers: false } as const;
    const { version } = await applyImportIntoDraftFor(filler(), draft.id, {
      file,
      fileName: "年报.docx",
      baseVersion: draft.version,
      part: section,
    });
    const stored = await getReport(draft.id);
    expect(stored?.document.narrative.s5).toBe("新的第五部分：加强培训。");
    expect(stored?.document.narrative.s1).toContain(linkMarker(MARKED, "5"));
    const into1 = { ...section, from: "s1", to: "s1" } as const;
    await expect(
      applyImportIntoDraftFor(filler(), draft.id, {
        file,
        fileName: "年报.docx",
        baseVersion: version,
        part: into1,
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("1 个关联数值") });
    expect((await getReport(draft.id))?.version).toBe(version);
    await applyImportIntoDraftFor(filler(), draft.id, {
      file,
      fileName: "年报.docx",
      baseVersion: version,
      part: { ...into1, dropMarkers: true },
    });
    const records = await listImportRecords(draft.id);
    expect(records.map((entry) => entry.record.section?.to)).toEqual(["s5", "s1"]);
    expect(records[0]?.record.section).toMatchObject({
      before: "旧的第五部分。",
      after: "新的第五部分：加强培训。",
    });
  });

  it("undoes an import from the history: cells still as imported go back, cells typed over since stay", async () => {
    const draft = await openDraft();
    const { version } = await applyImportIntoDraftFor(filler(), draft.id, {
      file: await xlsx(SOURCE),
      fileName: "统计表.xlsx",
      baseVersion: draft.version,
      part: { kind: "tables", keepWhereBlank: false },
    });
    const imported = await getReport(draft.id);
    if (!imported) throw new Error("no draft");
    const typed = withCells(imported.document, { "t2.regulations.made": 42 });
    const retyped = await saveReportDraft({
      id: draft.id,
      baseVersion: version,
      document: typed,
      actor: { id: null, name: "x" },
    });
    if (!retyped.ok) throw new Error("not saved");
    const [entry] = await listImportRecords(draft.id);
    await expect(
      undoImportIntoDraftFor(filler(), draft.id, entry?.eventId ?? "", version),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const undone = await undoImportIntoDraftFor(filler(), draft.id, entry?.eventId ?? "", retyped.version);
    expect(undone.skipped).toBe(1);
    const stored = await getReport(draft.id);
    expect(stored?.document.cells[MARKED]).toBe(5);
    expect(stored?.document.narrative.s1).toContain(linkMarker(MARKED, "5"));
    expect(stored?.document.cells["t2.regulations.made"]).toBe(42);
    expect(stored?.document.cells["t3.new_received.natural_person"]).toBeUndefined();
    const records = await listImportRecords(draft.id);
    expect(records[1]?.record).toMatchObject({ undoOf: entry?.eventId, file: "统计表.xlsx" });
    await expect(
      undoImportIntoDraftFor(filler(), draft.id, records[1]?.eventId ?? "", undone.version),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
