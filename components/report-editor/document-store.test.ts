import { describe, expect, it } from "vitest";

import { createEmptyReport } from "@/lib/report/new-report";

import { createDocumentStore } from "./document-store";

describe("createDocumentStore", () => {
  it("applies each action and tells every listener, in the action's call", () => {
    const store = createDocumentStore(createEmptyReport("测试机关", 2025));
    const seen: unknown[] = [];
    store.subscribe(() => seen.push(store.get().cells["t3.granted.natural_person"]));
    store.dispatch({ type: "setCells", values: { "t3.granted.natural_person": 4 } });
    expect(seen).toEqual([4]);
    store.dispatch({ type: "setCells", values: { "t3.granted.natural_person": null } });
    expect(seen).toEqual([4, undefined]);
    expect(store.get().cells).not.toHaveProperty("t3.granted.natural_person");
  });

  it("keeps the shell while only cells change, and renews it when anything else does", () => {
    const first = createEmptyReport("测试机关", 2025);
    first.narrative.s1 = "普通文字。";
    const store = createDocumentStore(first);
    const shell = store.getShell();
    expect(shell).not.toHaveProperty("cells");
    expect(shell.narrative).toBe(first.narrative);

    store.dispatch({ type: "setCells", values: { "t3.granted.natural_person": 1 } });
    store.dispatch({ type: "setCells", values: { "t3.granted.commercial": 2 } });
    expect(store.get()).not.toBe(first);
    expect(store.getShell()).toBe(shell);

    store.dispatch({ type: "setNarrative", key: "s1", text: "改过的文字。" });
    const renewed = store.getShell();
    expect(renewed).not.toBe(shell);
    expect(renewed.narrative.s1).toBe("改过的文字。");
    expect(renewed).not.toHaveProperty("cells");
    expect(store.getShell()).toBe(renewed);
  });

  it("renews the shell when a cell change refreshes a linked number in the text", () => {
    const first = createEmptyReport("测试机关", 2025);
    first.narrative.s1 = "收到申请{{值:t3.new_received.total|5}}件。";
    const store = createDocumentStore(first);
    const shell = store.getShell();
    const columns = [
      "natural_person",
      "commercial",
      "research",
      "public_interest",
      "legal_service",
      "other_org",
    ];
    store.dispatch({
      type: "setCells",
      values: Object.fromEntries(columns.map((col, i) => [`t3.new_received.${col}`, i === 0 ? 7 : 0])),
    });
    expect(store.getShell()).not.toBe(shell);
    expect(store.getShell().narrative.s1).toBe("收到申请{{值:t3.new_received.total|7}}件。");
  });

  it("stops telling a listener once it unsubscribes, and says nothing when the document stays the same", () => {
    const first = createEmptyReport("测试机关", 2025);
    const store = createDocumentStore(first);
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.dispatch({ type: "replace", document: first });
    expect(calls).toBe(0);
    store.dispatch({ type: "setDetails", details: { ...first.details, agencyName: "新名称" } });
    expect(calls).toBe(1);
    unsubscribe();
    store.dispatch({ type: "setDetails", details: { ...first.details, agencyName: "又一个名称" } });
    expect(calls).toBe(1);
    expect(store.get().details.agencyName).toBe("又一个名称");
  });
});
