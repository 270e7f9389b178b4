"use client";

import { useEffect } from "react";

export interface TLeaveGuard {
  /** Some edits have not reached the server yet. */
  hasUnsaved(): boolean;
  /** Keep the unsaved edits on this machine now. */
  keepLocally(): void;
}

export const LEAVE_QUESTION = "有修改尚未保存到服务器（已保存在本机）。确定离开吗？";

/**
 * Whether following a link leaves the editor: a new tab, an anchor on the page and a download (the
 * export routes) do not.
 */
export const leavesEditor = (href: string, target: string | null): boolean =>
  target !== "_blank" && !href.startsWith("#") && !href.includes("/export/");

/**
 * Guards leaving with unsaved edits: the edits are kept locally when the page goes away, the browser asks
 * before unloading, and in-app links (which fire no beforeunload) ask with a confirm. `guard` must be
 * stable across renders.
 */
export const useLeaveGuard = (guard: TLeaveGuard): void => {
  useEffect(() => {
    const keepLocally = () => guard.keepLocally();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      guard.keepLocally();
      if (guard.hasUnsaved()) event.preventDefault();
    };
    const onLinkClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || !guard.hasUnsaved()) return;
      if (!leavesEditor(link.getAttribute("href") ?? "", link.getAttribute("target"))) return;
      guard.keepLocally();
      if (!window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("pagehide", keepLocally);
    window.document.addEventListener("click", onLinkClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("pagehide", keepLocally);
      window.document.removeEventListener("click", onLinkClick, true);
    };
  }, [guard]);
};
