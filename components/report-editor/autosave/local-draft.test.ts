import { describe, expect, it } from "vitest";

import { localDraftKey, planRecovery, readLocalDraft, writeLocalDraft } from "./local-draft";

type TDoc = { text: string };

/** An in-memory Storage; `failing` makes every call throw, like a full or disabled storage. */
const fakeStorage = (failing = false) => {
  const items = new Map<string, string>();
  const guard = () => {
    if (failing) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
  return {
    items,
    getItem: (key: string) => (guard(), items.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), void items.set(key, value)),
    removeItem: (key: string) => (guard(), void items.delete(key)),
  };
};

const draft = { baseVersion: 3, document: { text: "本机" }, changedAt: "2026-03-02T10:00:00.000Z" };
const server = {
  version: 3,
  updatedAt: "2026-03-02T09:00:00.000Z",
  document: { text: "服务器" },
  savedBy: null,
};

describe("local drafts", () => {
  it("keeps one JSON entry per report and forgets it on null", () => {
    const storage = fakeStorage();
    writeLocalDraft(storage, "r1", draft);
    expect(localDraftKey("r1")).toBe("nianbaotong:draft:r1");
    expect(JSON.parse(storage.items.get("nianbaotong:draft:r1") ?? "")).toEqual(draft);
    expect(readLocalDraft<TDoc>(storage, "r1")).toEqual(draft);
    expect(readLocalDraft<TDoc>(storage, "r2")).toBeNull();
    writeLocalDraft(storage, "r1", null);
    expect(storage.items.size).toBe(0);
  });

  it("ignores storage that is missing, failing or holds something unreadable", () => {
    expect(readLocalDraft(null, "r1")).toBeNull();
    expect(() => writeLocalDraft(null, "r1", draft)).not.toThrow();
    const failing = fakeStorage(true);
    expect(() => writeLocalDraft(failing, "r1", draft)).not.toThrow();
    expect(readLocalDraft(failing, "r1")).toBeNull();
    const garbled = fakeStorage();
    garbled.items.set(localDraftKey("r1"), "{not json");
    expect(readLocalDraft(garbled, "r1")).toBeNull();
  });
});

describe("planRecovery", () => {
  it("does nothing without a draft or when the draft equals the server's document", () => {
    expect(planRecovery<TDoc>(null, server)).toEqual({ kind: "none" });
    expect(planRecovery<TDoc>({ ...draft, document: { text: "服务器" } }, server)).toEqual({ kind: "none" });
  });

  it("restores a draft based on the server's version", () => {
    expect(planRecovery<TDoc>(draft, server)).toEqual({ kind: "restore", document: draft.document });
  });

  it("shows a draft based on an older version as a conflict with the server's", () => {
    expect(planRecovery<TDoc>(draft, { ...server, version: 4 })).toEqual({
      kind: "conflict",
      conflict: { mine: draft.document, server: { ...server, version: 4 } },
    });
  });
});
