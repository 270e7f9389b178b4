import { writeFileSync } from "node:fs";

import type { Browser, Page } from "@playwright/test";

interface TTraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * CPU time of the page's main thread (the renderer's `CrRendererMain`) while `run` runs, in ms: the thread time
 * (`tdur`) of its top-level tasks in a Chromium trace — scripts, style, layout and paint, without the time the
 * thread waited for a core. Unlike wall-clock latencies it hardly depends on the machine's load, so figures taken
 * minutes apart under different load compare (A/B). Tracing itself adds a little to it.
 */
export const mainThreadCpuMs = async (
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<number> => {
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  await run();
  const buffer = await browser.stopTracing();
  // BENCH_EDITOR_TRACE=<file>: keep the trace (chrome://tracing, DevTools' Performance panel).
  if (process.env.BENCH_EDITOR_TRACE) writeFileSync(process.env.BENCH_EDITOR_TRACE, buffer);
  const trace = JSON.parse(buffer.toString("utf8")) as { traceEvents: TTraceEvent[] };
  const mainThreads = new Set(
    trace.traceEvents
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Per renderer main thread, the thread time of its tasks; the page's is the busiest.
  const byThread = new Map<string, number>();
  for (const e of trace.traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== "X" || e.name !== "RunTask" || !mainThreads.has(thread)) continue;
    byThread.set(thread, (byThread.get(thread) ?? 0) + (e.tdur ?? 0));
  }
  return Math.max(0, ...byThread.values()) / 1000;
};
