import { describe, expect, it } from "vitest";

import { getTemplate } from "@/lib/template";

import {
  isClipboardBlock,
  isComposingKey,
  moveFrom,
  navigationRows,
  parseClipboardBlock,
  planPaste,
} from "./table-navigation";

const template = getTemplate(2021);
const t3 = navigationRows(template, template.tables.t3);
const t2 = navigationRows(template, template.tables.t2);

describe("table navigation", () => {
  it("lists table 三's 25 value rows of 7 cells each", () => {
    expect(t3).toHaveLength(25);
    expect(t3.every((row) => row.length === 7)).toBe(true);
    expect(t3[0]?.map((c) => c.column)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it("moves down the same column, over the computed （七）总计 row", () => {
    expect(moveFrom(t3, "t3.new_received.commercial", "down")).toBe("t3.carried_over.commercial");
    expect(moveFrom(t3, "t3.other_other.commercial", "down")).toBe("t3.carried_forward.commercial");
    expect(moveFrom(t3, "t3.carried_forward.commercial", "down")).toBeNull();
    expect(moveFrom(t3, "t3.carried_over.natural_person", "up")).toBe("t3.new_received.natural_person");
  });

  it("moves right over the computed 总计 column to the next row", () => {
    expect(moveFrom(t3, "t3.new_received.other_org", "right")).toBe("t3.carried_over.natural_person");
    expect(moveFrom(t3, "t3.carried_over.natural_person", "left")).toBe("t3.new_received.other_org");
  });

  it("moves between table 二's blocks of different widths", () => {
    expect(moveFrom(t2, "t2.normative_documents.made", "down")).toBe("t2.licensing.decisions");
    expect(moveFrom(t2, "t2.normative_documents.valid", "down")).toBe("t2.licensing.decisions");
    expect(moveFrom(t2, "t2.licensing.decisions", "up")).toBe("t2.normative_documents.made");
    expect(moveFrom(t2, "t2.punishment.decisions", "down")).toBe("t2.coercion.decisions");
  });

  it("pastes a block copied from a spreadsheet, skipping totals and counting what falls outside", () => {
    const plan = planPaste(
      t3,
      "t3.new_received.natural_person",
      "3\t1\t0\t0\t0\t0\t4\n0\t0\t0\t0\t0\t0\t0\t9\n",
    );
    expect(plan.values["t3.new_received.natural_person"]).toBe("3");
    expect(plan.values["t3.new_received.commercial"]).toBe("1");
    expect(plan.values["t3.carried_over.other_org"]).toBe("0");
    expect(Object.keys(plan.values)).toHaveLength(12);
    expect(plan.skippedTotals).toBe(2);
    expect(plan.outside).toBe(1);
  });
});

describe("pasting from Excel and WPS", () => {
  it("keeps a quoted cell holding a line break in its cell, not a new row", () => {
    const text = '3\t"2\r\n(含1件补正)"\t1\r\n4\t5\t6\r\n';
    expect(parseClipboardBlock(text)).toEqual([
      ["3", "2\n(含1件补正)", "1"],
      ["4", "5", "6"],
    ]);
    const plan = planPaste(t3, "t3.new_received.natural_person", text);
    expect(plan.values).toEqual({
      "t3.new_received.natural_person": "3",
      "t3.new_received.commercial": "2\n(含1件补正)",
      "t3.new_received.research": "1",
      "t3.carried_over.natural_person": "4",
      "t3.carried_over.commercial": "5",
      "t3.carried_over.research": "6",
    });
    // Nothing in the third row (where the broken line used to land) is touched.
    expect(Object.keys(plan.values).some((id) => id.startsWith("t3.granted."))).toBe(false);
  });

  it("reads doubled quotes inside a quoted cell and keeps empty cells of the block", () => {
    expect(parseClipboardBlock('"说""明"\t\t7\n')).toEqual([['说"明', "", "7"]]);
    const plan = planPaste(t3, "t3.new_received.natural_person", "1\t\t7");
    expect(plan.values["t3.new_received.commercial"]).toBe("");
    expect(Object.keys(plan.values)).toHaveLength(3);
  });

  it("treats one plain value as typing and a block or a quoted cell as a paste", () => {
    expect(isClipboardBlock("12")).toBe(false);
    expect(isClipboardBlock("12\n")).toBe(false);
    expect(isClipboardBlock("1\t2")).toBe(true);
    expect(isClipboardBlock("1\n2")).toBe(true);
    expect(isClipboardBlock('"2\n(含1件补正)"')).toBe(true);
  });
});

describe("input method keys", () => {
  it("leaves keys to a composing input method, by flag or by keyCode 229", () => {
    expect(isComposingKey({ isComposing: true, keyCode: 13 })).toBe(true);
    expect(isComposingKey({ isComposing: false, keyCode: 229 })).toBe(true);
    expect(isComposingKey({ isComposing: false, keyCode: 13 })).toBe(false);
  });
});
