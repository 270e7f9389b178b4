import { expect, test } from "@playwright/test";

import { DEMO_PASSWORD, editorStep } from "./fixtures/session";

// The header shows 审核 and 管理 only to those who have the role; a reviewer lands on the 审核台; the current
// page is marked; on the 审核台 only a report waiting for review is 审核, any other is 查看.

const signInWithoutNext = async (
  page: import("@playwright/test").Page,
  username: string,
  password = DEMO_PASSWORD,
) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
};

test("a filler sees no 审核 or 管理 and lands on 我的年报, marked as the current page", async ({ page }) => {
  await signInWithoutNext(page, "weijian");
  await expect(page).toHaveURL(/\/reports$/);
  const navigation = page.getByRole("navigation", { name: "主导航" });
  await expect(navigation.getByRole("link", { name: "我的年报" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.getByRole("link", { name: "审核" })).toHaveCount(0);
  await expect(navigation.getByRole("link", { name: "管理" })).toHaveCount(0);
  // The read-only words fit a filler too: here, an editable draft has no banner at all.
  await page
    .getByRole("row", { name: /2025年度/ })
    .getByRole("link", { name: "打开" })
    .click();
  await expect(editorStep(page, /报告信息/)).toBeVisible();
  await expect(page.getByTestId("read-only-banner")).toHaveCount(0);
});

test("a reviewer lands on the 审核台; a draft's action is 查看 and it opens read-only, saying why to a reviewer", async ({
  page,
}) => {
  await signInWithoutNext(page, "shenhe");
  await expect(page).toHaveURL(/\/review$/);
  const navigation = page.getByRole("navigation", { name: "主导航" });
  await expect(navigation.getByRole("link", { name: "审核" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.getByRole("link", { name: "管理" })).toHaveCount(0);
  const draft = page.getByRole("row", { name: /示范区卫生健康局/ });
  await expect(draft).toContainText("草稿");
  await expect(draft.getByRole("link", { name: "审核" })).toHaveCount(0);
  // A 审核人 who fills for no office has no 我的年报 entry (D58).
  await expect(navigation.getByRole("link", { name: "我的年报" })).toHaveCount(0);
  await draft.getByRole("link", { name: "查看" }).click();
  await expect(page.getByTestId("read-only-banner")).toContainText("您以审核人身份查看");
  // The report and its history, reached from the 审核台, are under 审核.
  await expect(navigation.getByRole("link", { name: "审核" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "历史记录" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(navigation.getByRole("link", { name: "审核" })).toHaveAttribute("aria-current", "page");
});

test("an administrator sees 管理", async ({ page }) => {
  await signInWithoutNext(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(
    page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "管理" }),
  ).toHaveAttribute("aria-current", "page");
});

test("a password set by a 管理员 goes straight to 修改密码 at sign-in, with no entry highlighted", async ({
  page,
}) => {
  await signInWithoutNext(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByLabel("用户名").fill("daigai");
  await page.getByLabel("姓名").fill("待改密码");
  await page.getByLabel("初始密码").fill("Songbai#2026");
  await page.getByRole("button", { name: "新增用户" }).click();
  await expect(page.getByTestId("users")).toContainText("daigai");
  await page.context().clearCookies();
  // Every address the browser passes on the way is recorded: no app page comes before 修改密码.
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
  });
  await signInWithoutNext(page, "daigai", "Songbai#2026");
  await expect(page).toHaveURL(/\/account\?next=%2Freports$/, { timeout: 60_000 });
  await expect(page.getByTestId("must-change-password")).toBeVisible();
  expect(visited.filter((path) => path !== "/login" && path !== "/account")).toEqual([]);
  await expect(page.getByRole("navigation", { name: "主导航" }).locator('[aria-current="page"]')).toHaveCount(
    0,
  );
});
