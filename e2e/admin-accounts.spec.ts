import { expect, test } from "@playwright/test";

import { signIn } from "./fixtures/session";

test("a 管理员 adds an office and a 填报人, who signs in, starts a report and changes the password", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "admin");
  await page.goto("/admin");
  await page.getByLabel("新机关全称").fill("示范区民政局");
  await page.getByLabel("上级机关").click();
  await page.getByTitle("示范区人民政府办公室").click();
  await page.getByRole("button", { name: "新增机关" }).click();
  await expect(page.getByTestId("offices")).toContainText("示范区民政局");

  await page.getByLabel("用户名").fill("minzheng");
  await page.getByLabel("姓名").fill("民政局填报人");
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: "新增用户" }).click();
  await expect(page.getByText("初始密码至少 8 位")).toBeVisible();
  // The server refuses a password with the user name in it, and an easily guessed one, in Chinese.
  await page.getByLabel("初始密码").fill("Minzheng2026");
  await page.getByRole("button", { name: "新增用户" }).click();
  await expect(page.getByText("密码不能包含用户名")).toBeVisible();
  await page.getByLabel("初始密码").fill("aaaaaaa1");
  await page.getByRole("button", { name: "新增用户" }).click();
  await expect(page.getByText(/密码太容易被猜到/)).toBeVisible();
  await page.getByLabel("初始密码").fill("Shuiliu#2026");
  await page.getByRole("button", { name: "新增用户" }).click();
  await expect(page.getByTestId("users")).toContainText("minzheng");

  await page.getByLabel("用户", { exact: true }).click();
  await page.getByTitle("民政局填报人（minzheng）").click();
  await page.getByLabel("机关", { exact: true }).click();
  await page.getByTitle("示范区民政局").last().click();
  await page.getByRole("button", { name: "分配角色" }).click();
  await expect(page.getByTestId("users")).toContainText("示范区民政局 · 填报人");

  const context = await browser.newContext({ baseURL });
  const newcomer = await context.newPage();
  await newcomer.goto("/login");
  await newcomer.getByLabel("用户名").fill("minzheng");
  await newcomer.getByLabel("密码").fill("Shuiliu#2026");
  await newcomer.getByRole("button", { name: /登\s*录/ }).click();
  await expect(newcomer).toHaveURL(/\/reports$/);
  await expect(newcomer.getByRole("combobox", { name: "机关" })).toBeVisible();
  await newcomer.getByRole("button", { name: /新\s*建/ }).click();
  await expect(newcomer.getByRole("heading", { name: /示范区民政局/ })).toBeVisible();

  await newcomer.goto("/account");
  await newcomer.getByLabel("当前密码").fill("Shuiliu#2026");
  await newcomer.getByLabel("新密码", { exact: true }).fill("Minzheng2027x");
  await newcomer.getByLabel("再次输入新密码").fill("Minzheng2027x");
  await newcomer.getByRole("button", { name: "修改密码" }).click();
  await expect(newcomer.getByText("密码不能包含用户名")).toBeVisible();
  await newcomer.getByLabel("新密码", { exact: true }).fill("Hongqiao@2027");
  await newcomer.getByLabel("再次输入新密码").fill("Hongqiao@2027");
  await newcomer.getByRole("button", { name: "修改密码" }).click();
  await expect(newcomer.getByText("密码已修改")).toBeVisible();
  await newcomer.getByRole("button", { name: /退\s*出/ }).click();
  await newcomer.getByLabel("用户名").fill("minzheng");
  await newcomer.getByLabel("密码").fill("Hongqiao@2027");
  await newcomer.getByRole("button", { name: /登\s*录/ }).click();
  await expect(newcomer).toHaveURL(/\/reports$/);
  await context.close();

  // Not an admin: the 管理 page refuses.
  const filler = await browser.newContext({ baseURL });
  const fillerPage = await filler.newPage();
  await signIn(fillerPage, "jiaoyu");
  await fillerPage.goto("/admin");
  await expect(fillerPage.getByText("只有管理员可以管理机关和用户。")).toBeVisible();
  await filler.close();
});
