import { performance } from "node:perf_hooks";

export interface TTiming {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

/** Runs `fn` `runs` times after a warm-up and returns the median and p95 of single-run times. */
export const measure = (fn: (iteration: number) => void, runs = 2000, warmup = 200): TTiming => {
  for (let i = 0; i < warmup; i += 1) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? Number.NaN,
    runs,
  };
};

export const formatMs = (ms: number): string =>
  ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
