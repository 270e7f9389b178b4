import { describe, expect, it } from "vitest";

import { mergeReports } from "./merge";
import { asEdited, loadExample, withCells } from "./testing/fixtures";

const base = asEdited(loadExample("gaoxin2021"));
const withText = (doc: typeof base, key: "s5" | "s1", text: string) => ({
  ...structuredClone(doc),
  narrative: { ...doc.narrative, [key]: text },
});

describe("mergeReports (D57: the merge rule of two saves from one version)", () => {
  it("calls the same section written differently in two tabs a conflict, naming the field", () => {
    const mine = withText(base, "s5", "标签页二写的内容");
    const theirs = withText(base, "s5", "标签页一写的内容");
    expect(mergeReports(base, mine, theirs)).toEqual({ kind: "conflict", fields: ["narrative.s5"] });
  });

  it("calls one cell changed to two different values a conflict, even beside changes that would merge", () => {
    const mine = withText(withCells(base, { "t3.carried_over.natural_person": 7 }), "s1", "我的总体情况");
    const theirs = withCells(base, { "t3.carried_over.natural_person": 9 });
    expect(mergeReports(base, mine, theirs)).toEqual({
      kind: "conflict",
      fields: ["cells.t3.carried_over.natural_person"],
    });
  });

  it("merges changes to different sections and cells: both sides' edits are kept", () => {
    const mine = withCells(withText(base, "s5", "我改了第五部分"), { "t3.carried_over.commercial": 3 });
    const theirs = withCells(withText(base, "s1", "对方改了第一部分"), {
      "t3.carried_over.natural_person": 9,
    });
    const result = mergeReports(base, mine, theirs);
    expect(result.kind).toBe("merged");
    if (result.kind !== "merged") return;
    expect(result.document.narrative.s5).toBe("我改了第五部分");
    expect(result.document.narrative.s1).toBe("对方改了第一部分");
    expect(result.document.cells["t3.carried_over.commercial"]).toBe(3);
    expect(result.document.cells["t3.carried_over.natural_person"]).toBe(9);
  });

  it("keeps a cell one side cleared and a detail one side changed", () => {
    const mine = withCells(base, { "t3.carried_over.natural_person": undefined });
    const theirs = { ...structuredClone(base), details: { ...base.details, title: "对方改了标题" } };
    const result = mergeReports(base, mine, theirs);
    if (result.kind !== "merged") throw new Error("expected a merge");
    expect("t3.carried_over.natural_person" in result.document.cells).toBe(false);
    expect(result.document.details).toEqual(theirs.details);
  });

  it("returns the newer version itself when both made the same change (nothing left to save)", () => {
    const mine = withText(base, "s5", "同样的内容");
    const theirs = withText(base, "s5", "同样的内容");
    expect(mergeReports(base, mine, theirs)).toEqual({ kind: "merged", document: theirs });
    const result = mergeReports(base, mine, theirs);
    expect(result.kind === "merged" && result.document).toBe(theirs);
  });
});
