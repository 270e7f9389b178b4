"use client";

import type { App } from "antd";
import { useEffect, useState, useSyncExternalStore, type ComponentType } from "react";

import { whenIdle } from "@/components/report-editor/on-demand";

/**
 * Messages (`message.success(…)`) and confirmations (`modal.confirm(…)`) for a page whose first load carries no Ant
 * Design (the editor, D71): the same calls as `App.useApp()`, served by Ant Design's own message and modal, whose code
 * loads when the browser is idle or at the first call. A call made before it has loaded waits for it and is then
 * shown (unless that code cannot be fetched: the console then says so). Render `<FeedbackOutlet />` once on such a page.
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
        (error: unknown) => console.error("加载提示组件失败：", error),
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
