import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import os from "node:os";
import path from "node:path";

import { expect, test, type Browser } from "@playwright/test";

import { DEMO_PASSWORD, openSection } from "./fixtures/session";

/**
 * Issue 14 item 10 and “Backups that restore”, against the built app started by `npm start`'s script (a
 * second instance beside Playwright's, on its own port and data folder): a save in flight when SIGTERM
 * arrives is answered and stored; `npm run backup` takes a backup from the running app and
 * `npm run restore` puts it into an empty folder (and refuses a non-empty one).
 */
const root = path.resolve(import.meta.dirname, "..");
// Beside Playwright's own server; +40 keeps clear of the neighbours' ports (3306 is MySQL's).
const port = Number(process.env.E2E_PORT ?? 3210) + 40;
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "nbt-e2e-shutdown-"));

const startServer = async (): Promise<ChildProcess> => {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      SKIP_BUILD: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      CURRENT_REPORT_YEAR: "2025",
      // Its own demo accounts: hashed cheaply, as in the unit tests (login speed is not what this tests).
      BCRYPT_COST: "4",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 480; i += 1) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (up) {
      await fetch(`${base}/login`); // loads the login page's code once, before a browser waits on it
      return child;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start:\n${output}`);
};

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );

const signInCookie = async (browser: Browser): Promise<{ cookie: string; reportId: string }> => {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/login?next=%2Freports");
  await page.getByLabel("用户名").fill("jiaoyu");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  // A second production server started cold beside Playwright's: its first action and page load their code.
  await expect(page).toHaveURL(/\/reports$/, { timeout: 30_000 });
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const reportId = page.url().split("/").pop() ?? "";

  // Issue 14 item 7 in the editor: a NUL pasted into a narrative is removed, the person is told, and the
  // autosave succeeds instead of failing for ever.
  await openSection(page, /一、总体情况/);
  await page.locator('[data-section="s1"]').fill("本年度主动公开\u0000政府信息\u000780条。");
  await expect(page.getByText("已移除 2 个无法保存的控制字符")).toBeVisible();
  await expect(page.locator('[data-section="s1"]')).toHaveValue("本年度主动公开政府信息80条。");
  await expect(page.getByTestId("save-status")).toContainText("已保存", { timeout: 15_000 });
  await page.screenshot({ path: "/tmp/nbt-removed-notice.png" });

  const session = (await context.cookies()).find((c) => c.name === "nbt_session");
  await context.close();
  return { cookie: `nbt_session=${session?.value}`, reportId };
};

const npm = (script: string, args: string[], dir: string) =>
  spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 120_000,
  });

test("SIGTERM answers the save in flight and stores it; a backup of the running app restores", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  let server = await startServer();
  try {
    const { cookie, reportId } = await signInCookie(browser);
    const headers = { cookie, origin: base, "content-type": "application/json" };
    const current = (await (
      await fetch(`${base}/api/reports/${reportId}`, { headers: { cookie } })
    ).json()) as {
      version: number;
      document: { narrative: Record<string, string> };
    };

    // Backup while the app runs: taken by the app itself over its socket.
    const backupFile = path.join(dataDir, "..", `${path.basename(dataDir)}-backup.tar.gz`);
    const backup = npm("backup", [backupFile], dataDir);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain("取自运行中的年报通");
    const restoredDir = mkdtempSync(path.join(os.tmpdir(), "nbt-e2e-restored-"));
    const restore = npm("restore", [backupFile], restoredDir);
    expect(restore.status, restore.stderr).toBe(0);
    expect(readdirSync(path.join(restoredDir, "pgdata"))).toContain("PG_VERSION");
    const refused = npm("restore", [backupFile], restoredDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("不是空的，未恢复");

    // A large save whose body is still arriving when SIGTERM comes.
    const text = "依申请公开工作稳步推进。".repeat(8000);
    const body = Buffer.from(
      JSON.stringify({
        baseVersion: current.version,
        document: { ...current.document, narrative: { ...current.document.narrative, s1: text } },
      }),
    );
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${base}/api/reports/${reportId}`,
        { method: "PUT", headers: { ...headers, "content-length": String(body.byteLength) } },
        (res) => {
          let data = "";
          res.on("data", (chunk: Buffer) => (data += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data }));
        },
      );
      req.on("error", reject);
      req.write(body.subarray(0, 1000));
      setTimeout(() => {
        server.kill("SIGTERM");
        setTimeout(() => req.end(body.subarray(1000)), 500);
      }, 300);
    });
    const response = await answer;
    expect(response.status, response.body).toBe(200);
    expect((JSON.parse(response.body) as { version: number }).version).toBe(current.version + 1);
    expect(await exited(server)).toBe(0);
    expect(existsSync(path.join(dataDir, "backup.sock"))).toBe(false);

    // Started again on the same folder: the save is there.
    server = await startServer();
    const after = (await (
      await fetch(`${base}/api/reports/${reportId}`, { headers: { cookie } })
    ).json()) as {
      version: number;
      document: { narrative: Record<string, string> };
    };
    expect(after.version).toBe(current.version + 1);
    expect(after.document.narrative.s1).toBe(text);
  } finally {
    server.kill("SIGTERM");
    await exited(server);
  }
});
