import { existsSync } from "node:fs";

import { chromium } from "playwright-core";

/**
 * PDF of a published HTML file, printed by Chromium (the same engine that renders the page for readers) with
 * the HTML's own print stylesheet: A4, GB/T 9704 margins, table headers repeated. Needs a Chromium on the
 * server: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. No browser is ever downloaded (docs/decisions.md
 * D41).
 */

const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether this server can print PDFs (a Chromium executable is installed). */
export const pdfRendererAvailable = (): boolean => existsSync(chromiumPath());

/** Chromium may take this long to start and print one report on a busy 2-core server. */
const RENDER_TIMEOUT_MS = 60_000;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints `html` (a self-contained page: inline CSS, images as data: URLs) to a PDF buffer. Renders one at a
 * time (each is a browser process of ~150 MB); callers cache the result. The page gets no network: any
 * request it makes is aborted. Throws when Chromium is absent or fails (the caller answers 503).
 */
export const renderHtmlToPdf = (html: string): Promise<Buffer> => {
  const run = async (): Promise<Buffer> => {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
      timeout: RENDER_TIMEOUT_MS,
    });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.route("**/*", (route) => route.abort());
      await page.setContent(html, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
      return await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    } finally {
      await browser.close();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
};
