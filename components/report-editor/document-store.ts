import type { TReportDocument } from "@/lib/report/schema";

import { documentReducer, type TDocumentAction } from "./document-state";

/** A document without its cells: what the editor around a statistics table shows. */
export type TDocumentShell = Omit<TReportDocument, "cells">;

/**
 * The editor's document, held outside React (issue 17): a keystroke in a table changes only the cells, and only
 * what subscribes to the whole document re-renders for it — the table itself — while the editor around it reads
 * the shell, which stays the same object. Every change is a `TDocumentAction` applied by `documentReducer`.
 */
export interface TDocumentStore {
  /** The document now (a new object after every change). */
  get(): TReportDocument;
  /** The document without its cells: the same object until something other than the cells changes. */
  getShell(): TDocumentShell;
  /** Applies the action and tells every listener, synchronously (before React renders anything). */
  dispatch(action: TDocumentAction): void;
  /** Calls `listener` after every change; returns the unsubscribe. Fits `useSyncExternalStore`. */
  subscribe(listener: () => void): () => void;
}

const withoutCells = (document: TReportDocument): TDocumentShell => {
  const shell: Partial<TReportDocument> = { ...document };
  delete shell.cells;
  return shell as TDocumentShell;
};

/** Whether two documents differ in their cells at most (every other field the same object or value). */
const sameShell = (a: TReportDocument, b: TReportDocument): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete("cells");
  for (const key of keys)
    if (a[key as keyof TReportDocument] !== b[key as keyof TReportDocument]) return false;
  return true;
};

/** A store holding `initial` until the first action. */
export const createDocumentStore = (initial: TReportDocument): TDocumentStore => {
  let document = initial;
  let shellSource = initial;
  let shell = withoutCells(initial);
  const listeners = new Set<() => void>();
  return {
    get: () => document,
    getShell: () => {
      if (shellSource !== document) {
        if (!sameShell(shellSource, document)) shell = withoutCells(document);
        shellSource = document;
      }
      return shell;
    },
    dispatch: (action) => {
      const next = documentReducer(document, action);
      if (next === document) return;
      document = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
};
