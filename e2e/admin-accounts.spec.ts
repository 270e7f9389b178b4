import { expect, test } from "@playwright/test";

import { chooseOption, signIn } from "./fixtures/session";

// Sign-ins hash passwords (Argon2id) on a shared machine: the journey signs in seven times.
test.setTimeout(240_000);

test("a 管理员 adds an office and a 填报人, who must change the password first; 停用, 启用, 重置密码 and removing a role (asked first)", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "admin");
  await page.goto("/admin");
  await page.getByLabel("新机关全称").fill("示范区民政局");
  await chooseOption(page, "上级机关", "示范区人民政府办公室");
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

  await chooseOption(page, "用户", "民政局填报人（minzheng）");
  await chooseOption(page, "机关", "示范区民政局");
  await page.getByRole("button", { name: "分配角色" }).click();
  await expect(page.getByTestId("users")).toContainText("示范区民政局 · 填报人");

  // First sign-in with the password the 管理员 set: 修改密码 comes first, then on to where the person was going.
  const context = await browser.newContext({ baseURL });
  const newcomer = await context.newPage();
  await newcomer.goto("/login");
  await newcomer.getByLabel("用户名").fill("minzheng");
  await newcomer.getByLabel("密码").fill("Shuiliu#2026");
  await newcomer.getByRole("button", { name: /登\s*录/ }).click();
  await expect(newcomer).toHaveURL(/\/account\?next=%2Freports$/, { timeout: 60_000 });
  await expect(newcomer.getByTestId("must-change-password")).toContainText("请先修改密码");
  await newcomer.goto("/reports");
  await expect(newcomer).toHaveURL(/\/account\?next=%2Freports$/);
  await newcomer.screenshot({ path: "docs/images/must-change-password.png" });
  await newcomer.getByLabel("当前密码").fill("Shuiliu#2026");
  await newcomer.getByLabel("新密码", { exact: true }).fill("Minzheng2027x");
  await newcomer.getByLabel("再次输入新密码").fill("Minzheng2027x");
  await newcomer.getByRole("button", { name: "修改密码" }).click();
  await expect(newcomer.getByText("密码不能包含用户名")).toBeVisible();
  await newcomer.getByLabel("新密码", { exact: true }).fill("Hongqiao@2027");
  await newcomer.getByLabel("再次输入新密码").fill("Hongqiao@2027");
  await newcomer.getByRole("button", { name: "修改密码" }).click();
  await expect(newcomer.getByText("密码已修改")).toBeVisible();
  await newcomer.getByRole("link", { name: "继续" }).click();
  await expect(newcomer).toHaveURL(/\/reports$/);
  await expect(newcomer.getByRole("combobox", { name: "机关" })).toBeVisible();
  await newcomer.getByRole("button", { name: /新\s*建/ }).click();
  await expect(newcomer.getByRole("heading", { name: /示范区民政局/ })).toBeVisible();

  // 停用 (asked first): the person's session ends at once and signing in is refused; 启用 lets them back.
  const users = page.getByTestId("users");
  const row = users.getByRole("row", { name: /minzheng/ });
  await row.getByRole("button", { name: /^停\s*用$/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^停\s*用$/ })
    .click();
  await expect(row).toContainText("已停用");
  await newcomer.reload();
  await expect(newcomer).toHaveURL(/\/login\?next=/);
  await newcomer.getByLabel("用户名").fill("minzheng");
  await newcomer.getByLabel("密码").fill("Hongqiao@2027");
  await newcomer.getByRole("button", { name: /登\s*录/ }).click();
  await expect(newcomer.getByText("该账号已停用，请联系管理员。")).toBeVisible({ timeout: 60_000 });
  await row.getByRole("button", { name: /^启\s*用$/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^启\s*用$/ })
    .click();
  await expect(row).toContainText("正常");

  // 重置密码: a temporary password, to be changed at the next sign-in.
  await row.getByRole("button", { name: "重置密码" }).click();
  const reset = page.getByRole("dialog", { name: /重置密码/ });
  await reset.getByLabel("临时密码").fill("Linshi#8842");
  await reset.getByRole("button", { name: "设置临时密码" }).click();
  await expect(page.getByText(/已为“民政局填报人”设置临时密码/)).toBeVisible();
  await newcomer.getByLabel("密码").fill("Linshi#8842");
  await newcomer.getByRole("button", { name: /登\s*录/ }).click();
  await expect(newcomer).toHaveURL(/\/account\?next=/, { timeout: 60_000 });
  await expect(newcomer.getByTestId("must-change-password")).toBeVisible();
  await context.close();

  // Removing a role asks first; 取消 keeps it.
  await users.getByLabel("移除角色：示范区民政局 填报人").click();
  const confirm = page.getByRole("dialog", { name: /移除民政局填报人的角色/ });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: /取\s*消/ }).click();
  await expect(row).toContainText("示范区民政局 · 填报人");
  await users.getByLabel("移除角色：示范区民政局 填报人").click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^移\s*除$/ })
    .click();
  await expect(row).not.toContainText("示范区民政局 · 填报人");
  await page.screenshot({ path: "docs/images/admin-accounts.png", fullPage: true });

  // Not an admin: the 管理 page refuses.
  const filler = await browser.newContext({ baseURL });
  const fillerPage = await filler.newPage();
  await signIn(fillerPage, "jiaoyu");
  await fillerPage.goto("/admin");
  await expect(fillerPage.getByText("只有管理员可以管理机关和用户。")).toBeVisible();
  await filler.close();
});

// 停用 then at once 启用: each row and button follows the action's answer without a reload, and the server ends
// with what was asked last (the second press asks for 启用, never a second 停用).
test("a rapid 停用 → 启用 ends 正常 on the server", async ({ page }) => {
  await signIn(page, "admin", "/admin");
  await page.getByLabel("用户名").fill("kuaisu");
  await page.getByLabel("姓名").fill("快速测试");
  await page.getByLabel("初始密码").fill("Qingshan#2026");
  await page.getByRole("button", { name: "新增用户" }).click();
  const row = page.getByTestId("users").getByRole("row", { name: /kuaisu/ });
  await expect(row).toContainText("正常");
  const press = async (label: "停用" | "启用") => {
    await row.getByRole("button", { name: new RegExp(`^${label[0]}\\s*${label[1]}$`) }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: new RegExp(`^${label[0]}\\s*${label[1]}$`) })
      .click();
  };
  await press("停用");
  await expect(row).toContainText("已停用");
  await expect(row.getByRole("button", { name: /^启\s*用$/ })).toBeVisible();
  await press("启用");
  await expect(row).toContainText("正常");
  await page.reload();
  await expect(page.getByTestId("users").getByRole("row", { name: /kuaisu/ })).toContainText("正常");
});

// D60: 编辑 an office (name and parent; a move below itself is refused in Chinese) and 修改姓名 of a user.
test("a 管理员 renames and moves an office, never below itself, and changes a user's 姓名", async ({
  page,
}) => {
  await signIn(page, "admin", "/admin");
  const offices = page.getByTestId("offices");
  /** The row of the office named `name` (its first cell; the parent column may name it too). */
  const officeRow = (name: string) =>
    offices
      .getByRole("row")
      .filter({ has: page.locator("td:first-child", { hasText: new RegExp(`^${name}$`) }) });
  for (const [name, parent] of [
    ["示范区档案馆", "示范区人民政府办公室"],
    ["示范区档案馆办公室", "示范区档案馆"],
  ] as const) {
    await page.getByLabel("新机关全称").fill(name);
    await chooseOption(page, "上级机关", parent);
    await page.getByRole("button", { name: "新增机关" }).click();
    await expect(page.getByText(`已新增机关“${name}”。`)).toBeVisible();
    await expect(officeRow(name)).toBeVisible();
  }
  await offices.getByRole("button", { name: "编辑机关：示范区档案馆", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "编辑机关：示范区档案馆" });
  await chooseOption(page, "所属上级机关", "示范区档案馆办公室");
  await expect(dialog).toContainText("不能把机关移到它自己的下级机关之下。");
  await expect(dialog.getByRole("button", { name: /保\s*存/ })).toBeDisabled();
  await page.screenshot({ path: "docs/images/admin-edit-office.png", animations: "disabled" });
  await chooseOption(page, "所属上级机关", "示范区卫生健康局");
  await dialog.getByLabel("机关全称").fill("示范区档案局");
  await dialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText("已保存机关“示范区档案局”。")).toBeVisible();
  await expect(officeRow("示范区档案局")).toContainText("示范区卫生健康局");
  await expect(officeRow("示范区档案馆办公室")).toContainText("示范区档案局");

  await page.getByLabel("用户名").fill("gaiming");
  await page.getByLabel("姓名").fill("改名前");
  await page.getByLabel("初始密码").fill("Dangan#2026x");
  await page.getByRole("button", { name: "新增用户" }).click();
  const row = page.getByTestId("users").getByRole("row", { name: /gaiming/ });
  await row.getByRole("button", { name: "修改姓名" }).click();
  const rename = page.getByRole("dialog", { name: /修改姓名/ });
  await rename.getByLabel("新姓名").fill("档");
  await rename.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText("请填写姓名")).toBeVisible();
  await rename.getByLabel("新姓名").fill("档案局填报人");
  await rename.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText("姓名已改为“档案局填报人”。")).toBeVisible();
  await expect(row).toContainText("档案局填报人");
});
