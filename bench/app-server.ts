import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { chromium, type Browser, type Page } from "@playwright/test";

/** Starts the production app on a fresh embedded database and a browser, for scripts that drive the UI. */

// BENCH_APP_DIR: another checkout's build to measure (e.g. the code before a change, in the same conditions).
const root = process.env.BENCH_APP_DIR ?? path.resolve(import.meta.dirname, "..");

export interface TAppSession {
  baseURL: string;
  browser: Browser;
  stop(): Promise<void>;
}

const waitForHealth = async (url: string, child: ChildProcess): Promise<void> => {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`应用启动失败（退出码 ${child.exitCode}）`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("应用在 5 分钟内没有启动");
};

/** `env`: extra environment for the app (e.g. TRUST_PROXY). */
export const startApp = async (port = 3290, env: Record<string, string> = {}): Promise<TAppSession> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "nbt-script-"));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      CURRENT_REPORT_YEAR: "2025",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHealth(baseURL, child);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    baseURL,
    browser,
    stop: async () => {
      await browser.close();
      child.kill("SIGTERM");
    },
  };
};

export const signInAs = async (page: Page, baseURL: string, username: string): Promise<void> => {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("Nianbao2026");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.waitForURL(/\/reports$/);
};
