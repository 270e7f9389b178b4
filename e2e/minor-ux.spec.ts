import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, expectSaved, newSession } from "./fixtures/session";

// Issue 15's minor points as users meet them, on a year no other journey uses (2037).

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

const YEAR = "2037";

test("an ended session says so with 重新登录, which returns to the report with the edits kept and saved", async ({
  browser,
  baseURL,
}) => {
  const page = await newSession(browser, baseURL, "jiaoyu");
  await page.getByLabel("年度").fill(YEAR);
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`${YEAR}年度`) })).toBeVisible({
    timeout: 30_000,
  });
  const path = new URL(page.url()).pathname;

  // The session ends (signed out elsewhere, or timed out) while the 填报人 is typing.
  await page.context().clearCookies();
  await page.getByLabel("联系电话").fill("010-12345678");
  const expired = page.getByTestId("session-expired");
  await expect(expired).toContainText("登录已过期，修改已保存在本机", { timeout: 15_000 });
  await page.screenshot({ path: "docs/images/session-expired.png" });

  // 重新登录 leaves without a question (nothing is lost) and comes back to the same report after signing in.
  await expired.getByRole("link", { name: "重新登录" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("next") === path);
  await page.getByLabel("用户名").fill("jiaoyu");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL((url) => url.pathname === path, { timeout: 60_000 });
  await expect(page.getByLabel("联系电话")).toHaveValue("010-12345678");
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("联系电话")).toHaveValue("010-12345678");
});
