"use client";

import { useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";

import { mergeReports } from "@/lib/report/merge";
import type { TReportDocument } from "@/lib/report/schema";

import { browserStorage, planRecovery, readLocalDraft, writeLocalDraft } from "./autosave/local-draft";
import { sendDraft } from "./autosave/save-client";
import { createSaveQueue } from "./autosave/save-queue";
import { useLeaveGuard } from "./autosave/use-leave-guard";
import type { TDocumentStore } from "./document-store";

interface TOptions {
  reportId: string;
  enabled: boolean;
  /** The editor's document: every change is handed to the save queue as it is made. */
  store: Pick<TDocumentStore, "get" | "subscribe">;
  /** The document as the server has it at `initialVersion`. */
  savedDocument: TReportDocument;
  initialVersion: number;
  initialSavedAt: string | null;
  /**
   * Called once on opening with edits found on this machine that the server never got: `restored` when
   * they are based on the server's version (they will be saved), `conflict` when someone saved since (the
   * conflict is raised for the person to resolve).
   */
  onRecover(document: TReportDocument, how: "restored" | "conflict"): void;
  /** Someone saved other fields meanwhile: the editor shows ours merged on top of theirs (D57). */
  onMerged(document: TReportDocument): void;
}

/**
 * Autosave for one report (see `createSaveQueue`): saves to the server, keeps unconfirmed edits in
 * localStorage, guards leaving with unsaved edits and recovers local edits on opening. A stale base version
 * merges edits to other fields (D57) or comes back as a conflict for the person to resolve — never a silent
 * overwrite. `reportId` and `enabled`
 * are read once: the page remounts the editor for another report or status.
 */
export const useAutosave = ({
  reportId,
  enabled,
  store,
  savedDocument,
  initialVersion,
  initialSavedAt,
  onRecover,
  onMerged,
}: TOptions) => {
  const [queue] = useState(() =>
    createSaveQueue<TReportDocument>({
      enabled,
      initialVersion,
      savedDocument,
      initialSavedAt,
      send: (request) => sendDraft(reportId, request),
      keepLocal: (draft) => writeLocalDraft(browserStorage(), reportId, draft),
      isOffline: () => typeof navigator !== "undefined" && !navigator.onLine,
      merge: (base, mine, theirs) => {
        const result = mergeReports(base, mine, theirs);
        return result.kind === "merged" ? result.document : null;
      },
    }),
  );
  const { status, conflict } = useSyncExternalStore(queue.subscribe, queue.getState, queue.getState);

  useEffect(() => {
    queue.update(store.get());
    return store.subscribe(() => queue.update(store.get()));
  }, [queue, store]);
  useEffect(() => queue.listenMerged(onMerged), [queue, onMerged]);

  useEffect(() => {
    window.addEventListener("online", queue.online);
    return () => {
      window.removeEventListener("online", queue.online);
      queue.dispose();
    };
  }, [queue]);

  useLeaveGuard(queue);

  const recover = useEffectEvent(() => {
    if (!enabled) return;
    const plan = planRecovery(readLocalDraft<TReportDocument>(browserStorage(), reportId), {
      version: initialVersion,
      updatedAt: initialSavedAt ?? "",
      document: savedDocument,
      savedBy: null,
    });
    if (plan.kind === "restore") onRecover(plan.document, "restored");
    if (plan.kind === "conflict") {
      queue.raiseConflict(plan.conflict);
      onRecover(plan.conflict.mine, "conflict");
    }
  });
  useEffect(() => recover(), []);

  return { status, conflict, resolveConflict: queue.resolveConflict };
};
