import { expect, test, type Page } from "@playwright/test";

import {
  cell,
  expectSaved,
  newSession,
  openSection,
  submitWithExplanations,
  writeReport,
} from "./fixtures/session";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const YEAR = "2030";

const download = async (page: Page, url: string) => {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  return { body: await response.body(), sha: response.headers()["x-content-sha256"] };
};

test("填报人 submits, 审核人 comments on a cell and returns, 填报人 fixes and resubmits, 审核人 approves and publishes; the published file stays frozen through a correction", async ({
  browser,
  baseURL,
}) => {
  // 填报人 writes a clean report and submits it.
  const filler = await newSession(browser, baseURL, "jiaoyu");
  const reportId = await writeReport(filler, YEAR, "本年度未收取信息处理费。");
  await expectSaved(filler);
  await submitWithExplanations(filler);
  await expect(filler.getByText(/只读（待审核）：年报已提交审核/)).toBeVisible();

  // 审核人 finds it on the 审核台, comments on a cell and returns it.
  const reviewer = await newSession(browser, baseURL, "shenhe");
  await reviewer.goto(`/review?year=${YEAR}`);
  const row = reviewer.getByRole("row", { name: /示范区教育局/ });
  await expect(row).toContainText("待审核");
  await expect(row).toContainText(`${Number(YEAR) + 1}年1月31日`);
  await row.getByRole("link", { name: "审核" }).click();
  await openSection(reviewer, /三、收到和处理/);
  // Each cell has its own 批注 action, shown under the pointer: no need to select the cell first.
  const granted = cell(reviewer, "t3.granted.natural_person");
  await granted.hover();
  const cellComment = granted.locator("xpath=ancestor::td[1]").getByRole("button", { name: /^批注：/ });
  await expect(cellComment).toBeVisible();
  await reviewer.screenshot({ path: "docs/images/cell-comment-button.png" });
  await cellComment.click();
  await expect(reviewer.getByRole("dialog", { name: /^批注：表三.*自然人/ })).toBeVisible();
  await reviewer.getByLabel("批注内容").fill("该申请只公开了一部分，应计入“部分公开”。");
  await reviewer.getByRole("button", { name: /确\s*定/ }).click();
  await expect(reviewer.getByTestId("comment")).toContainText("应计入“部分公开”");
  await reviewer.getByRole("button", { name: /退\s*回/ }).click();
  await reviewer.getByLabel("退回意见").fill("请按批注修改表三。");
  await reviewer.getByRole("button", { name: /确\s*定/ }).click();
  await expect(reviewer.getByText(/只读（已退回）/)).toBeVisible();

  // 填报人 sees the comment at the cell, fixes it, marks it resolved and resubmits.
  await filler.reload();
  await expect(filler.getByText("区政府办审核人退回：请按批注修改表三。")).toBeVisible();
  await openSection(filler, /三、收到和处理/);
  const commented = cell(filler, "t3.granted.natural_person");
  await expect(commented).toHaveAttribute("data-comment", "open");
  await expect(commented).toHaveAttribute("title", /应计入“部分公开”/);
  await commented.fill("0");
  await cell(filler, "t3.partial.natural_person").fill("1");
  await expectSaved(filler);
  // 填报人 answers in the comment's thread before resolving it.
  await filler
    .getByTestId("comment")
    .getByRole("button", { name: /^回\s*复$/ })
    .click();
  await expect(filler.getByRole("dialog", { name: /^回复批注：表三/ })).toBeVisible();
  await filler.getByLabel("回复内容").fill("已改为部分公开 1 件。");
  await filler.getByRole("button", { name: /确\s*定/ }).click();
  await expect(filler.getByTestId("comment-reply")).toContainText("已改为部分公开 1 件。");
  await filler.getByTestId("workflow-panel").screenshot({ path: "docs/images/comment-reply.png" });
  await filler.getByTestId("comment").getByRole("button", { name: "已解决" }).click();
  await expect(filler.getByTestId("comment")).toContainText("已解决");
  await expectSaved(filler);
  await submitWithExplanations(filler);

  // 审核人 approves and publishes; the reply is in the thread under the comment.
  await reviewer.reload();
  await expect(reviewer.getByTestId("comment-reply")).toContainText("已改为部分公开 1 件。");
  await expect(reviewer.getByTestId("comment-reply")).toContainText("回复：");
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await reviewer.getByLabel("审核意见").fill("已核对，同意。");
  await reviewer.getByRole("button", { name: /确\s*定/ }).click();
  await expect(reviewer.getByText(/只读（已通过）/)).toBeVisible();
  await reviewer.getByRole("button", { name: /^发\s*布$/ }).click();
  await reviewer
    .getByRole("dialog")
    .getByRole("button", { name: /^发\s*布$/ })
    .click();
  await expect(reviewer.getByText(/只读（已发布）/)).toBeVisible();
  await expect(reviewer.getByTestId("workflow-panel")).toContainText("第 1 版");
  const published = await download(reviewer, `/reports/${reportId}/published/1/docx`);
  expect(published.body.subarray(0, 2).toString()).toBe("PK");
  // One download path (D60): the live export's address of a published report serves the frozen edition.
  const viaLive = await download(reviewer, `/reports/${reportId}/export/docx`);
  expect(viaLive.sha).toBe(published.sha);
  expect(Buffer.compare(viaLive.body, published.body)).toBe(0);

  // A correction is a new draft; the published edition is served byte for byte as frozen.
  await filler.reload();
  await filler.getByRole("button", { name: /^更\s*正$/ }).click();
  await filler.getByLabel("更正说明").fill("更正表二行政许可数量。");
  await filler.getByRole("button", { name: /确\s*定/ }).click();
  await expect(filler.getByText("更正说明：更正表二行政许可数量。")).toBeVisible();
  await openSection(filler, /二、主动公开/);
  await cell(filler, "t2.licensing.decisions").fill("12");
  await expectSaved(filler);
  const again = await download(filler, `/reports/${reportId}/published/1/docx`);
  expect(again.sha).toBe(published.sha);
  expect(Buffer.compare(again.body, published.body)).toBe(0);
  const live = await filler.request.get(`/reports/${reportId}/export/docx`);
  expect(Buffer.compare(await live.body(), published.body)).not.toBe(0);

  // History: every step recorded; the diff since the last submission shows the correction.
  await filler.goto(`/reports/${reportId}/history`);
  for (const action of [
    "提交审核",
    "批注",
    "退回",
    "回复批注",
    "批注已解决",
    "审核通过",
    "发布",
    "开始更正",
  ]) {
    await expect(filler.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
  }
  await expect(filler.getByTestId("diff-table")).toContainText("行政许可");
  await expect(filler.getByText(/已改为部分公开 1 件。；回复表三.*自然人.*的批注/)).toBeVisible();

  // Someone of another office gets 404 on every route of the report.
  const stranger = await newSession(browser, baseURL, "weijian");
  for (const path of [
    `/reports/${reportId}`,
    `/reports/${reportId}/preview`,
    `/reports/${reportId}/history`,
  ]) {
    expect((await stranger.goto(path))?.status(), path).toBe(404);
  }
  for (const path of [
    `/api/reports/${reportId}`,
    `/reports/${reportId}/export/docx`,
    `/reports/${reportId}/published/1/docx`,
    `/reports/${reportId}/published/1/html`,
  ]) {
    expect((await stranger.request.get(path)).status(), path).toBe(404);
  }
  const headers = { origin: baseURL ?? "", "content-type": "application/json" };
  for (const data of [
    { action: "approve" },
    { action: "publish" },
    { action: "comment", target: "section:s1", body: "x" },
    { action: "submit" },
  ]) {
    expect(
      (await stranger.request.post(`/api/reports/${reportId}/workflow`, { headers, data })).status(),
      data.action,
    ).toBe(404);
  }
});

test("a warning needs the 填报人's explanation to submit, and the 审核人 sees it and accepts it with a reason", async ({
  browser,
  baseURL,
}) => {
  const filler = await newSession(browser, baseURL, "jiaoyu");
  // A 六 that reports other matters but says nothing of the 信息处理费 (a bare “无” would only draw an info).
  // 2033: no report of 2032, so the only warning is the fee statement's (writeReport's text for 2031 would copy
  // the 2030 report's 第一部分, which Y-01 rightly flags).
  const reportId = await writeReport(filler, "2033", "本单位已按要求落实年度政务公开工作要点。");
  await filler.getByRole("button", { name: "提交审核" }).click();
  const dialog = filler.getByRole("dialog", { name: "提交审核" });
  await expect(dialog).toContainText("没有说明信息处理费收取情况");
  await expect(dialog.getByRole("button", { name: /提\s*交/ })).toBeDisabled();
  await dialog.getByRole("textbox").fill("本单位不涉及收费，已在第一部分说明。");
  await dialog.getByRole("button", { name: /提\s*交/ }).click();
  await expect(filler.getByText(/只读（待审核）/)).toBeVisible();

  const reviewer = await newSession(browser, baseURL, "shenhe");
  await reviewer.goto(`/reports/${reportId}`);
  const panel = reviewer.getByTestId("workflow-panel");
  await expect(panel).toContainText("说明：本单位不涉及收费，已在第一部分说明。");
  await panel.getByRole("button", { name: /接\s*受/ }).click();
  await reviewer.getByLabel("接受理由").fill("该单位无收费事项，同意。");
  await reviewer.getByRole("button", { name: /确\s*定/ }).click();
  await expect(panel).toContainText("已接受：该单位无收费事项，同意。");
});
