import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TSessionUser } from "@/lib/auth/types";
import type { TDatabase } from "@/lib/db/client";
import { demoPublishedReport } from "@/lib/db/demo-reports";
import { openTestDatabase, testDatabaseTargets } from "@/lib/db/test-databases";
import { AppError } from "@/lib/errors";
import type { TReportDocument } from "@/lib/report/schema";
import { createTestUser } from "@/lib/testing/service-fixtures";

import { saveDraftFor } from "./report-drafts";
import { loadRollupFor, makeRollupFor } from "./rollup";
import { overrideRollupCellFor } from "./rollup-override";
import { buildRollupXlsxFor, rollupXlsxOfficeId } from "./rollup-xlsx";
import { loadReportFor } from "./report-access";
import { runWorkflowAction } from "./workflow";
import { loadWorkflowView } from "./workflow-view";

const YEAR = 2025;
const CELL = "t3.new_received.natural_person";

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error("expected a refusal");
};

const withCell = (document: TReportDocument, id: string, value: number): TReportDocument => ({
  ...document,
  cells: { ...document.cells, [id]: value },
});

describe.each(testDatabaseTargets())("汇总 on $name", (target) => {
  let db: TDatabase;
  let close: () => Promise<void>;
  let reviewer: TSessionUser;
  let regionFiller: TSessionUser;
  let outsider: TSessionUser;
  const ids: Record<string, string> = {};
  const reportIds: Record<string, string> = {};

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(target));
    const region = await db.prisma.office.create({ data: { name: "区政府办" } });
    ids.region = region.id;
    for (const name of ["甲局", "乙局", "丙局"]) {
      ids[name] = (await db.prisma.office.create({ data: { name, parentId: region.id } })).id;
    }
    reviewer = await createTestUser(db, "shenhe", region.id, "REVIEWER");
    regionFiller = await createTestUser(db, "quban", region.id, "FILLER");
    outsider = await createTestUser(db, "jia", ids["甲局"]!, "REVIEWER");
    const add = async (name: string, status: "APPROVED" | "PUBLISHED" | "DRAFT", value: number) => {
      const data = withCell(demoPublishedReport(name, YEAR), CELL, value);
      data.cells["t3.granted.natural_person"] = value - 2;
      reportIds[name] = (
        await db.prisma.report.create({
          data: { officeId: ids[name]!, year: YEAR, formatVersion: data.formatVersion, status, data },
        })
      ).id;
    };
    await add("甲局", "APPROVED", 5);
    await add("乙局", "PUBLISHED", 7);
    await add("丙局", "DRAFT", 11);
  });

  afterAll(async () => {
    await close?.();
  });

  it("only the office's 审核人 may roll up; a bad choice is refused with a Chinese message, nothing written", async () => {
    expect((await failure(loadRollupFor(outsider, ids.region!, YEAR))).code).toBe("FORBIDDEN");
    expect((await failure(makeRollupFor(regionFiller, { officeId: ids.region!, year: YEAR }))).code).toBe(
      "FORBIDDEN",
    );
    const twice = await failure(
      makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR, officeIds: [ids["甲局"]!, ids["甲局"]!] }),
    );
    expect(twice).toMatchObject({ code: "INVALID", message: "重复选择了甲局，每个机关只能汇总一次。" });
    const circular = await failure(
      makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR, officeIds: [ids.region!] }),
    );
    expect(circular.message).toContain("循环汇总");
    const onlyDraft = await failure(
      makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR, officeIds: [ids["丙局"]!] }),
    );
    expect(onlyDraft.message).toContain("都还没有已通过或已发布");
    expect(await db.prisma.report.count({ where: { officeId: ids.region! } })).toBe(1); // made empty, not summed
    const made = await db.prisma.report.findFirstOrThrow({ where: { officeId: ids.region! } });
    expect((made.data as TReportDocument).rollup).toBeUndefined();
  });

  it("sums the approved and published reports, lists the draft as missing, and goes stale when it is approved", async () => {
    const before = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(before.document).toBeNull();
    expect(before.missing).toEqual([{ officeId: ids["丙局"], name: "丙局", status: "草稿" }]);

    const { reportId } = await makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR });
    const view = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(view.report?.id).toBe(reportId);
    expect(view.document?.cells[CELL]).toBe(12);
    expect(view.document?.rollup?.offices.map((o) => o.name)).toEqual(["乙局", "甲局"]); // by name
    expect(view.document?.rollup?.missing).toEqual(["丙局"]);
    expect(view.included.map((i) => i.source)).toEqual(["已发布", "已通过"]);
    expect(view.stale).toBeNull();
    expect(view.subordinateFindings.every((f) => f.message.startsWith(`来自${f.office}：`))).toBe(true);
    // The editor's findings panel of the roll-up report lists them too, as information naming the office.
    const editorView = await loadWorkflowView(reviewer, await loadReportFor(reviewer, reportId, "view"));
    expect(editorView.subordinateFindings).toHaveLength(view.subordinateFindings.length);
    expect(editorView.subordinateFindings).toContainEqual({
      ruleId: "D-02",
      severity: "info",
      message: expect.stringMatching(/^来自甲局（警告）：报告信息：机关名称“甲局”不是全称/),
      cells: [],
    });

    await db.prisma.report.update({ where: { id: reportIds["丙局"] }, data: { status: "APPROVED" } });
    const stale = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(stale.stale?.added).toEqual(["丙局"]);

    // The 提交审核 dialog of the 填报人 gets the stale change to ask a reason for (the reviewer cannot submit).
    const fillerView = await loadWorkflowView(
      regionFiller,
      await loadReportFor(regionFiller, reportId, "edit"),
    );
    expect(fillerView.staleRollup).toBe("汇总后丙局的年报有变化（新纳入 丙局）");
    expect(editorView.staleRollup).toBeNull(); // current when loaded; and the reviewer has no 提交
    expect(
      (await loadWorkflowView(reviewer, await loadReportFor(reviewer, reportId, "view"))).staleRollup,
    ).toBeNull();

    // Submitting the stale roll-up is blocked until refreshed or explained.
    const blocked = await failure(runWorkflowAction(regionFiller, reportId, { action: "submit" }));
    expect(blocked.message).toMatch(/^汇总已过期：汇总后丙局的年报有变化/);
    expect(blocked.details).toEqual({ warnings: [expect.objectContaining({ key: "rollup-stale" })] });
    const explained = await failure(
      runWorkflowAction(regionFiller, reportId, {
        action: "submit",
        explanations: { "rollup-stale": "丙局数据待核实，先行报送。" },
      }),
    );
    expect(explained.message).not.toContain("汇总已过期"); // past the roll-up check (the empty narrative is next)

    await makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR });
    const fresh = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(fresh.stale).toBeNull();
    expect(fresh.missing).toEqual([]);
    expect(fresh.document?.cells[CELL]).toBe(23);

    // A changed subordinate shows what changed.
    const changed = withCell(demoPublishedReport("甲局", YEAR), CELL, 6);
    changed.cells["t3.granted.natural_person"] = 4;
    await db.prisma.report.update({ where: { id: reportIds["甲局"] }, data: { data: changed } });
    const moved = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(moved.stale?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ office: "甲局", cellId: CELL, before: 5, after: 6 }),
      ]),
    );
  });

  it("a summed cell is overridden only with a reason, kept in the history; the editor cannot change sums", async () => {
    const view = await loadRollupFor(reviewer, ids.region!, YEAR);
    const base = { officeId: ids.region!, year: YEAR, cellId: CELL, baseVersion: view.report!.version };
    expect(
      (await failure(overrideRollupCellFor(reviewer, { ...base, value: 30, reason: "  " }))).message,
    ).toBe("调整汇总数必须写明理由。");
    // The value is read as the editor reads the cell: each refusal says what is wrong, nothing is saved.
    const refusal = async (value: number) =>
      (await failure(overrideRollupCellFor(reviewer, { ...base, value, reason: "x" }))).message;
    const label = "表三“一、本年新收政府信息公开申请数量”自然人";
    expect(await refusal(1.5)).toBe(`${label}应为整数。`);
    expect(await refusal(-1)).toBe(`${label}不能为负数。`);
    expect(await refusal(Number.NaN)).toBe(`${label}不是数字。`);
    expect(await refusal(1e300)).toBe(`${label}数值过大（不能超过 9007199254740991）。`);
    expect(
      (await failure(overrideRollupCellFor(reviewer, { ...base, value: null, reason: "x" }))).message,
    ).toBe("请填写调整后的数（数字）；要撤销调整，填回各机关合计。");
    expect(
      (
        await failure(
          overrideRollupCellFor(reviewer, {
            ...base,
            cellId: "t3.new_received.total",
            value: 1,
            reason: "x",
          }),
        )
      ).message,
    ).toContain("不是可调整的汇总单元格");
    await overrideRollupCellFor(reviewer, { ...base, value: 30, reason: "丙局漏报 7 件，已电话核实" });
    const after = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(after.document?.cells[CELL]).toBe(30);
    expect(after.document?.rollup?.overrides?.[CELL]).toEqual({
      sum: 23,
      reason: "丙局漏报 7 件，已电话核实",
    });
    const events = await db.prisma.reportEvent.findMany({
      where: { reportId: after.report!.id, action: "rollup" },
    });
    expect(events.map((e) => (e.detail as { kind: string }).kind)).toEqual(["create", "refresh", "override"]);
    expect(events[2]!.detail).toMatchObject({ reason: "丙局漏报 7 件，已电话核实", value: 30 });

    // A refresh keeps the override (with the new sum underneath).
    await makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR });
    const refreshed = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(refreshed.document?.cells[CELL]).toBe(30);
    expect(refreshed.document?.rollup?.overrides?.[CELL]?.sum).toBe(24);

    const edited = withCell(refreshed.document!, CELL, 99);
    const refused = await failure(
      saveDraftFor(regionFiller, refreshed.report!.id, {
        baseVersion: refreshed.report!.version,
        document: edited,
      }),
    );
    expect(refused.message).toContain("只能在汇总页调整");
  });

  it("the .xlsx link without office= exports the 审核人's own office, else names the missing parameter", async () => {
    expect(rollupXlsxOfficeId(reviewer, null)).toBe(ids.region);
    expect(rollupXlsxOfficeId(reviewer, "")).toBe(ids.region);
    expect(rollupXlsxOfficeId(reviewer, ids["甲局"])).toBe(ids["甲局"]);
    const { fileName } = await buildRollupXlsxFor(reviewer, rollupXlsxOfficeId(reviewer, null), YEAR);
    expect(fileName).toBe(`区政府办${YEAR}年度汇总表.xlsx`);
    const missing = await failure(Promise.resolve().then(() => rollupXlsxOfficeId(regionFiller, null)));
    expect(missing.code).toBe("INVALID");
    expect(missing.message).toContain("缺少参数 office");
  });

  it("a summed office since returned stays under 已汇总 with its state, not under 未纳入; the stale part says a refresh drops it", async () => {
    await db.prisma.report.update({ where: { id: reportIds["甲局"] }, data: { status: "RETURNED" } });
    const view = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(view.document?.rollup?.offices.map((o) => o.name)).toContain("甲局");
    expect(view.included).toContainEqual({ name: "甲局", source: "现已退回（汇总数仍含其汇总时的数）" });
    expect(view.missing.map((m) => m.name)).not.toContain("甲局");
    expect(view.stale?.removed).toEqual(["甲局"]);
    await db.prisma.report.update({ where: { id: reportIds["甲局"] }, data: { status: "APPROVED" } });
  });

  it("an office created below after the roll-up shows as missing and marks it stale (新增下级机关); a refresh takes it in", async () => {
    await makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR });
    expect((await loadRollupFor(reviewer, ids.region!, YEAR)).stale).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const created = await db.prisma.office.create({ data: { name: "丁局", parentId: ids.region! } });
    const view = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(view.missing).toContainEqual({ officeId: created.id, name: "丁局", status: "未开始" });
    expect(view.stale?.newOffices).toEqual(["丁局"]);
    const report = await loadReportFor(regionFiller, view.report!.id, "edit");
    expect((await loadWorkflowView(regionFiller, report)).staleRollup).toContain("新增下级机关：丁局");
    await makeRollupFor(reviewer, { officeId: ids.region!, year: YEAR });
    const refreshed = await loadRollupFor(reviewer, ids.region!, YEAR);
    expect(refreshed.stale).toBeNull();
    expect(refreshed.document?.rollup?.missing).toContain("丁局");
    expect(refreshed.missing.map((m) => m.name)).toContain("丁局");
  });
});
