"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import type { TReportDocument } from "@/lib/report/schema";

/**
 * Autosave for one report: about a second after typing stops, one save at a time, each based on the
 * version the editor last got from the server. Unsaved edits are kept in localStorage until the server
 * confirms them, so a reload, a crash or a closed tab loses nothing. A stale base version comes back as
 * a conflict for the person to resolve — never a silent overwrite.
 */

export type TSaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "retrying"; message: string }
  | { kind: "offline" }
  | { kind: "conflict" }
  | { kind: "failed"; message: string };

export interface TConflict {
  mine: TReportDocument;
  server: { version: number; updatedAt: string; document: TReportDocument; savedBy: string | null };
}

interface TStoredDraft {
  baseVersion: number;
  document: TReportDocument;
  changedAt: string;
}

export const DEBOUNCE_MS = 1000;
const LOCAL_COPY_MS = 250;
const MAX_RETRY_MS = 30_000;

export const localDraftKey = (reportId: string) => `nianbaotong:draft:${reportId}`;

export const readLocalDraft = (reportId: string): TStoredDraft | null => {
  try {
    const raw = window.localStorage.getItem(localDraftKey(reportId));
    return raw ? (JSON.parse(raw) as TStoredDraft) : null;
  } catch {
    return null;
  }
};

const writeLocalDraft = (reportId: string, draft: TStoredDraft | null) => {
  try {
    if (draft) window.localStorage.setItem(localDraftKey(reportId), JSON.stringify(draft));
    else window.localStorage.removeItem(localDraftKey(reportId));
  } catch {
    // Storage full or disabled: the server copy still works; nothing else to do.
  }
};

interface TOptions {
  reportId: string;
  enabled: boolean;
  document: TReportDocument;
  /** The document as the server has it at `initialVersion`. */
  savedDocument: TReportDocument;
  initialVersion: number;
  initialSavedAt: string | null;
}

export const useAutosave = ({ reportId, enabled, document, savedDocument, initialVersion, initialSavedAt }: TOptions) => {
  const [status, setStatus] = useState<TSaveStatus>({ kind: "saved", at: initialSavedAt ? new Date(initialSavedAt) : null });
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const version = useRef(initialVersion);
  const confirmed = useRef(savedDocument);
  const latest = useRef(document);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(2000);
  const blocked = useRef(false);

  latest.current = document;

  const schedule = useCallback((delay: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, delay);
  }, []);

  const save = useCallback(async (): Promise<void> => {
    if (!enabled || blocked.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const snapshot = latest.current;
    if (snapshot === confirmed.current) {
      setStatus((s) => (s.kind === "saved" ? s : { kind: "saved", at: new Date() }));
      return;
    }
    inFlight.current = true;
    setStatus({ kind: "saving" });
    try {
      const response = await fetch(`/api/reports/${reportId}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: version.current, document: snapshot }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        version?: number;
        updatedAt?: string;
        conflict?: TConflict["server"];
        error?: { message?: string };
      };
      if (response.ok && body.version) {
        version.current = body.version;
        confirmed.current = snapshot;
        retryDelay.current = 2000;
        if (latest.current === snapshot) {
          writeLocalDraft(reportId, null);
          setStatus({ kind: "saved", at: body.updatedAt ? new Date(body.updatedAt) : new Date() });
        } else {
          writeLocalDraft(reportId, { baseVersion: body.version, document: latest.current, changedAt: new Date().toISOString() });
          again.current = true;
        }
      } else if (response.status === 409 && body.conflict) {
        blocked.current = true;
        setConflict({ mine: snapshot, server: body.conflict });
        setStatus({ kind: "conflict" });
      } else if (response.status >= 500 || response.status === 0) {
        throw new Error(body.error?.message ?? `服务器错误 ${response.status}`);
      } else {
        blocked.current = true;
        setStatus({ kind: "failed", message: body.error?.message ?? `保存失败（${response.status}）` });
      }
    } catch {
      const offline = typeof navigator !== "undefined" && !navigator.onLine;
      setStatus(offline ? { kind: "offline" } : { kind: "retrying", message: "未保存，正在重试" });
      schedule(retryDelay.current, () => void save());
      retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
    } finally {
      inFlight.current = false;
      if (again.current && !blocked.current) {
        again.current = false;
        void save();
      }
    }
  }, [enabled, reportId, schedule]);

  // Every change: keep it locally within a moment (and at once when the page goes away), save to the
  // server after a pause.
  const localTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keepLocally = useCallback(() => {
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = null;
    if (!enabled || blocked.current || latest.current === confirmed.current) return;
    writeLocalDraft(reportId, { baseVersion: version.current, document: latest.current, changedAt: new Date().toISOString() });
  }, [enabled, reportId]);

  useEffect(() => {
    if (!enabled || document === confirmed.current || blocked.current) return;
    if (!localTimer.current) localTimer.current = setTimeout(keepLocally, LOCAL_COPY_MS);
    setStatus((s) => (s.kind === "dirty" || s.kind === "saving" || s.kind === "retrying" || s.kind === "offline" ? s : { kind: "dirty" }));
    schedule(DEBOUNCE_MS, () => void save());
  }, [document, enabled, keepLocally, save, schedule]);

  useEffect(() => {
    const onOnline = () => {
      retryDelay.current = 2000;
      void save();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      keepLocally();
      if (latest.current !== confirmed.current) event.preventDefault();
    };
    // In-app links do not fire beforeunload: ask before following one with edits still unsaved.
    const onLinkClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || latest.current === confirmed.current || link.getAttribute("target") === "_blank") return;
      const href = link.getAttribute("href") ?? "";
      if (href.startsWith("#") || href.includes("/export/")) return;
      keepLocally();
      if (!window.confirm("有修改尚未保存到服务器（已保存在本机）。确定离开吗？")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("pagehide", keepLocally);
    window.document.addEventListener("click", onLinkClick, true);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("pagehide", keepLocally);
      window.document.removeEventListener("click", onLinkClick, true);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [keepLocally, save]);

  /** The person chose: keep theirs (save it over the newer version) or take the server's. */
  const resolveConflict = useCallback(
    (choice: "mine" | "server"): TReportDocument | null => {
      if (!conflict) return null;
      version.current = conflict.server.version;
      blocked.current = false;
      setConflict(null);
      if (choice === "server") {
        confirmed.current = conflict.server.document;
        writeLocalDraft(reportId, null);
        setStatus({ kind: "saved", at: new Date(conflict.server.updatedAt) });
        return conflict.server.document;
      }
      confirmed.current = conflict.server.document;
      schedule(0, () => void save());
      return null;
    },
    [conflict, reportId, save, schedule],
  );

  /** Opens with a conflict found at load time (a local draft based on an older version). */
  const raiseConflict = useCallback((next: TConflict) => {
    blocked.current = true;
    setConflict(next);
    setStatus({ kind: "conflict" });
  }, []);

  return { status, conflict, resolveConflict, raiseConflict, saveNow: save };
};
