import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { readEventRow } from "@/lib/db/events";
import { listImportRecords } from "@/lib/db/import-records";
import { saveReportDraft } from "@/lib/db/reports";
import { listReportsWithStaleFindings, storeFindingsCounts } from "@/lib/db/review-board";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { asEdited, loadExample, withCells } from "@/lib/report/testing/fixtures";
import type { TReportDocument } from "@/lib/report/schema";
import { buildTablesWorkbook } from "@/lib/spreadsheet/tables-xlsx";
import { getTemplate } from "@/lib/template";
import { summarizeEvent } from "@/lib/workflow/event-summary";
import { appErrorCode, createTestUser } from "@/lib/testing/service-fixtures";

import { applyImportIntoDraftFor } from "./import-into-draft";
import { saveDraftFor } from "./report-drafts";
import { undoImportIntoDraftFor } from "./undo-import-into-draft";

// The draft save of D39: one statement writes the document and the history row of the editing session.

const SOURCE = asEdited(loadExample("zhangdian2023"));

describe.each(testDatabaseTargets())("saving a draft on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let officeId = "";
  let reportId = "";
  let filler: TSessionUser;
  let colleague: TSessionUser;
  const base: TReportDocument = { ...SOURCE, details: { ...SOURCE.details, agencyName: "开发区管委会" } };
  let count = 0;
  /** The draft with one more change each time. */
  const edited = (): TReportDocument => ({
    ...base,
    narrative: { ...base.narrative, s6: `第 ${++count} 次修改` },
  });

  const stored = () => db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
  const saveAs = async (user: TSessionUser, document = edited()) => {
    const result = await saveDraftFor(user, reportId, { baseVersion: (await stored()).version, document });
    if (!result.ok) throw new Error("not saved");
    return result;
  };
  const history = async () =>
    (await db.prisma.reportEvent.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } })).map(
      (row) => ({ ...readEventRow(row), lastAt: row.lastAt }),
    );
  const saveRows = async () => (await history()).filter((row) => row.event.action === "save");

  /** A fresh draft at version 1 with its 新建 row, as the editor would find it. */
  const freshDraft = async () => {
    await db.prisma.report.deleteMany({});
    const report = await db.prisma.report.create({
      data: { officeId, year: base.year, formatVersion: base.formatVersion, data: base },
    });
    reportId = report.id;
    await db.prisma.reportEvent.create({
      data: { reportId, action: "create", actor: "x", detail: { year: base.year } },
    });
  };

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    officeId = (await db.prisma.office.create({ data: { name: "开发区管委会" } })).id;
    filler = await createTestUser(db, "tianbao", officeId, "FILLER");
    colleague = await createTestUser(db, "tongshi", officeId, "FILLER");
  }, 240_000);
  afterAll(async () => close?.());

  it("folds one person's consecutive saves into one history row that the history page reads as a session", async () => {
    await freshDraft();
    for (let i = 0; i < 10; i++) await saveAs(filler);
    const rows = await saveRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.event).toEqual({
      action: "save",
      detail: { version: 11, from: 2, saves: 10, changed: ["narrative:s6"] },
    });
    expect(rows[0]?.lastAt?.getTime()).toBe((await stored()).updatedAt.getTime());
    expect(rows[0]?.actorId).toBe(filler.id);
    expect(summarizeEvent(rows[0]!.event)).toBe("第 2–11 版；本次编辑保存 10 次");
    expect((await stored()).data).toMatchObject({ narrative: { s6: `第 ${count} 次修改` } });
  });

  it("starts a new row for another person, after another event, and after a pause of more than 10 minutes", async () => {
    await freshDraft();
    await saveAs(filler);
    await saveAs(colleague);
    await saveAs(filler);
    await db.prisma.reportEvent.create({
      data: {
        reportId,
        action: "comment",
        actor: "审核人",
        detail: { target: "section:s1", body: "请补充" },
      },
    });
    await saveAs(filler);
    // Everything so far happened 11 minutes ago.
    await db.prisma.$executeRaw`UPDATE "ReportEvent" SET "createdAt" = "createdAt" - interval '11 minutes',
      "lastAt" = "lastAt" - interval '11 minutes' WHERE "reportId" = ${reportId}::uuid`;
    await saveAs(filler);
    await saveAs(filler);
    const rows = await saveRows();
    const s6 = ["narrative:s6"];
    expect(rows.map((row) => [row.actor, row.event.action === "save" && row.event.detail])).toEqual([
      ["tianbao", { version: 2, changed: s6 }],
      ["tongshi", { version: 3, changed: s6 }],
      ["tianbao", { version: 4, changed: s6 }],
      ["tianbao", { version: 5, changed: s6 }],
      ["tianbao", { version: 7, from: 6, saves: 2, changed: s6 }],
    ]);
  });

  it("refuses a stale save (CONFLICT with what is stored), and of several saves on one version only one wins", async () => {
    await freshDraft();
    await saveAs(filler);
    const stale = await saveDraftFor(colleague, reportId, { baseVersion: 1, document: edited() });
    expect(stale).toMatchObject({ ok: false, conflict: { version: 2, savedBy: "tianbao" } });
    const racing = await Promise.all(
      [filler, filler, colleague, filler].map((user) =>
        saveDraftFor(user, reportId, { baseVersion: 2, document: edited() }),
      ),
    );
    expect(racing.filter((result) => result.ok)).toHaveLength(1);
    expect((await stored()).version).toBe(3);
    // The versions the rows name are the versions written, one save each.
    const rows = await saveRows();
    expect(rows.map((row) => row.event.action === "save" && row.event.detail.version).sort()).toEqual(
      rows.length === 1 ? [3] : [2, 3],
    );
  });

  it("names the part and the limit of a refused document (tester2: a pasted 12 万字 section)", async () => {
    await freshDraft();
    const long = { ...base, narrative: { ...base.narrative, s1: "公开".repeat(60_000) } };
    await expect(saveDraftFor(filler, reportId, { baseVersion: 1, document: long })).rejects.toThrow(
      /^年报数据无效，未保存：.*一、总体情况：不能超过 100000 个字符。$/,
    );
  });

  it("refuses read-only and deleted drafts as the access check does, writing nothing", async () => {
    await freshDraft();
    const { version } = await saveAs(filler);
    const before = (await history()).length;
    const actor = { id: filler.id, name: filler.displayName };
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "SUBMITTED" } });
    expect(await appErrorCode(saveAs(filler))).toBe("READ_ONLY");
    await db.prisma.report.update({
      where: { id: reportId },
      data: { status: "DRAFT", deletedAt: new Date() },
    });
    expect(await appErrorCode(saveAs(filler))).toBe("NOT_FOUND");
    // The statement itself refuses them too (a submission or deletion between the access check and the write).
    const write = () => saveReportDraft({ id: reportId, baseVersion: version, document: edited(), actor });
    expect(await write()).toMatchObject({ ok: false, deleted: true });
    await db.prisma.report.update({
      where: { id: reportId },
      data: { status: "SUBMITTED", deletedAt: null },
    });
    expect(await write()).toMatchObject({ ok: false, deleted: false, status: "SUBMITTED" });
    expect((await stored()).version).toBe(version);
    expect(await history()).toHaveLength(before);
  });

  it("makes the 审核台's cached counts stale", async () => {
    await freshDraft();
    const { version } = await saveAs(filler);
    await storeFindingsCounts([{ id: reportId, version, errorCount: 0, warningCount: 0 }]);
    expect(await listReportsWithStaleFindings([officeId], base.year)).toEqual([]);
    await saveAs(filler);
    expect((await listReportsWithStaleFindings([officeId], base.year)).map((r) => r.id)).toEqual([reportId]);
  });

  it("keeps an import into the draft as its own row: saves after it start a new session, and it can be undone", async () => {
    await freshDraft();
    await saveAs(filler, withCells(base, { "t2.regulations.made": 1, "t3.new_received.natural_person": 1 }));
    const { version } = await applyImportIntoDraftFor(filler, reportId, {
      file: new Uint8Array(await buildTablesWorkbook(getTemplate(base.formatVersion), SOURCE)),
      fileName: "统计表.xlsx",
      baseVersion: (await stored()).version,
      part: { kind: "tables", keepWhereBlank: false },
    });
    const after = (await stored()).data as TReportDocument;
    await saveAs(filler, withCells(after, { "t2.regulations.made": 42 }));
    await saveAs(filler, withCells(after, { "t2.regulations.made": 43 }));
    const rows = await saveRows();
    expect(rows.map((row) => row.event.action === "save" && row.event.detail)).toEqual([
      expect.objectContaining({ version: 2 }),
      expect.objectContaining({ version, import: expect.objectContaining({ file: "统计表.xlsx" }) }),
      { version: version + 2, from: version + 1, saves: 2, changed: ["cell:t2.regulations.made"] },
    ]);
    const [entry] = await listImportRecords(reportId);
    const undone = await undoImportIntoDraftFor(filler, reportId, entry!.eventId, version + 2);
    expect(undone.version).toBe(version + 3);
    const undoneDocument = (await stored()).data as TReportDocument;
    expect(undoneDocument.cells["t2.regulations.made"]).toBe(43);
    expect(undoneDocument.cells["t3.new_received.natural_person"]).toBe(1);
    // The undo is a row of its own, and a save after it starts a new one.
    await saveAs(filler);
    expect((await saveRows()).map((row) => row.event.action === "save" && row.event.detail.version)).toEqual([
      2,
      version,
      version + 2,
      version + 3,
      version + 4,
    ]);
  });

  it("records which places a session changed and the history names them by the template (D60)", async () => {
    await freshDraft();
    const template = getTemplate(base.formatVersion);
    const first = withCells(
      {
        ...base,
        details: { ...base.details, title: "新标题" },
        narrative: { ...base.narrative, s3: "改写的第三部分", opening: "" },
        remarks: { t3: "注：含补正件。" },
      },
      { "t3.granted.natural_person": 99 },
    );
    await saveAs(filler, first);
    // Blank stays blank: "" for an absent value is no change; the second save of the session adds its places.
    await saveAs(filler, withCells(first, { "t2.regulations.made": 77 }));
    const [row] = await saveRows();
    expect(row?.event.action === "save" && row.event.detail.changed).toEqual([
      "cell:t2.regulations.made",
      "cell:t3.granted.natural_person",
      "details",
      ...(base.narrative.opening ? ["narrative:opening"] : []),
      "narrative:s3",
      "remarks:t3",
    ]);
    const summary = summarizeEvent(row!.event, template);
    expect(summary).toContain("报告信息；");
    expect(summary).toContain("第三部分正文；表三“（一）予以公开”自然人；表三表下说明");
    expect(summary).toContain("表二“");
    expect(summary).not.toMatch(/cell:|section:|narrative:|t3\./);
  });
});
