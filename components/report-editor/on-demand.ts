"use client";

import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** A component loaded on demand, and the call that fetches its code ahead of need (e.g. when the browser is idle). */
export type TOnDemand<P> = LazyExoticComponent<ComponentType<P>> & { preload(): Promise<unknown> };

/**
 * A part of the editor whose code is not in the page's first load (its own chunk, fetched by `load`): rendered
 * inside a `<Suspense>`, it suspends only while its code is still on its way. Once `preload` has fetched it, a
 * first render shows it at once — no fallback in between — because the loader then answers synchronously
 * (React.lazy reads a settled thenable without suspending). A failed fetch is tried again by the next `preload`.
 */
export const onDemand = <P extends object>(load: () => Promise<ComponentType<P>>): TOnDemand<P> => {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const component = lazy(() => {
    const ready = loaded;
    if (ready)
      return {
        then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: ready }),
      } as Promise<{ default: ComponentType<P> }>;
    return preload().then((loadedComponent) => ({ default: loadedComponent }));
  });
  return Object.assign(component, { preload });
};

/** Runs `task` when the browser is idle (after the first paint and hydration), or soon where it cannot say. */
export const whenIdle = (task: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(task, 200);
  return () => window.clearTimeout(timer);
};
