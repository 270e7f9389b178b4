import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";

import {
  cell,
  expectSaved,
  fillLastSections,
  fillZeros,
  openSection,
  signIn,
  submitWithExplanations,
} from "./fixtures/session";
import { addAccount, firstSignIn, type TNewAccount } from "./fixtures/accounts";

// The region (示范区人民政府办公室, 审核人 shenhe) rolls up 2024: 示范区教育局 published its 2024 report (demo
// data); 示范区卫生健康局 has none until its 填报人 writes one here and the 审核人 approves it.
test.describe.configure({ mode: "serial" });

const YEAR = "2024";
const SHOTS = "docs/images/rollup";

const openRollup = async (page: Page) => {
  await signIn(page, "shenhe", `/review?year=${YEAR}`);
  await page.getByRole("link", { name: "汇总", exact: true }).click();
  await expect(page.getByRole("heading", { name: /汇总 · 示范区人民政府办公室/ })).toBeVisible();
};

test("审核人 creates the roll-up: the office without a report is listed as missing, a cell shows each office's share", async ({
  page,
}) => {
  await openRollup(page);
  await expect(page.getByRole("checkbox", { name: "示范区教育局" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "示范区卫生健康局" })).toBeChecked();
  // Nothing ticked never means “all”: the button is disabled and says why; it names how many it sums.
  await page.getByRole("button", { name: "全不选" }).click();
  await expect(page.getByText("请至少勾选一个机关；要汇总全部机关，点“全选”。")).toBeVisible();
  await expect(page.getByRole("button", { name: /生成汇总（已选 0 \/ \d+ 个机关）/ })).toBeDisabled();
  await page.getByRole("checkbox", { name: "示范区教育局" }).check();
  await expect(page.getByRole("button", { name: /生成汇总（已选 1 \/ \d+ 个机关）/ })).toBeEnabled();
  await page.getByRole("button", { name: /^全\s*选$/ }).click();
  await page.getByRole("button", { name: /生成汇总（全部 \d+ 个机关）/ }).click();
  await expect(page.getByText("已生成汇总")).toBeVisible({ timeout: 30_000 });
  const missing = page.getByTestId("rollup-missing");
  // Other journeys may add offices (管理) or open 卫健局's 2024 draft first: the count is theirs, the listing ours.
  await expect(missing).toContainText(/未纳入汇总的机关（\d+）/);
  await expect(missing).toContainText(/示范区卫生健康局\s*(未开始|草稿)/);
  // The public-portal journey may have published a correction of it (edition 2): the latest edition counts.
  await expect(page.getByText(/示范区教育局：已发布（第 \d+ 版）/)).toBeVisible();

  await page.getByRole("tab", { name: "表三" }).click();
  const sum = page.locator('[data-rollup-cell="t3.new_received.natural_person"]');
  await expect(sum).toHaveText("5"); // the published demo report's 5 requests from 自然人
  await sum.hover();
  const popover = page.getByTestId("rollup-contributions");
  await expect(popover).toContainText("示范区教育局");
  await expect(popover).toContainText("5");
  await page.screenshot({ path: `${SHOTS}/01-rollup-missing.png` });
});

// The region's 填报人 (a new account of this journey) writes the roll-up report's text, so that it can be submitted.
const QUBAN: TNewAccount = {
  username: "quban",
  name: "区政府办填报人",
  first: "Shifan#Huizong2026",
  next: "Huizong@Shifan2027",
};

test("the 管理员 adds the region's 填报人, who writes the roll-up report's text", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000); // two sign-ins and a password change on a shared machine
  await addAccount(page, QUBAN, "示范区人民政府办公室", "填报人");
  const filler = await firstSignIn(browser, baseURL, QUBAN, `/reports?year=${YEAR}`);
  await filler
    .getByRole("row", { name: new RegExp(`${YEAR}年度`) })
    .getByRole("link", { name: "打开" })
    .click();
  await expect(
    filler.getByRole("heading", { name: new RegExp(`示范区人民政府办公室 ${YEAR}年度`) }),
  ).toBeVisible();
  await openSection(filler, /一、总体情况/);
  await filler
    .locator('[data-section="s1"]')
    .fill(
      "（一）主动公开\n全区各部门主动公开政府信息。\n（二）依申请公开\n各部门均在法定期限内答复。\n" +
        "（三）政府信息管理\n完成公开目录动态更新。\n（四）政府信息公开平台建设\n优化公开专栏。\n" +
        "（五）监督保障\n开展政务公开业务培训。",
    );
  await fillLastSections(filler, "本年度未收取信息处理费。");
  await expectSaved(filler);
});

// 卫健局's 2024 may already exist: the import journey opens it prefilled from an imported 2023. Every table is set
// to 0 first, so the report is this journey's own.
test("卫健局填报人 writes the 2024 report", async ({ page }) => {
  await signIn(page, "weijian");
  await page.getByLabel("年度", { exact: true }).fill(YEAR);
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`示范区卫生健康局 ${YEAR}年度`) })).toBeVisible({
    timeout: 30_000,
  });
  await openSection(page, /一、总体情况/);
  await page
    .locator('[data-section="s1"]')
    .fill(
      "（一）主动公开\n本年度通过政府网站主动公开政府信息80条，其中政策文件12件、政策解读5篇。\n" +
        "（二）依申请公开\n全年收到政府信息公开申请2件，均在法定期限内答复。\n" +
        "（三）政府信息管理\n完成公开目录动态更新，发布前逐件开展保密审查。\n" +
        "（四）政府信息公开平台建设\n优化政府网站信息公开专栏，栏目设置更加清晰。\n" +
        "（五）监督保障\n开展政务公开业务培训2次，并纳入年度绩效考核。",
    );
  await fillZeros(page, /二、主动公开/, { overwrite: true });
  await fillZeros(page, /三、收到和处理/, { overwrite: true });
  await cell(page, "t3.new_received.natural_person").fill("2");
  await cell(page, "t3.granted.natural_person").fill("2");
  await fillZeros(page, /四、政府信息公开行政复议/, { overwrite: true });
  await fillLastSections(page, "本年度未收取信息处理费。");
  await expectSaved(page);
});

test("卫健局填报人 submits it", async ({ page }) => {
  await signIn(page, "weijian");
  await page
    .getByRole("row", { name: new RegExp(`${YEAR}年度`) })
    .getByRole("link", { name: "打开" })
    .click();
  await expect(page.getByRole("heading", { name: new RegExp(`示范区卫生健康局 ${YEAR}年度`) })).toBeVisible();
  await submitWithExplanations(page);
});

test("after the approval the roll-up is stale; 刷新 makes it complete, and the .xlsx has a row per office and 合计", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "shenhe", `/review?year=${YEAR}`);
  await page
    .getByRole("row", { name: /示范区卫生健康局/ })
    .getByRole("link", { name: "审核" })
    .click();
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog", { name: "审核通过" }).getByLabel("审核意见").fill("已核对，同意。");
  await page
    .getByRole("dialog", { name: "审核通过" })
    .getByRole("button", { name: /确\s*定/ })
    .click();
  await expect(page.getByText(/只读（已通过）/)).toBeVisible();

  await page.goto(`/review?year=${YEAR}`);
  await page.getByRole("link", { name: "汇总", exact: true }).click();
  const stale = page.getByTestId("rollup-stale");
  await expect(stale).toContainText("汇总已过期");
  await expect(stale).toContainText("新纳入：示范区卫生健康局");
  await page.screenshot({ path: `${SHOTS}/02-rollup-stale.png`, fullPage: true });

  // Submitting the stale roll-up: the 提交审核 dialog names the change and asks to refresh or write why not.
  const address = await page.getByRole("link", { name: "打开汇总报告（填写正文）" }).getAttribute("href");
  const filler = await (await browser.newContext({ baseURL })).newPage();
  await filler.goto(`/login?next=${encodeURIComponent(address!)}`);
  await filler.getByLabel("用户名").fill(QUBAN.username);
  await filler.getByLabel("密码").fill(QUBAN.next);
  await filler.getByRole("button", { name: /登\s*录/ }).click();
  await filler.getByRole("button", { name: "提交审核" }).click();
  const submit = filler.getByRole("dialog", { name: "提交审核" });
  await expect(submit).toContainText("汇总已过期：可先在汇总页刷新，或在此写明不刷新的理由");
  await expect(submit).toContainText(/汇总已过期：汇总后示范区卫生健康局的年报有变化/);
  await filler.screenshot({ path: `${SHOTS}/04-rollup-stale-submit.png` });
  await submit.getByRole("button", { name: /取\s*消/ }).click();
  await filler.context().close();

  await stale.getByRole("button", { name: /刷\s*新/ }).click();
  await expect(page.getByText("汇总与各机关当前的年报一致")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("rollup-missing")).not.toContainText("示范区卫生健康局");

  await page.getByRole("tab", { name: "表三" }).click();
  const sum = page.locator('[data-rollup-cell="t3.new_received.natural_person"]');
  await expect(sum).toHaveText("7");
  await sum.focus();
  const popover = page.getByTestId("rollup-contributions");
  await expect(popover).toContainText("示范区教育局5");
  await expect(popover).toContainText("示范区卫生健康局2");
  await page.screenshot({ path: `${SHOTS}/03-rollup-contributions.png` });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 Excel" }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["表二", "表三", "表四", "校验结果"]);
  const t3 = workbook.getWorksheet("表三")!;
  const offices = [4, 5, 6].map((r) => String(t3.getCell(r, 1).value));
  expect(offices.slice(0, 2).sort()).toEqual(["示范区卫生健康局", "示范区教育局"].sort());
  expect(offices[2]).toBe("合计");
  let column = 0;
  for (let c = 2; c <= t3.columnCount; c += 1) {
    if (String(t3.getCell(2, c).value).includes("本年新收") && t3.getCell(3, c).value === "自然人")
      column = c;
  }
  expect(column).toBeGreaterThan(0);
  const valueOf = (office: string) => t3.getCell(4 + offices.indexOf(office), column).value;
  expect([valueOf("示范区卫生健康局"), valueOf("示范区教育局")]).toEqual([2, 5]);
  expect((t3.getCell(6, column).value as ExcelJS.CellFormulaValue).result).toBe(7);
  const findings = workbook.getWorksheet("校验结果")!;
  expect(findings.getColumn(1).values).toEqual(expect.arrayContaining(["示范区卫生健康局", "示范区教育局"]));
});

test("an out-of-range or non-numeric year in the address falls back to the current year with a notice", async ({
  page,
}) => {
  await signIn(page, "shenhe", "/review?year=1900");
  await expect(
    page.getByText(/^年度“1900”早于国家格式适用的年度，可查看 2019—\d{4} 年度；已显示 2025 年度。$/),
  ).toBeVisible();
  await expect(page.getByText("1901")).toHaveCount(0);
  await page.goto("/review/rollup?year=abc");
  await expect(page.getByText(/^年度“abc”不是四位年份，.*已显示 2025 年度。$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /汇总 · / })).toBeVisible();
  await page.goto("/review/on-time?year=3000");
  await expect(page.getByText(/^年度“3000”尚未开始，.*已显示 2025 年度。$/)).toBeVisible();
});
