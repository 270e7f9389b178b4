import { expect, test, type Page } from "@playwright/test";

import { DEMO_PASSWORD } from "./fixtures/session";

test.describe.configure({ mode: "serial" });

// The 审核人 sends a 催报 to an office that has not started its 2025 report (示范区教育局 in the demo data);
// its 填报人 sees the to-do with the badge in the header, opens it and lands on the report. Two tests, one per
// person, each well under a minute.

/** Signs in through the login page; a password check can take several seconds on a busy machine. */
const signIn = async (page: Page, username: string, next: string) => {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`), { timeout: 30_000 });
};

test("the 审核人 sends a 催报 to the office that has not started", async ({ browser, baseURL }) => {
  const reviewerContext = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, "shenhe", "/review");

  // Only the offices that have not started, by the status filter (the address keeps it).
  await reviewer.getByRole("combobox", { name: "状态" }).click();
  // antd's visible option (its role="option" twins are hidden, for screen readers).
  await reviewer.locator('.ant-select-item-option[title="未创建"]').click();
  await expect(reviewer).toHaveURL(/status=NONE/);
  await reviewer.keyboard.press("Escape");
  const row = reviewer.getByRole("row", { name: /示范区教育局/ });
  await expect(row).toBeVisible();
  await expect(reviewer.getByRole("row", { name: /示范区卫生健康局/ })).toHaveCount(0);
  await row.getByRole("checkbox").check();
  await reviewer.getByRole("button", { name: /催报（1）/ }).click();
  const dialog = reviewer.getByRole("dialog", { name: /催报/ });
  await dialog.getByLabel("附言").fill("请于本周五前提交。");
  await reviewer.screenshot({ path: "docs/images/review-board-reminder.png" });
  await dialog.getByRole("button", { name: "发送催报" }).click();
  await expect(reviewer.getByText("已向 1 个机关催报，1 位填报人收到待办。")).toBeVisible();
  await expect(dialog).toBeHidden();
  // The board records when the office was reminded.
  const reminderColumn = (await reviewer.getByRole("columnheader").allTextContents()).findIndex((title) =>
    title.includes("催报"),
  );
  expect(reminderColumn).toBeGreaterThan(0);
  await expect(row.getByRole("cell").nth(reminderColumn)).toContainText(
    /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/,
  );
  await reviewer.screenshot({ path: "docs/images/review-board.png" });
  // A second press right after sends nothing: the office is named with its last 催报, no second to-do.
  await row.getByRole("checkbox").check();
  await reviewer.getByRole("button", { name: /催报（1）/ }).click();
  await dialog.getByRole("button", { name: "发送催报" }).click();
  const result = reviewer.getByRole("dialog").filter({ hasText: "催报结果" });
  await expect(result).toContainText("没有发送催报。");
  await expect(result).toContainText(
    /已跳过 1 个 24 小时内已催报过的机关：示范区教育局（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}，[^）]+）。/,
  );
  await reviewer.screenshot({ path: "docs/images/review-board-reminder-repeat.png" });
  await result.getByRole("button", { name: /知道了|OK|确\s*定/ }).click();
  await reviewerContext.close();
});

test("its 填报人 sees the to-do with the badge, opens it and lands on the report", async ({
  browser,
  baseURL,
}) => {
  const fillerContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const filler = await fillerContext.newPage();
  await signIn(filler, "jiaoyu", "/reports");
  // Earlier journeys leave 教育局's 填报人 other messages too: the 催报 is one more unread, read once opened.
  const unread = async () =>
    Number(((await filler.getByTestId("inbox-badge").textContent()) ?? "").replace(/\D/g, "") || 0);
  await expect.poll(unread).toBeGreaterThanOrEqual(1);
  const before = await unread();
  await filler.getByTestId("inbox-link").click();
  await expect(filler).toHaveURL(/\/inbox$/);
  const message = filler.getByTestId("inbox-message").filter({ hasText: "催报" });
  await expect(message).toContainText("请尽快填报 示范区教育局 2025 年度");
  await expect(message).toContainText("附言：请于本周五前提交。");
  await filler.screenshot({ path: "docs/images/inbox.png" });

  // Not started: the to-do leads to 我的年报 with 2025 chosen; 新建 opens the report.
  await message.getByRole("link").click();
  await expect(filler).toHaveURL(/\/reports\?year=2025$/);
  await expect(filler.getByLabel("年度")).toHaveValue("2025");
  await expect.poll(unread).toBe(before - 1);
  await filler.getByRole("button", { name: /新\s*建/ }).click();
  // Creating computes 上年结转 from last year's report: allow for a busy machine.
  await expect(filler.getByRole("heading", { name: /示范区教育局 2025年度/ })).toBeVisible({
    timeout: 30_000,
  });
  const reportUrl = filler.url();

  // Opened again from the inbox (now read), the same to-do leads straight to the report.
  await filler.goto("/inbox");
  await expect(filler.getByRole("heading", { name: /待办与消息/ })).toBeVisible();
  await filler.getByTestId("inbox-message").filter({ hasText: "催报" }).getByRole("link").click();
  await expect(filler).toHaveURL(reportUrl);
  await expect(filler.getByRole("heading", { name: /示范区教育局 2025年度/ })).toBeVisible();
  await fillerContext.close();
});
