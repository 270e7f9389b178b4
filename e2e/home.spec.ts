import { expect, test } from "@playwright/test";

import { signIn } from "./fixtures/session";

test("a new user sees what 年报通 is, signs in to 我的年报 and finds the demo office and its reports", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle("年报通");
  await expect(page.getByRole("heading", { name: "年报通", level: 2 })).toBeVisible();
  await expect(page.getByTestId("office-overview")).toHaveCount(0);

  // 我的年报 needs an account: the login page comes first and leads back.
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的年报" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Freports$/);
  await page.getByLabel("用户名").fill("jiaoyu");
  await page.getByLabel("密码").fill("wrong-password1");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page.getByText("用户名或密码不正确。")).toBeVisible();
  await page.getByLabel("密码").fill("Nianbao2026");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { name: "我的年报" })).toBeVisible();
  await page.goto("/");
  const overview = page.getByTestId("office-overview");
  await expect(overview.getByText("示范区教育局", { exact: true })).toBeVisible();
  await expect(overview.getByText("上级机关：示范区人民政府办公室")).toBeVisible();
  await expect(overview).toContainText("已发布");
  await page.getByRole("button", { name: /退\s*出/ }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("the health endpoint reports the embedded database and its migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  const health = await response.json();
  expect(health.status).toBe("ok");
  expect(health.database.kind).toBe("pglite");
  expect(health.migrations).toContain("20261123000000_init");
  // Where the data lives is for a signed-in 管理员 only.
  expect(health.database.description).toBeUndefined();
  expect(JSON.stringify(health)).not.toContain(process.env.E2E_DATA_DIR ?? "/");
});

test("a signed-in 管理员 sees where the database is", async ({ page }) => {
  await signIn(page, "admin");
  const health = await (await page.request.get("/api/health")).json();
  expect(health.database.description).toContain(process.env.E2E_DATA_DIR);
});

test("repeated wrong passwords lock the user name on this address for a while", async ({ page }) => {
  await page.goto("/login");
  const attempt = async (password: string) => {
    await page.getByLabel("用户名").fill("no-such-user");
    await page.getByLabel("密码").fill(password);
    await Promise.all([
      page.waitForResponse(
        (response) => response.request().method() === "POST" && response.url().includes("/login"),
      ),
      page.getByRole("button", { name: /登\s*录/ }).click(),
    ]);
  };
  for (let n = 1; n <= 5; n += 1) {
    await attempt(`wrong-${n}`);
    await expect(page.getByText("用户名或密码不正确。")).toBeVisible();
  }
  await attempt("wrong-6");
  await expect(page.getByText("登录尝试过于频繁，请 15 分钟后再试。")).toBeVisible();
});
