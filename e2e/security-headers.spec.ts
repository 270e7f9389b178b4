import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test, type APIResponse, type Page } from "@playwright/test";

import { DEMO_PASSWORD, openSection } from "./fixtures/session";

// Probes of the running app (issue 14, items 3, 4 and 13): every kind of route carries the security
// headers, the pages still hydrate under the Content-Security-Policy, the app cannot be framed, downloads
// have an ASCII file name, and the login never sends anyone off the site.
// Serial: the first journey signs in once and later tests reuse its session (logins are slow on a busy machine).

test.describe.configure({ mode: "serial" });

const sessionFile = path.join(os.tmpdir(), `nbt-e2e-security-session-${process.pid}.json`);
let reportPath = "";
test.afterAll(() => rmSync(sessionFile, { force: true }));

const nonceOf = (response: APIResponse): string =>
  /'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";

const expectSecurityHeaders = (response: APIResponse, what: string) => {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
  expect(policy, what).toContain("frame-ancestors 'none'");
  expect(policy, what).toContain("object-src 'none'");
  expect(policy, what).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // Served over plain HTTP here: no HSTS, no upgrade of sub-requests.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  expect(policy, what).not.toContain("upgrade-insecure-requests");
};

/** Collects CSP violations (the DOM event and Chromium's console report) on every page the test opens. */
const watchPolicyViolations = async (page: Page): Promise<string[]> => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction("reportPolicyViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void })
        .reportPolicyViolation;
      void report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
};

test("the login page, the editor, its dialogs, the preview and the 404 hydrate under the policy without a violation", async ({
  page,
}) => {
  const violations = await watchPolicyViolations(page);

  // The login form validates on the client: it hydrated. Ant Design's styles applied.
  await page.goto("/login?next=%2Freports");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page.locator(".ant-form-item-explain-error").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /登\s*录/ })).toHaveCSS("border-radius", "4px");
  await page.getByLabel("用户名").fill("weijian");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/reports$/, { timeout: 30_000 });

  // The editor: switch sections, open a dialog (Ant Design inserts a <style> to lock scrolling) and close it.
  await page.context().storageState({ path: sessionFile });
  // A draft (other journeys leave this office published and imported reports too, which are read-only).
  await page
    .getByRole("row")
    .filter({ hasText: /草稿|已退回/ })
    .first()
    .getByRole("link", { name: "打开" })
    .click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  reportPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("save-status")).toBeVisible();
  await openSection(page, /三、收到和处理/);
  await expect(page.locator('[data-cell="t3.new_received.natural_person"]')).toBeVisible();
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  // Which choices it offers depends on what other journeys left in this draft (blank cells or none).
  const fillChoice = page.getByRole("button", { name: /^(只填空白单元格|全部改为 0)$/ }).first();
  await expect(fillChoice).toBeVisible();
  await page.getByRole("button", { name: /取\s*消/ }).click();
  await expect(fillChoice).toBeHidden();

  // The preview renders the exported HTML (its own <style>) in a sandboxed frame.
  await page.getByRole("link", { name: "预览" }).click();
  await expect(page.frameLocator('iframe[title="年报预览"]').locator("h1")).toBeVisible();

  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await page.waitForLoadState("load");
  // The 404 is the app's own, in Chinese, with the way back.
  await expect(page.getByText("页面不存在", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "回到我的年报" })).toBeVisible();

  expect(violations).toEqual([]);
});

test("another site cannot frame the signed-in app (frame-ancestors 'none')", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: sessionFile });
  const page = await context.newPage();
  // Chromium shows its error page in the frame instead of the app.
  await page.setContent(
    `<iframe name="embedded" src="${baseURL}/reports" width="800" height="600"></iframe>`,
  );
  const embedded = page.frame({ name: "embedded" });
  await expect.poll(() => embedded?.url()).toMatch(/^chrome-error:/);
  expect(await embedded?.getByText("我的年报").count()).toBe(0);
  await context.close();
});

const NO_REPORT = "00000000-0000-0000-0000-000000000000";

test("every kind of route answers with the security headers: pages, route handlers, downloads, static files, the 404", async ({
  browser,
  request,
}) => {
  const login = await request.get("/login");
  expect(login.status()).toBe(200);
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await login.text())?.[1];
  expect(script).toBeTruthy();

  const anonymous: Array<[string, string, number]> = [
    ["page", "/login", 200],
    ["page (home)", "/", 200],
    ["page redirecting to the login", "/reports", 307],
    ["route handler", "/api/health", 200],
    ["route handler refusing", "/api/reports/00000000-0000-0000-0000-000000000000", 401],
    ["download refused without a session", "/reports/00000000-0000-0000-0000-000000000000/export/docx", 401],
    ["static bundle", script ?? "", 200],
    ["file from public/", "/favicon.svg", 200],
    ["404 page", "/no-such-page", 404],
    ["404 static file", "/_next/static/chunks/no-such-chunk.js", 404],
  ];
  for (const [kind, url, status] of anonymous) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), `${kind} ${url}`).toBe(status);
    expectSecurityHeaders(response, `${kind} ${url}`);
  }
  // Autosave, which `npm start` answers outside Next (lib/server/fast-save.ts, D68): no Origin → 403.
  const refusedSave = await request.put(`/api/reports/${NO_REPORT}`, { data: {} });
  expect(refusedSave.status(), "save without Origin").toBe(403);
  expectSecurityHeaders(refusedSave, "save without Origin");

  // Signed in (the session of the first journey): the editor, the preview and both download routes.
  expect(reportPath).toMatch(/^\/reports\/[0-9a-f-]{36}$/);
  const context = await browser.newContext({ storageState: sessionFile });
  const signedIn: Array<[string, string, number]> = [
    ["editor page", reportPath, 200],
    ["preview page", `${reportPath}/preview`, 200],
    ["download (export)", `${reportPath}/export/docx`, 200],
    ["download (export, html)", `${reportPath}/export/html`, 200],
    ["download of an edition not published", `${reportPath}/published/1/docx`, 404],
  ];
  for (const [kind, url, status] of signedIn) {
    const response = await context.request.get(url, { maxRedirects: 0 });
    expect(response.status(), `${kind} ${url}`).toBe(status);
    expectSecurityHeaders(response, `${kind} ${url}`);
  }
  // A save the server refuses (not a document): answered by the custom server, with the same headers.
  const save = await context.request.put(`/api/reports/${reportPath.split("/").pop()}`, {
    data: { baseVersion: 0, document: {} },
    headers: { origin: new URL(login.url()).origin },
  });
  expect(save.status(), "refused save").toBe(422);
  expectSecurityHeaders(save, "refused save");

  // Downloads name the file for clients that ignore filename* too (curl -OJ): ASCII, extension kept.
  for (const format of ["docx", "html"]) {
    const response = await context.request.get(`${reportPath}/export/${format}`);
    expect(response.headers()["content-disposition"]).toMatch(
      new RegExp(
        `^attachment; filename="[\\x20-\\x21\\x23-\\x5b\\x5d-\\x7e]+\\.${format}"; filename\\*=UTF-8''`,
      ),
    );
  }
  await context.close();
});

test("HSTS and upgrade-insecure-requests only when served over HTTPS (X-Forwarded-Proto from the TLS proxy)", async ({
  request,
}) => {
  for (const url of ["/login", "/api/health", "/favicon.svg", "/no-such-page"]) {
    const overHttps = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"], url).toBe("max-age=31536000");
    expect(overHttps.headers()["content-security-policy"], url).toContain("upgrade-insecure-requests");
    const overHttp = await request.get(url);
    expect(overHttp.headers()["strict-transport-security"], url).toBeUndefined();
  }
  // The save path of the custom server (D68) decides it the same way.
  const save = (headers: Record<string, string>) =>
    request.put(`/api/reports/${NO_REPORT}`, { data: {}, headers });
  expect((await save({ "x-forwarded-proto": "https" })).headers()["strict-transport-security"]).toBe(
    "max-age=31536000",
  );
  expect((await save({})).headers()["strict-transport-security"]).toBeUndefined();
});

test("every page gets a fresh nonce, and every script Next.js writes carries it", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  expect(nonceOf(first)).not.toBe("");
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  for (const response of [first, second, await request.get("/no-such-page")]) {
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(response)}"`);
  }
});

test("the login does not send anyone off the site through next=/%5C… or next=/%09…", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  // The probe's two findings, through real sign-ins (the rest of the table is lib/auth/safe-next-path.test.ts).
  for (const next of ["/%5Cevil.example:8080/x", "/%09/evil.example:8080/x"]) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${next}`);
    await page.getByLabel("用户名").fill("weijian");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await expect(page, next).toHaveURL(`${origin}/reports`, { timeout: 30_000 });
  }
});
