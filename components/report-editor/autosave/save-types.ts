/** The shapes the autosave queue (save-queue.ts) shares with the save client and local recovery. */

export type TSaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "retrying"; message: string }
  | { kind: "offline" }
  | { kind: "conflict" }
  | { kind: "failed"; message: string }
  /** The sign-in ended (401): no more saves; the edits stay on this machine until the person signs in again. */
  | { kind: "expired" };

/** The version a server has: number, when (ISO 8601), the document and who saved it. */
export interface TServerVersion<TDoc> {
  version: number;
  updatedAt: string;
  document: TDoc;
  savedBy: string | null;
}

export interface TConflict<TDoc> {
  mine: TDoc;
  server: TServerVersion<TDoc>;
}

/** An unconfirmed document kept on this machine, with the version it is based on. */
export interface TLocalDraft<TDoc> {
  baseVersion: number;
  document: TDoc;
  changedAt: string;
}

/** How the server answered one save. `unavailable` (and a rejected promise) is retried later. */
export type TSaveOutcome<TDoc> =
  | { kind: "saved"; version: number; updatedAt: string | null }
  | { kind: "conflict"; server: TServerVersion<TDoc> }
  | { kind: "refused"; message: string }
  /** The server refused this document's content (422, 413): the person can change it, and the next edit saves. */
  | { kind: "invalid"; message: string }
  | { kind: "expired" }
  | { kind: "unavailable" };
