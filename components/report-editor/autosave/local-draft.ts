import type { TConflict, TLocalDraft, TServerVersion } from "./save-queue";

/**
 * Local recovery: edits the server has not confirmed yet are kept in the browser's storage (one entry per
 * report, JSON), so a reload, a crash or a closed tab loses nothing. Storage that is full, disabled or
 * unreadable is ignored: the server copy still works.
 */

type TStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const localDraftKey = (reportId: string) => `nianbaotong:draft:${reportId}`;

/** The browser's localStorage, or null where there is none or it may not be used. */
export const browserStorage = (): TStorage | null => {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
};

export const readLocalDraft = <TDoc>(
  storage: TStorage | null,
  reportId: string,
): TLocalDraft<TDoc> | null => {
  try {
    const raw = storage?.getItem(localDraftKey(reportId));
    return raw ? (JSON.parse(raw) as TLocalDraft<TDoc>) : null;
  } catch {
    return null;
  }
};

/** Keeps `draft` for the report, or forgets it (`null`: the server has everything). */
export const writeLocalDraft = <TDoc>(
  storage: TStorage | null,
  reportId: string,
  draft: TLocalDraft<TDoc> | null,
): void => {
  try {
    if (draft) storage?.setItem(localDraftKey(reportId), JSON.stringify(draft));
    else storage?.removeItem(localDraftKey(reportId));
  } catch {
    // Storage full or disabled: the server copy still works; nothing else to do.
  }
};

export type TRecovery<TDoc> =
  { kind: "none" } | { kind: "restore"; document: TDoc } | { kind: "conflict"; conflict: TConflict<TDoc> };

/**
 * What to do on opening a report with a local draft: nothing when there is none or it equals the server's
 * document; restore it when it is based on the server's version; otherwise both are shown as a conflict,
 * since someone saved after the draft was made.
 */
export const planRecovery = <TDoc>(
  local: TLocalDraft<TDoc> | null,
  server: TServerVersion<TDoc>,
): TRecovery<TDoc> => {
  if (!local || JSON.stringify(local.document) === JSON.stringify(server.document)) return { kind: "none" };
  if (local.baseVersion === server.version) return { kind: "restore", document: local.document };
  return { kind: "conflict", conflict: { mine: local.document, server } };
};
