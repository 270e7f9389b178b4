import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import {
  createSaveQueue,
  DEBOUNCE_MS,
  FIRST_RETRY_MS,
  LOCAL_COPY_MS,
  MAX_RETRY_MS,
  type TLocalDraft,
  type TSaveOutcome,
  type TServerVersion,
} from "./save-queue";

type TDoc = { text: string };
type TRequest = { baseVersion: number; document: TDoc };

const doc = (text: string): TDoc => ({ text });
const SAVED_AT = "2026-03-01T08:00:00.000Z";

/** A server whose answers the test gives, one request at a time. */
const fakeServer = () => {
  const requests: TRequest[] = [];
  const pending: ((outcome: TSaveOutcome<TDoc> | Error) => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = (request: TRequest) => {
    requests.push(request);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<TSaveOutcome<TDoc>>((resolve, reject) => {
      pending.push((outcome) => {
        inFlight -= 1;
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      });
    });
  };
  /** Answers the oldest open request and lets the queue react. */
  const answer = async (outcome: TSaveOutcome<TDoc> | Error) => {
    const next = pending.shift();
    if (!next) throw new Error("no request in flight");
    next(outcome);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { send, answer, requests, open: () => pending.length, maxInFlight: () => maxInFlight };
};

const setup = (options: { enabled?: boolean; offline?: boolean } = {}) => {
  const server = fakeServer();
  const local: (TLocalDraft<TDoc> | null)[] = [];
  const initial = doc("v1");
  const queue = createSaveQueue<TDoc>({
    enabled: options.enabled ?? true,
    initialVersion: 1,
    savedDocument: initial,
    initialSavedAt: SAVED_AT,
    send: server.send,
    keepLocal: (draft) => local.push(draft),
    isOffline: () => options.offline ?? false,
  });
  return { queue, server, local, initial };
};

const saved = (version: number, updatedAt: string | null = SAVED_AT): TSaveOutcome<TDoc> => ({
  kind: "saved",
  version,
  updatedAt,
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-03-02T10:00:00.000Z"));
});
afterEach(() => vi.useRealTimers());

describe("createSaveQueue", () => {
  it("starts saved at the server's time", () => {
    const { queue } = setup();
    expect(queue.getState()).toEqual({ status: { kind: "saved", at: new Date(SAVED_AT) }, conflict: null });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it("saves once, a second after the last change, based on the confirmed version", async () => {
    const { queue, server } = setup();
    queue.update(doc("a"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 100);
    queue.update(doc("ab"));
    expect(queue.getState().status).toEqual({ kind: "dirty" });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(server.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toEqual([{ baseVersion: 1, document: doc("ab") }]);
    expect(queue.getState().status).toEqual({ kind: "saving" });
    await server.answer(saved(2, "2026-03-02T10:00:05.000Z"));
    expect(queue.getState().status).toEqual({ kind: "saved", at: new Date("2026-03-02T10:00:05.000Z") });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it("keeps the unconfirmed document locally within a moment and forgets it once saved", async () => {
    const { queue, server, local } = setup();
    queue.update(doc("a"));
    await vi.advanceTimersByTimeAsync(LOCAL_COPY_MS);
    expect(local).toEqual([{ baseVersion: 1, document: doc("a"), changedAt: "2026-03-02T10:00:00.250Z" }]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer(saved(2));
    expect(local.at(-1)).toBeNull();
  });

  it("sends one request at a time and saves edits made meanwhile right after, on the new version", async () => {
    const { queue, server, local } = setup();
    queue.update(doc("a"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    queue.update(doc("ab"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.open()).toBe(1);
    await server.answer(saved(2, null));
    // The newer edit is kept locally on the new base version, then saved at once.
    expect(local.at(-1)).toEqual({
      baseVersion: 2,
      document: doc("ab"),
      changedAt: "2026-03-02T10:00:02.000Z",
    });
    expect(server.requests).toEqual([
      { baseVersion: 1, document: doc("a") },
      { baseVersion: 2, document: doc("ab") },
    ]);
    await server.answer(saved(3, null));
    expect(server.maxInFlight()).toBe(1);
    expect(queue.getState().status).toEqual({ kind: "saved", at: new Date("2026-03-02T10:00:02.000Z") });
  });

  it("retries a failed save with a doubling delay up to the maximum", async () => {
    const { queue, server } = setup();
    queue.update(doc("a"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer(new Error("network"));
    expect(queue.getState().status).toEqual({ kind: "retrying", message: "未保存，正在重试" });
    const delays: number[] = [];
    let delay = FIRST_RETRY_MS;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(server.open()).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(server.open()).toBe(1);
      delays.push(delay);
      await server.answer({ kind: "unavailable" });
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
    expect(delays).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
    expect(server.requests.every((r) => r.baseVersion === 1 && r.document.text === "a")).toBe(true);
  });

  it("shows offline while the browser is offline, and tries at once when the network is back", async () => {
    const { queue, server } = setup({ offline: true });
    queue.update(doc("a"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer(new Error("offline"));
    expect(queue.getState().status).toEqual({ kind: "offline" });
    queue.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests).toHaveLength(2);
    await server.answer(saved(2));
    expect(queue.getState().status.kind).toBe("saved");
  });

  it("stops at a conflict until the person keeps their version, which is then saved over the newer one", async () => {
    const { queue, server } = setup();
    const theirs: TServerVersion<TDoc> = {
      version: 5,
      updatedAt: "2026-03-02T09:00:00.000Z",
      document: doc("theirs"),
      savedBy: "卫健局填报人",
    };
    queue.update(doc("mine"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer({ kind: "conflict", server: theirs });
    expect(queue.getState()).toEqual({
      status: { kind: "conflict" },
      conflict: { mine: doc("mine"), server: theirs },
    });
    queue.update(doc("mine, more"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 5);
    expect(server.requests).toHaveLength(1);

    expect(queue.resolveConflict("mine")).toBeNull();
    expect(queue.getState().conflict).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests.at(-1)).toEqual({ baseVersion: 5, document: doc("mine, more") });
  });

  it("takes the server's version when the person chooses it", async () => {
    const { queue, server, local } = setup();
    const theirs = {
      version: 5,
      updatedAt: "2026-03-02T09:00:00.000Z",
      document: doc("theirs"),
      savedBy: null,
    };
    queue.update(doc("mine"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer({ kind: "conflict", server: theirs });
    expect(queue.resolveConflict("server")).toEqual(doc("theirs"));
    expect(queue.getState()).toEqual({
      status: { kind: "saved", at: new Date(theirs.updatedAt) },
      conflict: null,
    });
    expect(local.at(-1)).toBeNull();
    queue.update(theirs.document);
    expect(queue.hasUnsaved()).toBe(false);
    expect(queue.resolveConflict("server")).toBeNull();
  });

  it("stops saving after a refusal and shows the server's message", async () => {
    const { queue, server } = setup();
    queue.update(doc("a"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer({ kind: "refused", message: "该年报已提交或已发布，不能再修改。" });
    expect(queue.getState().status).toEqual({
      kind: "failed",
      message: "该年报已提交或已发布，不能再修改。",
    });
    queue.update(doc("ab"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 5);
    expect(server.requests).toHaveLength(1);
  });

  it("after content the server refuses (422), does not resend it, keeps it locally and saves the next edit (tester3)", async () => {
    const { queue, server, local } = setup();
    queue.update(doc("too long"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer({ kind: "invalid", message: "正文·一：不能超过 100000 个字符。" });
    expect(queue.getState().status).toEqual({ kind: "failed", message: "正文·一：不能超过 100000 个字符。" });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 5);
    expect(server.requests).toHaveLength(1);
    expect(local.at(-1)).toMatchObject({ document: doc("too long") });
    queue.update(doc("cut"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.requests).toHaveLength(2);
    await server.answer({ kind: "saved", version: 2, updatedAt: SAVED_AT });
    expect(queue.getState().status.kind).toBe("saved");
  });

  it("stops saving at a conflict raised from outside (a local draft on an older version)", async () => {
    const { queue, server, initial } = setup();
    const conflict = {
      mine: doc("local"),
      server: { version: 1, updatedAt: SAVED_AT, document: initial, savedBy: null },
    };
    queue.raiseConflict(conflict);
    queue.update(doc("local"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(server.requests).toHaveLength(0);
    expect(queue.getState()).toEqual({ status: { kind: "conflict" }, conflict });
  });

  it("never saves or keeps anything for a read-only editor", async () => {
    const { queue, server, local } = setup({ enabled: false });
    queue.update(doc("a"));
    queue.keepLocally();
    await queue.save();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(server.requests).toHaveLength(0);
    expect(local).toHaveLength(0);
    expect(queue.getState().status.kind).toBe("saved");
  });

  it("keeps locally on demand only what the server lacks, and tells subscribers about changes", async () => {
    const { queue, local, initial } = setup();
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    queue.keepLocally();
    expect(local).toHaveLength(0);
    queue.update(doc("a"));
    expect(listener).toHaveBeenCalledTimes(1);
    queue.keepLocally();
    expect(local).toEqual([{ baseVersion: 1, document: doc("a"), changedAt: "2026-03-02T10:00:00.000Z" }]);
    // Back to what the server has: a save finds nothing to send and reports saved.
    queue.update(initial);
    await queue.save();
    expect(queue.getState().status).toEqual({ kind: "saved", at: new Date("2026-03-02T10:00:00.000Z") });
    unsubscribe();
    queue.update(doc("b"));
    expect(listener).toHaveBeenCalledTimes(2);
    queue.dispose();
  });

  it("stops saving when the sign-in ended, and keeps every later edit on this machine", async () => {
    const { queue, server, local } = setup();
    queue.update(doc("v2"));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await server.answer({ kind: "expired" });
    expect(queue.getState().status).toEqual({ kind: "expired" });
    expect(local.at(-1)).toMatchObject({ baseVersion: 1, document: doc("v2") });

    queue.update(doc("v3"));
    await vi.advanceTimersByTimeAsync(MAX_RETRY_MS);
    expect(server.requests).toHaveLength(1);
    expect(queue.getState().status).toEqual({ kind: "expired" });
    expect(local.at(-1)).toMatchObject({ baseVersion: 1, document: doc("v3") });
    // Leaving (to sign in again) loses nothing: the edits are kept locally.
    expect(queue.hasUnsaved()).toBe(false);
  });
});

describe("a stale save with a merge rule (D57)", () => {
  type TPair = { a: string; b: string };
  const mergePair = (base: TPair, mine: TPair, theirs: TPair): TPair | null => {
    const pick = (key: keyof TPair) =>
      mine[key] === base[key] || mine[key] === theirs[key]
        ? theirs[key]
        : theirs[key] === base[key]
          ? mine[key]
          : null;
    const [a, b] = [pick("a"), pick("b")];
    if (a === null || b === null) return null;
    return a === theirs.a && b === theirs.b ? theirs : { a, b };
  };
  const setupPair = () => {
    const sent: { baseVersion: number; document: TPair }[] = [];
    const answers: TSaveOutcome<TPair>[] = [];
    const shown: TPair[] = [];
    const queue = createSaveQueue<TPair>({
      enabled: true,
      initialVersion: 1,
      savedDocument: { a: "", b: "" },
      initialSavedAt: SAVED_AT,
      send: async (request) => {
        sent.push(request);
        return answers.shift() ?? { kind: "saved" as const, version: sent.length + 10, updatedAt: SAVED_AT };
      },
      keepLocal: () => undefined,
      isOffline: () => false,
      merge: mergePair,
      onMerged: (document) => shown.push(document),
    });
    return { queue, sent, answers, shown };
  };
  const theirs = (document: TPair): TServerVersion<TPair> => ({
    version: 2,
    updatedAt: "2026-03-02T09:00:00.000Z",
    document,
    savedBy: "卫健局填报人",
  });

  it("merges a change to another field on top of the newer version and saves it on that version", async () => {
    const { queue, sent, answers, shown } = setupPair();
    answers.push({ kind: "conflict", server: theirs({ a: "标签页一", b: "" }) });
    queue.update({ a: "", b: "标签页二" });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(shown).toEqual([{ a: "标签页一", b: "标签页二" }]);
    expect(sent.at(-1)).toEqual({ baseVersion: 2, document: { a: "标签页一", b: "标签页二" } });
    expect(queue.getState()).toMatchObject({ status: { kind: "saved" }, conflict: null });
  });

  it("shows the conflict when both tabs changed the same field: the later save never silently wins", async () => {
    const { queue, sent, answers, shown } = setupPair();
    const newer = theirs({ a: "标签页一写的内容", b: "" });
    answers.push({ kind: "conflict", server: newer });
    queue.update({ a: "标签页二写的内容", b: "" });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 5);
    expect(sent).toHaveLength(1);
    expect(shown).toEqual([]);
    expect(queue.getState()).toEqual({
      status: { kind: "conflict" },
      conflict: { mine: { a: "标签页二写的内容", b: "" }, server: newer },
    });
  });

  it("takes the newer version without a dialog when it already holds the same edit (a save that landed during a reload)", async () => {
    const { queue, sent, answers, shown } = setupPair();
    const same = theirs({ a: "短文本。", b: "" });
    answers.push({ kind: "conflict", server: same });
    queue.update({ a: "短文本。", b: "" });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 5);
    expect(sent).toHaveLength(1);
    expect(shown).toEqual([same.document]);
    expect(queue.getState()).toEqual({
      status: { kind: "saved", at: new Date(same.updatedAt) },
      conflict: null,
    });
  });
});
