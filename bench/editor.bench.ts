import { writeFileSync } from "node:fs";

import { signInAs, startApp } from "./app-server";
import { mainThreadCpuMs } from "./main-thread";
import { installRenderCounter } from "./render-counter";

/**
 * Input-to-updated-total latency while typing into table 三, measured inside Chromium: from the keydown
 * event's timestamp to the moment the 总计 cell shows the new sum (right after React's commit), and to the
 * next animation frame (when it is painted). Also the editor route's first-load JavaScript.
 */

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

export interface TEditorFigures {
  keystrokeDomMedianMs: number;
  keystrokeDomP95Ms: number;
  keystrokeFrameP95Ms: number;
  /** React components rendered per keystroke in 表三 (the keystroke's render and the deferred one after it). */
  rendersPerKeystroke: number;
  /** React commits per keystroke (the keystroke's own, and any other render applied meanwhile). */
  commitsPerKeystroke: number;
  /** CPU time of the page's main thread per key (bench/main-thread.ts): hardly depends on load. */
  mainThreadCpuPerKeyMs: number;
  /** Every script the browser fetched until the network was idle (first load plus idle-time prefetches). */
  browserScriptsTransferBytes: number;
  lines: string[];
}

export const benchEditor = async (port = 3292): Promise<TEditorFigures> => {
  const app = await startApp(port);
  try {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await installRenderCounter(page);
    await signInAs(page, app.baseURL, "weijian");
    await page.getByRole("link", { name: "打开" }).first().click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await page.waitForLoadState("networkidle");
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming).initiatorType === "script" || entry.name.endsWith(".js"),
        )
        .map((entry) => ({
          transfer: (entry as PerformanceResourceTiming).encodedBodySize,
          decoded: (entry as PerformanceResourceTiming).decodedBodySize,
        })),
    );
    await page
      .getByRole("navigation", { name: "填报步骤" })
      .getByRole("button", { name: /三、收到和处理/ })
      .click();
    // Totals show once every part is filled in.
    await page.getByRole("button", { name: /全部填\s*0/ }).click();
    await page.getByRole("button", { name: "只填空白单元格" }).click();
    // The dialog fades out: a click before it has gone lands on it (a run once failed there).
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    const input = page.locator('[data-cell="t3.granted.natural_person"]');
    await input.click();
    await page.evaluate(() => {
      const w = window as unknown as { latencies: { dom: number; frame: number }[]; pending: number | null };
      w.latencies = [];
      w.pending = null;
      const total = document.querySelector<HTMLInputElement>('[data-cell="t3.granted.total"]');
      let before = total?.value;
      window.addEventListener("keydown", (event) => (w.pending = event.timeStamp), true);
      window.addEventListener("input", () => {
        const start = w.pending;
        if (start === null || total?.value === before) return;
        before = total?.value;
        const dom = performance.now() - start;
        requestAnimationFrame(() => w.latencies.push({ dom, frame: performance.now() - start }));
        w.pending = null;
      });
    });
    await page.waitForTimeout(300);
    // BENCH_EDITOR_PROF=<file>: a CPU profile of the typing (Chrome DevTools' .cpuprofile; sampling slows it a little).
    const profileFile = process.env.BENCH_EDITOR_PROF;
    const cdp = profileFile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    const counts = () =>
      page.evaluate(() => {
        const w = window as unknown as { __renders: number; __commits: number };
        return { renders: w.__renders, commits: w.__commits };
      });
    const before = await counts();
    // A digit, then Backspace: every key changes the row's total (a blank part blanks the total).
    const type120 = async () => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.type(String((i % 9) + 1));
        await page.keyboard.press("Backspace");
      }
      await page.waitForTimeout(300);
    };
    await type120();
    if (cdp && profileFile) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(profileFile, JSON.stringify(profile));
    }
    const after = await counts();
    const renders = after.renders - before.renders;
    const commits = after.commits - before.commits;
    const latencies = await page.evaluate(
      () => (window as unknown as { latencies: { dom: number; frame: number }[] }).latencies,
    );
    // The same 120 keys again under a trace: the main thread's CPU per key (the latencies above are not taken).
    const cpuPerKeyMs = (await mainThreadCpuMs(app.browser, page, type120)) / 120;
    const dom = latencies.map((l) => l.dom);
    const frame = latencies.map((l) => l.frame);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    const transfer = scripts.reduce((a, s) => a + s.transfer, 0);
    return {
      keystrokeDomMedianMs: percentile(dom, 0.5),
      keystrokeDomP95Ms: percentile(dom, 0.95),
      keystrokeFrameP95Ms: percentile(frame, 0.95),
      rendersPerKeystroke: renders / 120,
      commitsPerKeystroke: commits / 120,
      mainThreadCpuPerKeyMs: cpuPerKeyMs,
      browserScriptsTransferBytes: transfer,
      lines: [
        `编辑器：在表三中输入，输入到总计更新（Chromium，${latencies.length} 次按键）`,
        `  到 DOM 更新：中位数 ${percentile(dom, 0.5).toFixed(1)} ms，p95 ${percentile(dom, 0.95).toFixed(1)} ms（目标 p95 ≤ 8 ms）`,
        `  每次按键渲染的 React 组件：${(renders / 120).toFixed(1)} 个（React 提交 ${(commits / 120).toFixed(2)} 次）；页面主线程 CPU 每次按键 ${cpuPerKeyMs.toFixed(2)} ms（两者基本不随负载变化）`,
        `  到下一帧绘制：中位数 ${percentile(frame, 0.5).toFixed(1)} ms，p95 ${percentile(frame, 0.95).toFixed(1)} ms`,
        `  浏览器实际取得的脚本（首次加载 + 空闲时预取，至网络空闲）：${scripts.length} 个文件，传输 ${kb(transfer)}，解压后 ${kb(scripts.reduce((a, s) => a + s.decoded, 0))}`,
      ],
    };
  } finally {
    await app.stop();
  }
};
