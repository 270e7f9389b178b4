import { expect, test } from "@playwright/test";

import { signIn } from "./fixtures/session";

test("downloading a report with errors asks for confirmation first; the draft file carries the 草稿 banner", async ({
  page,
}) => {
  // 卫健局's demo draft is half filled: blank cells and an empty 五 are errors.
  await signIn(page, "weijian");
  await page.getByRole("link", { name: "打开" }).first().click();
  await expect(page.getByTestId("findings-panel")).toContainText("错误");

  await page.getByRole("link", { name: "下载 Word" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(/报告有 \d+ 个错误，仍要下载 Word吗？/);
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/download-confirm.png` });
  await dialog.getByRole("button", { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("link", { name: "下载网页" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("dialog").getByRole("button", { name: "仍然下载" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/示范区卫生健康局\d{4}年政府信息公开工作年度报告\.html$/);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString("utf8")).toContain('<p class="draft-banner" role="note">');
});
