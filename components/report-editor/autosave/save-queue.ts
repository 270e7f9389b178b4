/**
 * The autosave scheduler, without React or HTTP: about a second after the last change one save, never two
 * at a time, each based on the version the server last confirmed; failures retry with a doubling delay;
 * a stale base version merges edits to other fields (`merge`) or stops saving until the person resolves the conflict. The unconfirmed document is
 * handed to `keepLocal` within a moment of each change, and `null` once the server has it all.
 * Documents are compared by identity: every edit makes a new one (see `documentReducer`).
 */

import type { TConflict, TLocalDraft, TSaveOutcome, TSaveStatus, TServerVersion } from "./save-types";

export type { TConflict, TLocalDraft, TSaveOutcome, TSaveStatus, TServerVersion };

export interface TSaveQueueOptions<TDoc> {
  /** A read-only editor never saves. */
  enabled: boolean;
  /** The version the server has, and its document and save time (ISO 8601, or null if unknown). */
  initialVersion: number;
  savedDocument: TDoc;
  initialSavedAt: string | null;
  send(request: { baseVersion: number; document: TDoc }): Promise<TSaveOutcome<TDoc>>;
  keepLocal(draft: TLocalDraft<TDoc> | null): void;
  isOffline(): boolean;
  /**
   * Someone saved since our base: merge our edits into theirs (`base` is the document our base version
   * had). Returns the merged document — `theirs` itself when ours adds nothing — or null when both changed
   * one field (then the person chooses). Without it every stale save is a conflict.
   */
  merge?(base: TDoc, mine: TDoc, theirs: TDoc): TDoc | null;
  /** The editor shows the merged document (ours on top of the newer version). */
  onMerged?(document: TDoc): void;
}

export interface TSaveQueueState<TDoc> {
  status: TSaveStatus;
  conflict: TConflict<TDoc> | null;
}

export const DEBOUNCE_MS = 1000;
export const LOCAL_COPY_MS = 250;
export const FIRST_RETRY_MS = 2000;
export const MAX_RETRY_MS = 30_000;

const PENDING = new Set<TSaveStatus["kind"]>(["dirty", "saving", "retrying", "offline"]);

/**
 * Creates the queue for one editor. `update` is called with every new document; `subscribe`/`getState`
 * fit `useSyncExternalStore`. Timers are the global ones; `dispose` clears the pending save.
 */
export const createSaveQueue = <TDoc>(options: TSaveQueueOptions<TDoc>) => {
  let state: TSaveQueueState<TDoc> = {
    status: { kind: "saved", at: options.initialSavedAt ? new Date(options.initialSavedAt) : null },
    conflict: null,
  };
  const listeners = new Set<() => void>();
  let version = options.initialVersion;
  let confirmed = options.savedDocument;
  let latest = options.savedDocument;
  let inFlight = false;
  let again = false;
  let blocked = false;
  /** The session ended: saving stops, the local copy goes on (recovered after signing in again). */
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let localTimer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = FIRST_RETRY_MS;
  let mergedListener = options.onMerged;

  const publish = (next: Partial<TSaveQueueState<TDoc>>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), delay);
  };

  const block = (conflict: TConflict<TDoc>) => {
    blocked = true;
    publish({ conflict, status: { kind: "conflict" } });
  };

  const retryLater = () => {
    publish({
      status: options.isOffline() ? { kind: "offline" } : { kind: "retrying", message: "未保存，正在重试" },
    });
    schedule(retryDelay);
    retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
  };

  const accept = (snapshot: TDoc, outcome: Extract<TSaveOutcome<TDoc>, { kind: "saved" }>) => {
    version = outcome.version;
    confirmed = snapshot;
    retryDelay = FIRST_RETRY_MS;
    if (latest === snapshot) {
      options.keepLocal(null);
      publish({
        status: { kind: "saved", at: outcome.updatedAt ? new Date(outcome.updatedAt) : new Date() },
      });
    } else {
      options.keepLocal({ baseVersion: version, document: latest, changedAt: new Date().toISOString() });
      again = true;
    }
  };

  /**
   * A save found a newer version: edits to other fields merge on top of it and are saved again; the same
   * field changed on both sides stops saving until the person chooses (D57).
   */
  const rebase = (snapshot: TDoc, server: TServerVersion<TDoc>) => {
    const merged = options.merge?.(confirmed, latest, server.document) ?? null;
    if (merged === null) return block({ mine: snapshot, server });
    version = server.version;
    confirmed = server.document;
    latest = merged;
    mergedListener?.(merged);
    if (merged === confirmed) {
      options.keepLocal(null);
      publish({ status: { kind: "saved", at: new Date(server.updatedAt) } });
    } else again = true;
  };

  /** Saves the latest document now, or right after the save in flight. */
  const save = async (): Promise<void> => {
    if (!options.enabled || blocked || expired) return;
    if (inFlight) {
      again = true;
      return;
    }
    const snapshot = latest;
    if (snapshot === confirmed) {
      if (state.status.kind !== "saved") publish({ status: { kind: "saved", at: new Date() } });
      return;
    }
    inFlight = true;
    publish({ status: { kind: "saving" } });
    try {
      const outcome = await options
        .send({ baseVersion: version, document: snapshot })
        .catch((): TSaveOutcome<TDoc> => ({ kind: "unavailable" }));
      if (outcome.kind === "saved") accept(snapshot, outcome);
      else if (outcome.kind === "conflict") rebase(snapshot, outcome.server);
      else if (outcome.kind === "expired") {
        expired = true;
        keepLocally();
        publish({ status: { kind: "expired" } });
      } else if (outcome.kind === "refused") {
        blocked = true;
        publish({ status: { kind: "failed", message: outcome.message } });
      } else if (outcome.kind === "invalid") {
        // The person can mend the content (tester3: a section cut back under its limit was never saved): the
        // document stays kept locally, and the next edit saves again; the same document is not sent twice.
        if (latest === snapshot) publish({ status: { kind: "failed", message: outcome.message } });
        else again = true;
      } else retryLater();
    } finally {
      inFlight = false;
      if (again && !blocked) {
        again = false;
        void save();
      }
    }
  };

  /** Hands the unconfirmed document to `keepLocal` now (also when the page goes away). */
  const keepLocally = () => {
    if (localTimer) clearTimeout(localTimer);
    localTimer = null;
    if (!options.enabled || blocked || latest === confirmed) return;
    options.keepLocal({ baseVersion: version, document: latest, changedAt: new Date().toISOString() });
  };

  /** A new document from the editor: kept locally within a moment, saved after a pause in typing. */
  const update = (document: TDoc) => {
    latest = document;
    if (!options.enabled || document === confirmed || blocked) return;
    if (!localTimer) localTimer = setTimeout(keepLocally, LOCAL_COPY_MS);
    if (expired) return;
    if (!PENDING.has(state.status.kind)) publish({ status: { kind: "dirty" } });
    schedule(DEBOUNCE_MS);
  };

  /** The network is back: try at once, and start the backoff over. */
  const online = () => {
    retryDelay = FIRST_RETRY_MS;
    void save();
  };

  /**
   * The person chose: keep theirs (saved over the newer version) or take the server's, which is returned
   * for the editor to show. Returns null when there is nothing to resolve or the choice was "mine".
   */
  const resolveConflict = (choice: "mine" | "server"): TDoc | null => {
    const { conflict } = state;
    if (!conflict) return null;
    version = conflict.server.version;
    blocked = false;
    confirmed = conflict.server.document;
    if (choice === "server") {
      options.keepLocal(null);
      publish({ conflict: null, status: { kind: "saved", at: new Date(conflict.server.updatedAt) } });
      return conflict.server.document;
    }
    publish({ conflict: null });
    schedule(0);
    return null;
  };

  return {
    update,
    save,
    keepLocally,
    online,
    resolveConflict,
    /** A conflict found outside a save (a local draft based on an older version): stop until resolved. */
    raiseConflict: block,
    /** Sets who shows a merged document (in place of `onMerged`); returns the undo. */
    listenMerged: (listener: (document: TDoc) => void) => {
      mergedListener = listener;
      return () => void (mergedListener = options.onMerged);
    },
    /** Edits not on the server; after the session ended they are on this machine, so leaving loses nothing. */
    hasUnsaved: () => !expired && latest !== confirmed,
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose: () => {
      if (timer) clearTimeout(timer);
    },
  };
};

export type TSaveQueue<TDoc> = ReturnType<typeof createSaveQueue<TDoc>>;
