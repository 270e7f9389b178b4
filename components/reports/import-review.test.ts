import { describe, expect, it } from "vitest";

import { createEmptyReport } from "@/lib/report/new-report";
import type { TImportReview } from "@/lib/services/import-report";
import { getTemplate } from "@/lib/template";

import { applyChoices, cellMark, chosenCells, narrativeRead, tableCounts } from "./import-review";

const document = createEmptyReport("某县人民政府办公室", 2023);
const template = getTemplate(document.formatVersion);
const t2 = template.cells.filter((c) => c.table === "t2");
const plain = t2.filter((c) => !c.sumOf);
const total = template.cells.find((c) => c.sumOf)!;

const review = (over: Partial<TImportReview> = {}): TImportReview => ({
  document,
  provenance: {},
  blanks: [],
  choices: [],
  problems: [],
  source: { kind: "text", label: "粘贴的文字" },
  findings: [],
  ...over,
});

describe("applyChoices", () => {
  const choice = {
    table: "t2" as const,
    rowLabel: "规章",
    cellIds: [plain[0]!.id, plain[1]!.id, total.id],
    raw: "88556",
    where: "第3行",
    candidates: [
      [88, 55, 6],
      [8, 855, 6],
    ],
  };

  it("writes the picked candidate into the cells, a total's value into printedTotals", () => {
    const applied = applyChoices(review({ choices: [choice] }), { 0: 1 });
    expect(applied.cells[plain[0]!.id]).toBe(8);
    expect(applied.cells[plain[1]!.id]).toBe(855);
    expect(applied.cells[total.id]).toBeUndefined();
    expect(applied.printedTotals?.[total.id]).toBe(6);
  });

  it("leaves the cells of an unpicked choice as read", () => {
    const applied = applyChoices(review({ choices: [choice] }), {});
    expect(applied.cells).toEqual(document.cells);
    expect(applied.printedTotals).toEqual({});
  });
});

describe("tableCounts", () => {
  it("counts each cell once: choice, then unread, blank, split, read", () => {
    const [a, b, c, d, e] = plain;
    const counts = tableCounts(
      review({
        document: { ...document, cells: { [a!.id]: 3, [b!.id]: 4, [e!.id]: null } },
        provenance: {
          [a!.id]: { where: "第1行", raw: "3", how: "read" },
          [b!.id]: { where: "第1行", raw: "34", how: "split" },
          [c!.id]: { where: "第2行", raw: "", how: "blank" },
          [d!.id]: { where: "第2行", raw: "5", how: "read" },
          [e!.id]: { where: "第2行", raw: "？", how: "read" },
        },
        choices: [
          { table: "t2", rowLabel: "x", cellIds: [d!.id], raw: "5", where: "第2行", candidates: [[5]] },
        ],
      }),
    );
    expect(counts.map((entry) => entry.table)).toEqual(["t2", "t3", "t4"]);
    expect(counts[0]!.counts).toEqual({ read: 1, split: 1, blank: 1, choice: 1, unread: t2.length - 4 });
    const t3 = template.cells.filter((cell) => cell.table === "t3").length;
    expect(counts[1]!.counts).toEqual({ read: 0, split: 0, blank: 0, choice: 0, unread: t3 });
  });
});

describe("narrativeRead", () => {
  it("names the parts read, in the report's order", () => {
    expect(narrativeRead({ ...document, narrative: { s5: "问题", opening: "开头" } })).toBe(
      "开头段落、五、存在的主要问题",
    );
    expect(narrativeRead(document)).toBe("（未读到）");
  });
});

describe("cellMark (the review's mark of each cell)", () => {
  it("marks a read cell, a blank one, an unread one and one waiting for a choice", async () => {
    const { importText } = await import("@/lib/import/import-report");
    const text = (await import("node:fs")).readFileSync(
      "/work/shared/seeds-extra/09_pingtan_2022.txt",
      "utf8",
    );
    const outcome = importText(text);
    if (!outcome.ok) throw new Error(outcome.error);
    const review = outcome.result as unknown as Parameters<typeof cellMark>[0];
    const chosen = chosenCells(review);
    expect(cellMark(review, "t3.new_received.natural_person", chosen)).toBe("split");
    expect(cellMark(review, "t2.normative_documents.made", chosen)).toBe("choice");
    expect(cellMark({ ...review, provenance: {} }, "t4.review.total", chosen)).toBe("unread");
    expect(cellMark(review, "t4.review.total", chosen)).toBe("read");
  });
});
