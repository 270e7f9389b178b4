"use client";

import type { App } from "antd";
import { useEffect, useState, useSyncExternalStore, type ComponentType } from "react";

import { whenIdle } from "@/components/report-editor/on-demand";

/**
 * Messages (`message.success(…)`) and confirmations (`modal.confirm(…)`) for a page whose first load carries no Ant
 * Design (the editor, D71): the same calls as `App.useApp()`, served by Ant Design's own message and modal, whose code
 * loads when the browser is idle or at the first call. A call made before it has loaded waits for it and is then
 * shown; if that code cannot be fetched, the browser's own dialogs stand in and the next call tries again (`hostLoadFailed`).
 * The root layout renders `<FeedbackOutlet />` once.
 */
type TAppApi = ReturnType<typeof App.useApp>;
type TConfirm = Parameters<TAppApi["modal"]["confirm"]>[0];
type TConfirmInstance = ReturnType<TAppApi["modal"]["confirm"]>;

let api: TAppApi | null = null;
let queued: ((api: TAppApi) => void)[] = [];
let wanted = false;
const listeners = new Set<() => void>();

const run = (task: (api: TAppApi) => void) => {
  if (api) return task(api);
  queued.push(task);
  if (!wanted) {
    wanted = true;
    for (const listener of listeners) listener();
  }
};

type TMessageArgs = Parameters<TAppApi["message"]["info"]>;
const say =
  (kind: "success" | "info" | "warning" | "error") =>
  (...args: TMessageArgs): void =>
    run((app) => void app.message[kind](...args));

/** The message toasts: success, info, warning, error (content, or { content, duration }; duration in seconds). */
export const message = {
  success: say("success"),
  info: say("info"),
  warning: say("warning"),
  error: say("error"),
};

/** A confirmation dialog; the instance returned can be destroyed or updated before the dialog has loaded too. */
export const modal = {
  confirm(config: TConfirm): Pick<TConfirmInstance, "destroy" | "update"> {
    let instance: TConfirmInstance | null = null;
    const pending: ((instance: TConfirmInstance) => void)[] = [];
    run((app) => {
      instance = app.modal.confirm(config);
      for (const task of pending) task(instance);
    });
    const later = (task: (instance: TConfirmInstance) => void) =>
      instance ? task(instance) : void pending.push(task);
    return {
      destroy: () => later((shown) => shown.destroy()),
      update: (next) => later((shown) => shown.update(next)),
    };
  },
};

/** `{ message, modal }`, as `App.useApp()` gives them. */
export const useFeedback = () => ({ message, modal });

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Antd's host could not be fetched (offline, a failed chunk): what waits is said with the browser's own dialogs — a
 * confirmation as `window.confirm` (its onOk runs when accepted), an error or warning as `window.alert` — and the next
 * call tries to fetch the host again.
 */
export const hostLoadFailed = () => {
  const tasks = queued;
  queued = [];
  wanted = false;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  // A message is its content, or { content, duration }.
  const alert = (args: unknown) => window.alert(text((args as { content?: unknown })?.content ?? args));
  const fallback = {
    message: {
      error: alert,
      warning: alert,
      success: () => undefined,
      info: () => undefined,
    },
    modal: {
      confirm: (config: TConfirm) => {
        if (window.confirm([text(config.title), text(config.content)].filter(Boolean).join("\n")))
          void config.onOk?.();
        return { destroy: () => undefined, update: () => undefined, then: () => undefined };
      },
    },
  } as unknown as TAppApi;
  for (const task of tasks) task(fallback);
  for (const listener of listeners) listener();
};

const ready = (app: TAppApi) => {
  api = app;
  const tasks = queued;
  queued = [];
  for (const task of tasks) task(app);
};

/** Where the messages and dialogs render: loads their code when idle, or at once when a call is waiting. */
export function FeedbackOutlet() {
  const needed = useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  );
  const [Host, setHost] = useState<ComponentType<{ onReady(api: TAppApi): void }> | null>(null);
  useEffect(() => {
    if (Host) return;
    let live = true;
    const load = () =>
      void import("./feedback-host").then(
        (module) => live && setHost(() => module.FeedbackHost),
        (error: unknown) => {
          console.error("加载提示组件失败：", error);
          if (live) hostLoadFailed();
        },
      );
    if (needed) load();
    const cancel = needed ? () => undefined : whenIdle(load);
    return () => {
      live = false;
      cancel();
    };
  }, [Host, needed]);
  return Host ? <Host onReady={ready} /> : null;
}
