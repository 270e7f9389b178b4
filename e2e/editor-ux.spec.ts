import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";

import { cell, DEMO_PASSWORD, expectSaved, openSection, pasteInto } from "./fixtures/session";

// Issue 15 §1, 3, 4, 5, 7 as a 填报人 of 示范区卫生健康局 and the 审核人 live them, on years no other journey
// uses (2031, 2032). Serial: one report goes from new to published.

test.describe.configure({ mode: "serial" });
test.setTimeout(60_000);
// The machine running the journeys is shared and often loaded: allow a page 20 s to show what it must.
const expect = baseExpect.configure({ timeout: 20_000 });

/** Signs in through the login page (Argon2 at production cost, hence the wait) and lands on `next`. */
const signIn = async (page: Page, username: string, next = "/reports") => {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`), { timeout: 30_000 });
};

const YEAR = "2031";
const OTHER_YEAR = "2032";
let reportId = "";

const newSession = async (browser: Browser, baseURL: string | undefined, username: string) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
};

const stepState = (page: Page, step: string) =>
  page.locator(`[data-step="${step}"] [data-testid="step-progress"]`);

const createYear = async (page: Page, year: string) => {
  await page.goto("/reports");
  await page.getByLabel("年度", { exact: true }).fill(year);
  await page.getByRole("button", { name: /新\s*建/ }).click();
};

const fillZeros = async (page: Page, section: RegExp) => {
  await openSection(page, section);
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false)) {
    await dialog.getByRole("button", { name: /全部改为\s*0/ }).click();
  }
};

test("新建 refuses years outside the range; a new report shows items to fill, not errors", async ({
  page,
}) => {
  await signIn(page, "weijian");
  await page.setViewportSize({ width: 1440, height: 900 });
  await createYear(page, "2018");
  await expect(page.getByText("不能新建 2018 年度的年报：国家格式从 2019 年度起适用")).toBeVisible();
  // antd no longer clamps the number silently: 2018 stays 2018.
  await expect(page.getByLabel("年度", { exact: true })).toHaveValue("2018");
  await createYear(page, "2099");
  await expect(
    page.getByText(/不能新建 2099 年度的年报：该年度尚未开始，可新建 2019—\d{4} 年度的年报/),
  ).toBeVisible();

  await createYear(page, YEAR);
  await expect(page.getByRole("heading", { name: new RegExp(`示范区卫生健康局 ${YEAR}年度`) })).toBeVisible({
    timeout: 30_000,
  });
  reportId = page.url().split("/").pop() ?? "";
  await expect(page.getByTestId("completeness")).toContainText("0%");
  await expect(page.getByRole("progressbar", { name: "完整度 0%" })).toHaveAttribute("aria-valuenow", "0");
  await expect(stepState(page, "details")).toHaveText("4 处未填");
  await expect(stepState(page, "s1")).toHaveText("1 处未填");
  for (const step of ["s2", "s3", "s4"]) await expect(stepState(page, step)).toHaveText(/^\d+ 处未填$/);
  await expect(page.locator('[data-testid="step-progress"]', { hasText: "个错误" })).toHaveCount(0);
  // The counts are not cut off: each state is as wide as its text.
  const clipped = await page
    .getByTestId("step-progress")
    .evaluateAll((nodes) => nodes.filter((n) => n.scrollWidth > n.clientWidth + 1).length);
  expect(clipped).toBe(0);
  await page.screenshot({ path: "docs/images/editor-progress.png" });
});

test("paste keeps a quoted multi-line cell in its cell; keys of a composing IME stay with it; 1,234 is 1234", async ({
  page,
}) => {
  await signIn(page, "weijian", `/reports/${reportId}`);
  await openSection(page, /三、收到和处理/);
  const below = ["natural_person", "commercial", "research"].map((col) => cell(page, `t3.granted.${col}`));
  await below[0]!.fill("7");
  await pasteInto(page, "t3.new_received.natural_person", '3\t"2\r\n(含1件补正)"\t1\r\n4\t5\t6\r\n');
  await expect(
    page.getByText(/已粘贴 5 个单元格；1 个值不是数字，未填入：“2\s*\(含1件补正\)”/),
  ).toBeVisible();
  await expect(cell(page, "t3.new_received.natural_person")).toHaveValue("3");
  await expect(cell(page, "t3.new_received.commercial")).toHaveValue("");
  await expect(cell(page, "t3.new_received.research")).toHaveValue("1");
  await expect(cell(page, "t3.carried_over.research")).toHaveValue("6");
  // The row below the block is untouched (the broken line used to overwrite it).
  await expect(below[0]!).toHaveValue("7");
  await expect(below[1]!).toHaveValue("");

  // While an input method composes, Enter/arrows choose candidates: the focus stays in the cell.
  const start = cell(page, "t3.granted.commercial");
  await start.focus();
  for (const init of [
    { key: "Enter", isComposing: true },
    { key: "ArrowDown", keyCode: 229 },
    { key: "Tab", keyCode: 229 },
  ]) {
    await start.evaluate((element, eventInit) => {
      element.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true, data: "" }));
      element.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...eventInit }));
      element.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "一" }));
    }, init);
    await expect(start).toBeFocused();
  }
  // Without composition, Enter moves down as in Excel.
  await page.keyboard.press("Enter");
  await expect(cell(page, "t3.partial.commercial")).toBeFocused();

  await cell(page, "t3.granted.research").pressSequentially("1,234");
  await expect(cell(page, "t3.granted.research")).toHaveValue("1234");
  await expectSaved(page);
  await page.reload();
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.granted.research")).toHaveValue("1234");
  await expect(cell(page, "t3.new_received.research")).toHaveValue("1");

  // 全部填 0 on a table with nothing blank offers only to overwrite, never to fill 0 cells.
  await openSection(page, /四、政府信息公开行政复议/);
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  await expect(cell(page, "t4.review.maintained")).toHaveValue("0");
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("没有空白单元格");
  await expect(dialog.getByRole("button", { name: /只填/ })).toHaveCount(0);
  await page.screenshot({ path: "docs/images/editor-fill-zero-full.png", animations: "disabled" });
  await dialog.getByRole("button", { name: /取\s*消/ }).click();
});

test("成文日期 takes 2027年1月20日, refuses 2027-02-30; missing publication details are findings", async ({
  page,
}) => {
  await signIn(page, "weijian", `/reports/${reportId}`);
  const findings = page.getByTestId("findings-panel");
  await expect(findings).toContainText("报告信息：发布网站未填写");
  await expect(findings).toContainText("报告信息：成文日期未填写");
  await page.getByLabel("发布网站").fill("示范区人民政府门户网站");
  await page.getByLabel("联系机构").fill("示范区卫生健康局办公室");
  await page.getByLabel("联系电话").fill("010-00000000");
  await page.getByLabel("落款机关").fill("示范区卫生健康局");
  const date = page.getByLabel("成文日期");
  await date.click();
  await date.fill("2027-02-30");
  await date.press("Tab");
  await expect(page.getByText("2027年2月没有 30 日，请核对成文日期")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.screenshot({ path: "docs/images/editor-issue-date.png", animations: "disabled" });
  await date.click();
  await date.fill("2027年1月20日");
  await date.press("Enter");
  await expect(page.getByText("2027年2月没有 30 日")).toHaveCount(0);
  await expectSaved(page);
  await expect(findings).not.toContainText("成文日期未填写");
  await expect(findings).not.toContainText("发布网站未填写");
  await expect(stepState(page, "details")).toHaveText("✓ 已完成");
  await page.reload();
  await expect(page.getByLabel("成文日期")).toHaveValue("2027年1月20日");
  // Emptied and left, the date is cleared (whether the calendar's code has come yet or not).
  await page.getByLabel("成文日期").fill("");
  await page.getByLabel("成文日期").press("Tab");
  await expect(findings).toContainText("报告信息：成文日期未填写");
});

const submit = async (filler: Page) => {
  await filler.getByRole("button", { name: "提交审核" }).click();
  const dialog = filler.getByRole("dialog", { name: "提交审核" });
  for (const field of await dialog.getByRole("textbox").all()) await field.fill("已核实。");
  await dialog.getByRole("button", { name: /提\s*交/ }).click();
  await expect(filler.getByText(/只读（待审核）/)).toBeVisible();
};

test("a complete report reads 100%; 撤回 takes a submission back before review starts", async ({ page }) => {
  await signIn(page, "weijian", `/reports/${reportId}`);
  await fillZeros(page, /二、主动公开/);
  await fillZeros(page, /三、收到和处理/);
  await fillZeros(page, /四、政府信息公开行政复议/);
  const texts: [RegExp, string, string][] = [
    [
      /一、总体情况/,
      "s1",
      "（一）主动公开\n本年度主动公开政府信息60条。\n（二）依申请公开\n本年度未收到政府信息公开申请。\n（三）政府信息管理\n按要求开展公开属性源头认定。\n（四）平台建设\n优化门户网站专栏。\n（五）监督保障\n开展培训1次。",
    ],
    [/五、存在的主要问题/, "s5", "（一）存在的主要问题\n解读形式单一。\n（二）改进情况\n增加图解解读。"],
    [/六、其他需要报告的事项/, "s6", "本年度未收取信息处理费。"],
  ];
  for (const [menu, section, text] of texts) {
    await openSection(page, menu);
    await page.locator(`[data-section="${section}"]`).fill(text);
  }
  await expectSaved(page);
  await expect(page.getByTestId("completeness")).toContainText("100%");
  await expect(page.getByRole("progressbar", { name: "完整度 100%" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await submit(page);
  await page.getByRole("button", { name: /^撤\s*回$/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^撤\s*回$/ })
    .click();
  await expect(page.getByText("已撤回，年报回到草稿")).toBeVisible();
  await expect(page.getByRole("button", { name: "提交审核" })).toBeVisible();
  await submit(page);
});

test("the 审核台 shows 完整度; the 审核人 comments on a cell and returns the report", async ({ page }) => {
  await signIn(page, "shenhe", `/review?year=${YEAR}`);
  const row = page.getByRole("row", { name: /示范区卫生健康局/ });
  await expect(row.getByTestId("row-progress")).toContainText("100%");
  await page.screenshot({ path: "docs/images/review-board-progress.png" });
  await row.getByRole("link", { name: "审核" }).click();
  await openSection(page, /二、主动公开/);
  await cell(page, "t2.licensing.decisions").focus();
  await page.getByRole("button", { name: "添加批注" }).click();
  await page.getByLabel("批注内容").fill("行政许可不应为 0，请核对。");
  await page.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByTestId("comment")).toContainText("行政许可不应为 0", { timeout: 20_000 });
  await page.getByRole("button", { name: /退\s*回/ }).click();
  await page.getByLabel("退回意见").fill("请按批注核对表二。");
  await page.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText(/只读（已退回）/)).toBeVisible({ timeout: 20_000 });
});

test("after the fix and resubmission the 审核人 sees each change since the return, with the comment it answers", async ({
  browser,
  baseURL,
}) => {
  const filler = await newSession(browser, baseURL, "weijian");
  await filler.goto(`/reports/${reportId}`);
  await openSection(filler, /二、主动公开/);
  await cell(filler, "t2.licensing.decisions").fill("12");
  await expectSaved(filler);
  // The 填报人 answers the comment; the reviewer reads the answer next to the change (D60).
  await filler
    .getByTestId("comment")
    .getByRole("button", { name: /^回\s*复$/ })
    .click();
  await filler.getByLabel("回复内容").fill("已改为 12 件。");
  await filler.getByRole("button", { name: /确\s*定/ }).click();
  await expect(filler.getByTestId("comment-reply")).toContainText("已改为 12 件。");
  await submit(filler);

  const reviewer = await newSession(browser, baseURL, "shenhe");
  await reviewer.goto(`/reports/${reportId}`);
  await reviewer.getByRole("link", { name: "自上次审核以来的修改" }).click();
  const diff = reviewer.getByTestId("diff-table");
  await expect(diff).toContainText("请按批注核对表二。");
  const section = diff.locator('[data-testid="diff-section"][data-step="s2"]');
  await expect(section).toContainText("二、主动公开政府信息情况");
  const changed = section.getByRole("row", { name: /行政许可/ });
  await expect(changed).toContainText("0");
  await expect(changed).toContainText("12");
  await expect(changed).toContainText("行政许可不应为 0，请核对。");
  await expect(changed.getByTestId("diff-reply")).toContainText("回复：卫健局填报人：已改为 12 件。");
  await expect(reviewer.getByText(/没有修改/)).toHaveCount(0);
  // History names places in words, never ids.
  const history = reviewer.getByRole("table").last();
  await expect(history).toContainText("撤回提交");
  await expect(history).toContainText("表二“");
  await expect(history).not.toContainText(/cell:|section:|narrative:|t2\./);
  // Each editing session says what it changed, by the template's names (D60); the newest is listed first.
  await expect(history.getByRole("row", { name: /保存/ }).first()).toContainText(/修改：表二“[^”]*行政许可/);
  await expect(history).toContainText(/修改：报告信息；第一部分正文；表二 \d+ 格（表二“/);
  await reviewer.screenshot({ path: "docs/images/history-review-diff.png", fullPage: true });
});

test("审核通过 asks for confirmation and an 审核意见; a published report has no 接受 button", async ({
  page,
}) => {
  await signIn(page, "shenhe", `/reports/${reportId}`);
  const accept = page.getByTestId("workflow-panel").getByRole("button", { name: /^接\s*受$/ });
  // The 填报人 explained two warnings at submission: until publication the 审核人 may accept them.
  await expect(accept).toHaveCount(2);
  await page.getByRole("button", { name: "审核通过" }).click();
  const dialog = page.getByRole("dialog", { name: "审核通过" });
  // The dialog names what is still open (D60): the two explanations nobody accepted; the comment was answered.
  const warning = dialog.getByTestId("approval-warning");
  await expect(warning).toContainText("还有 2 条警告说明未接受。仍可审核通过");
  await expect(warning).not.toContainText("批注");
  await expect(warning.getByRole("listitem")).toHaveCount(2);
  await page.screenshot({ path: "docs/images/approve-open-items.png", animations: "disabled" });
  await expect(dialog.getByRole("button", { name: /确\s*定/ })).toBeDisabled();
  await dialog.getByLabel("审核意见").fill("数据已核对，同意发布。");
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText(/只读（已通过）/)).toBeVisible();
  await page.getByRole("button", { name: /^发\s*布$/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^发\s*布$/ })
    .click();
  await expect(page.getByText(/只读（已发布）/)).toBeVisible();
  await expect(accept).toHaveCount(0);
  await expect(page.getByTestId("workflow-panel")).toContainText("未接受");
  await page.goto(`/reports/${reportId}/history`);
  await expect(page.getByRole("cell", { name: /审核意见：数据已核对，同意发布。/ })).toBeVisible();
});

test("删除草稿 asks first, removes it from 我的年报 and keeps it in the history", async ({ page }) => {
  await signIn(page, "weijian");
  await createYear(page, OTHER_YEAR);
  await expect(
    page.getByRole("heading", { name: new RegExp(`示范区卫生健康局 ${OTHER_YEAR}年度`) }),
  ).toBeVisible();
  const id = page.url().split("/").pop() ?? "";
  await page.getByRole("button", { name: "删除草稿" }).click();
  const confirm = page.getByRole("dialog", { name: "删除这份草稿？" });
  await expect(confirm).toContainText("已删除的草稿");
  await page.screenshot({ path: "docs/images/editor-delete-draft.png", animations: "disabled" });
  await confirm.getByRole("button", { name: /删\s*除/ }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("row", { name: new RegExp(`${OTHER_YEAR}年度`) })).toHaveCount(0);
  await expect(
    page.getByRole("row", { name: new RegExp(`${YEAR}年度`) }).getByTestId("row-progress"),
  ).toBeVisible();
  await page.screenshot({ path: "docs/images/my-reports-progress.png", fullPage: true });
  expect((await page.goto(`/reports/${id}`))?.status()).toBe(404);
  await createYear(page, OTHER_YEAR);
  await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
  await page.goto(`/reports/${id}/history`);
  await expect(page.getByRole("cell", { name: "删除草稿", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: `${OTHER_YEAR}年度草稿已删除` })).toBeVisible();
});
