import { describe, expect, it } from "vitest";

import { linkMarker } from "@/lib/report/linked-values";
import { createEmptyReport } from "@/lib/report/new-report";
import type { TReportDocument } from "@/lib/report/schema";

import { cellSourceText, mergeCellSources } from "./cell-source";
import { applyTableDiff, buildTableDiff, sourceMismatch } from "./into-draft";
import { buildSectionDiff, relinkMarkers } from "./section-into-draft";
import type { TImportResult } from "./types";

const A = "t3.new_received.natural_person";
const B = "t3.new_received.commercial";
const C = "t2.regulations.made";

const draft = (cells: TReportDocument["cells"], narrative: TReportDocument["narrative"] = {}) => ({
  ...createEmptyReport("某局", 2025),
  cells,
  narrative,
});

const source = (
  cells: TReportDocument["cells"],
  blanks: string[] = [],
): Pick<TImportResult, "document" | "provenance" | "blanks"> => ({
  document: draft(cells),
  blanks,
  provenance: Object.fromEntries([
    ...Object.entries(cells).map(([id, value]) => [
      id,
      { where: "第1个表格第3行", raw: String(value), how: "read" },
    ]),
    ...blanks.map((id) => [id, { where: "第1个表格第4行", raw: "", how: "blank" }]),
  ]),
});

describe("buildTableDiff", () => {
  it("lists each changed cell old → new with where the new value was read, and counts the unchanged", () => {
    const diff = buildTableDiff(draft({ [A]: 5, [B]: 2 }), source({ [A]: 7, [B]: 2 }), {
      keepWhereBlank: false,
    });
    expect(diff.changes).toEqual([
      expect.objectContaining({
        cellId: A,
        before: 5,
        after: 7,
        how: "read",
        provenance: expect.objectContaining({ raw: "7" }),
      }),
    ]);
    expect(diff.unchanged).toBe(1);
    expect(diff.changes[0]?.label).toContain("表三");
  });

  it("empties a cell the source printed blank (never 0), or keeps it when asked", () => {
    const current = draft({ [A]: 5 });
    expect(buildTableDiff(current, source({}, [A]), { keepWhereBlank: false }).changes).toEqual([
      expect.objectContaining({ cellId: A, before: 5, after: null, how: "blank" }),
    ]);
    const kept = buildTableDiff(current, source({}, [A]), { keepWhereBlank: true });
    expect(kept.changes).toEqual([]);
    expect(kept.keptBlank).toEqual([expect.objectContaining({ cellId: A, before: 5, after: 5 })]);
  });

  it("keeps the value of a cell the source could not read, and lists it as unread", () => {
    const diff = buildTableDiff(draft({ [C]: 3 }), source({ [A]: 1 }), { keepWhereBlank: false });
    expect(diff.unread).toContainEqual(
      expect.objectContaining({ cellId: C, before: 3, after: 3, how: "unread" }),
    );
    expect(diff.changes.map((change) => change.cellId)).toEqual([A]);
  });

  it("never imports a computed total", () => {
    const diff = buildTableDiff(draft({}), source({ "t3.new_received.total": 9 }), { keepWhereBlank: false });
    expect(diff.changes).toEqual([]);
    expect(diff.unread.some((row) => row.cellId.endsWith(".total"))).toBe(false);
  });
});

describe("applyTableDiff", () => {
  it("writes the new values and brings the narrative's linked values up to them", () => {
    const current = draft({ [A]: 5 }, { s3: `本年新收申请${linkMarker(B, "2")}件。` });
    const diff = buildTableDiff(current, source({ [A]: 7, [B]: 1 }), { keepWhereBlank: false });
    const next = applyTableDiff(current, diff.changes);
    expect(next.cells[A]).toBe(7);
    expect(next.narrative.s3).toBe(`本年新收申请${linkMarker(B, "1")}件。`);
  });
});

describe("sourceMismatch", () => {
  it("names both the source's and the draft's year and format", () => {
    const message = sourceMismatch({ year: 2025, formatVersion: 2021 }, { year: 2020, formatVersion: 2019 });
    expect(message).toMatch(/2020年度.*2025年度/);
    expect(message).toContain("未导入");
    expect(
      sourceMismatch({ year: 2025, formatVersion: 2021 }, { year: 2025, formatVersion: 2021 }),
    ).toBeNull();
  });
});

describe("section import", () => {
  it("shows old and new text and puts markers back on the number the new text prints", () => {
    const before = `共收到申请${linkMarker("t3.new_received.total", "75")}件，办结${linkMarker("t3.done", "70")}件。`;
    const diff = buildSectionDiff(
      draft({}, { s3: before }),
      { s3: "全年收到申请175件，其中新收75件。" },
      "s3",
      "s3",
    );
    expect(diff.before).toBe(before);
    expect(diff.after).toBe(`全年收到申请175件，其中新收${linkMarker("t3.new_received.total", "75")}件。`);
    expect(diff.relinked).toBe(1);
    expect(diff.dropped).toEqual([{ sourceId: "t3.done", printed: "70" }]);
  });

  it("takes another section of the source and keeps markers the new text already has", () => {
    const marker = linkMarker("t2.rules.made", "3");
    const diff = buildSectionDiff(draft({}, { s5: "旧文字" }), { s1: ` 新制定${marker}件 ` }, "s1", "s5");
    expect(diff).toMatchObject({
      from: "s1",
      to: "s5",
      before: "旧文字",
      after: `新制定${marker}件`,
      dropped: [],
    });
  });

  it("does not take a number that is part of a larger one or already linked", () => {
    expect(relinkMarkers(linkMarker("x.a", "7"), "第17项，7.5万元").dropped).toHaveLength(1);
    const twice = `${linkMarker("x.a", "7")}和${linkMarker("x.b", "7")}`;
    expect(relinkMarkers(twice, "共7件").text).toBe(`共${linkMarker("x.a", "7")}件`);
  });
});

describe("mergeCellSources", () => {
  const original = {
    file: "原件.pdf",
    provenance: { [A]: { where: "第2页", raw: "5", how: "read" as const } },
  };
  const record = {
    file: "统计表.xlsx",
    cells: [
      { cellId: A, after: 7, where: "表三第3行", raw: "7", how: "read" as const },
      { cellId: B, after: null, where: "表三第3行", raw: "", how: "blank" as const },
      { cellId: C, after: 4, where: "表二第2行", raw: "4", how: "read" as const },
    ],
  };

  it("takes the last import of each cell over the original, and says 原报告空白 for a blank", () => {
    const sources = mergeCellSources(original, [record], { [A]: 7, [C]: 4 });
    expect(cellSourceText(sources[A]!)).toBe("导入自“统计表.xlsx”表三第3行，原文“7”");
    expect(cellSourceText(sources[B]!)).toBe("导入自“统计表.xlsx”表三第3行，原报告空白");
  });

  it("drops a cell typed over since the import, and keeps the original where no import touched it", () => {
    const sources = mergeCellSources(original, [record], { [A]: 7, [C]: 40 });
    expect(sources[C]).toBeUndefined();
    expect(mergeCellSources(original, [], {})[A]).toMatchObject({ file: "原件.pdf", where: "第2页" });
  });
});
