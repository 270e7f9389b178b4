import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { editorStep, openSection, signIn, submittedWithComment } from "./fixtures/session";

// Every page of the app passes axe-core at WCAG 2.x AA (GB/T 37668): 0 violations, at 1280 px and on a phone.
// The exports have their own check (export-html-accessibility.spec.ts).

const openReportOfYear = async (page: Page, year: number) => {
  await page.goto("/reports");
  await page
    .getByRole("row", { name: new RegExp(`${year}年度`) })
    .getByRole("link", { name: "打开" })
    .click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(editorStep(page, /报告信息/)).toBeVisible();
};

test("signed out: login, 年报专栏 (list, office, report) and the 404 page pass axe", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/login");
  const passed = await expectNoAxeViolations(page, "登录");
  expect(passed).toEqual(expect.arrayContaining(["color-contrast", "label", "html-has-lang"]));

  await page.goto("/gongkai");
  await expectNoAxeViolations(page, "年报专栏");
  await page
    .getByRole("link", { name: /示范区教育局/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/gongkai\/[^/]+$/);
  await expectNoAxeViolations(page, "年报专栏·机关");
  await page.getByRole("link", { name: /2024/ }).first().click();
  await expect(page).toHaveURL(/\/gongkai\/[^/]+\/2024/);
  await expectNoAxeViolations(page, "年报专栏·年报");

  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expectNoAxeViolations(page, "404");
});

// The editor's steps in two halves, each test well under a minute on a busy machine.
for (const [first, last] of [
  [0, 3],
  [4, 6],
] as const) {
  test(`every step of the editor passes axe: steps ${first + 1}–${last + 1} (表二, 表三, 表四 among them)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, "weijian");
    await openReportOfYear(page, 2025);
    const steps = page.getByRole("navigation", { name: "填报步骤" }).getByRole("button");
    expect(await steps.count()).toBe(7);
    for (let i = first; i <= last; i += 1) {
      await steps.nth(i).click();
      const name = (await steps.nth(i).textContent()) ?? String(i);
      // The step's own content is on screen before axe looks.
      if (/二、|三、|四、/.test(name)) await expect(page.locator("[data-table-wrap]")).toBeVisible();
      // From 1280 px up the tables have no scroll box of their own (their headers stick to the window).
      await expectNoAxeViolations(page, `编辑器 ${name}`);
    }
  });
}

test("a 填报人's other pages pass axe: 我的年报, history, preview, account", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, "weijian");
  await expectNoAxeViolations(page, "我的年报");
  await openReportOfYear(page, 2025);
  const editor = page.url();
  await page.goto(`${editor}/history`);
  await expectNoAxeViolations(page, "历史记录");
  await page.goto(`${editor}/preview`);
  await expectNoAxeViolations(page, "预览");
  await page.goto("/account");
  await expectNoAxeViolations(page, "账户");
});

test("a 审核人's pages pass axe: 审核台, a report under review (read-only), 我的年报", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, "shenhe", "/review");
  await expectNoAxeViolations(page, "审核台");
  await page
    .getByRole("row", { name: /示范区卫生健康局/ })
    .getByRole("link")
    .click();
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  await expectNoAxeViolations(page, "审核人查看年报");
  await page.goto("/reports");
  await expectNoAxeViolations(page, "审核人的我的年报");
});

// The header's 待办 badge and 待办与消息 with unread messages present: a 审核人's comment reaches the 填报人, whose
// reply reaches the 审核人; then every page each of them sees passes axe with the count on screen.
test("with unread messages, the badge, 待办与消息 and the 审核 pages pass axe", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { filler, reviewer, report } = await submittedWithComment(browser, baseURL, "2029", "请核对件数。");
  await filler.goto("/reports");
  await expect(filler.getByTestId("inbox-link")).toHaveAccessibleName(/^待办\s*\d+ 条未读$/);
  await expectNoAxeViolations(filler, "我的年报（有未读）");
  await filler.goto("/inbox");
  await expect(filler.getByRole("heading", { name: /待办与消息\s*\d+ 条未读/ })).toBeVisible();
  await expectNoAxeViolations(filler, "待办与消息（有未读）");
  await filler.goto(report);
  await filler
    .getByTestId("comment")
    .getByRole("button", { name: /^回\s*复$/ })
    .click();
  await filler.getByLabel("回复内容").fill("已核对。");
  await filler.getByRole("button", { name: /确\s*定/ }).click();
  await expect(filler.getByTestId("comment-reply")).toContainText("已核对。");
  await expectNoAxeViolations(filler, "编辑器（有未读）");

  await reviewer.goto("/review");
  await expect(reviewer.getByTestId("inbox-link")).toHaveAccessibleName(/^待办\s*\d+ 条未读$/);
  for (const [path, where] of [
    ["/review", "审核台"],
    ["/review/approval", "审核流程"],
    ["/review/requirements", "填报要求"],
    ["/review/on-time", "按时率"],
    ["/review/rollup", "汇总"],
    ["/review/import", "批量导入"],
    [report, "审核人查看年报"],
    [`${report}/history`, "审核人查看历史"],
    ["/inbox", "审核人的待办与消息"],
  ] as const) {
    await reviewer.goto(path);
    await expect(reviewer.getByTestId("inbox-badge")).toBeVisible();
    await expectNoAxeViolations(reviewer, `${where}（有未读）`);
  }
  await reviewer.context().close();
  await filler.context().close();
});

test("管理 and a published report (read-only to its filler) pass axe", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, "admin", "/admin");
  await expectNoAxeViolations(page, "管理");
  await page.context().clearCookies();
  await signIn(page, "jiaoyu");
  await openReportOfYear(page, 2024);
  await expect(page.getByTestId("read-only-banner")).toContainText("年报已发布");
  await expectNoAxeViolations(page, "已发布年报");
  await openSection(page, /三、收到和处理/);
  await expectNoAxeViolations(page, "已发布年报 表三");
});

test("on a phone (375 px) the header keeps every entry reachable and the pages pass axe", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/login");
  await expectNoAxeViolations(page, "登录 375px");
  await signIn(page, "shenhe", "/review");
  const navigation = page.getByRole("navigation", { name: "主导航" });
  // A 审核人 who fills for no office has no 我的年报 entry (D58).
  for (const label of ["审核", "年报专栏"]) {
    await expect(navigation.getByRole("link", { name: label })).toBeVisible();
  }
  await expectNoAxeViolations(page, "审核台 375px");
  await page.goto("/gongkai");
  await expectNoAxeViolations(page, "年报专栏 375px");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
