import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { defineConfig } from "@playwright/test";

// The system Chromium (Debian's package); Playwright never downloads a browser here.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(
    `找不到 Chromium 浏览器：${chromiumPath}。请安装（Debian：apt-get install -y chromium），` +
      `或用环境变量 CHROMIUM_PATH 指向已安装的 Chromium/Chrome。`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh embedded database per run, so the demo data is seeded exactly as on a user's first start.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "nbt-e2e-"));

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "npm start",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The journeys name years (2024 published, 2025 being written): pin the working year so they do not depend on the date.
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: "",
      CURRENT_REPORT_YEAR: "2025",
      // Journeys open reports of later years (2026–2041) so they never share one; new years up to 2041.
      REPORT_YEARS_AHEAD: "16",
    },
  },
});
