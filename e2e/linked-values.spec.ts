import { readFileSync } from "node:fs";

import { expect as baseExpect, test } from "@playwright/test";

import { paragraphsOf, readDocx } from "@/lib/export/testing/docx-reader";

import { cell, expectSaved, openSection, signIn } from "./fixtures/session";

const MARKERS = /\{\{值:[a-z0-9_.]+\|\d*\}\}/g;

// The journey is long and the test machine is shared: generous waits, never timed assertions.
test.setTimeout(420_000);
const expect = baseExpect.configure({ timeout: 45_000 });

test("numbers in the text follow the tables: a generated paragraph in 三, a typed number linked, both exported", async ({
  page,
}) => {
  await signIn(page, "jiaoyu");
  // A year of its own: the other journeys start 教育局's 2025 and 2026 reports from scratch.
  await page.getByLabel("年度", { exact: true }).fill("2028");
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const reportId = page.url().split("/").pop() ?? "";

  // Fill 表三 (上年结转 自然人 2, typed: 2027 has no report to carry over from).
  await openSection(page, /三、收到和处理/);
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  // (No cell is filled yet, so 全部填 0 asks nothing.)
  await cell(page, "t3.carried_over.natural_person").fill("2");
  await cell(page, "t3.new_received.natural_person").fill("4");
  await cell(page, "t3.new_received.commercial").fill("1");
  await cell(page, "t3.granted.natural_person").fill("5");
  await cell(page, "t3.granted.commercial").fill("1");
  await cell(page, "t3.carried_forward.natural_person").fill("1");
  await expect(cell(page, "t3.new_received.total")).toHaveValue("5");

  // 插入数据段落 in 三: sentences written from the table, numbers linked.
  await page.getByRole("button", { name: "插入数据段落" }).click();
  await page.getByRole("menuitem", { name: "依申请公开情况（表三）" }).click();
  const s3 = page.locator('[data-section="s3"]');
  await expect(s3).toHaveValue(/新收政府信息公开申请\{\{值:t3\.new_received\.total\|5\}\}件/);
  const preview = page.getByTestId("linked-preview");
  await expect(preview).toContainText(
    "本年度新收政府信息公开申请5件，其中自然人申请4件、商业企业申请1件；另有上年结转申请2件。" +
      "本年度办结6件，均为予以公开；结转下年度继续办理1件。",
  );
  // A marked number names its source when pointed at.
  await preview.locator('[data-link="t3.new_received.total"]').hover();
  await expect(page.getByRole("tooltip")).toContainText("关联：表三“一、本年新收政府信息公开申请数量”总计");
  await expectSaved(page);

  // Change a cell while saving is held back: the sentence follows before any autosave.
  await page.route("**/api/reports/*", (route) =>
    route.request().method() === "PUT" ? route.abort("connectionfailed") : route.continue(),
  );
  await cell(page, "t3.new_received.natural_person").fill("8");
  await cell(page, "t3.granted.natural_person").fill("9");
  await expect(preview).toContainText("本年度新收政府信息公开申请9件，其中自然人申请8件、商业企业申请1件");
  await expect(preview).toContainText("本年度办结10件");
  await expect(s3).toHaveValue(/\{\{值:t3\.new_received\.total\|9\}\}/);
  await expect(page.getByTestId("save-status")).not.toContainText("已保存");
  await page.unroute("**/api/reports/*");
  await expectSaved(page);

  // 一: a typed “收到申请 9 件” is offered a link; accepted, it follows the table.
  await openSection(page, /一、总体情况/);
  const s1 = page.locator('[data-section="s1"]');
  await s1.fill("（二）依申请公开\n全年共收到政府信息公开申请 9 件。\n其中予以公开 3 件。");
  const offers = page.getByTestId("link-offers");
  await expect(offers).toContainText(
    "收到政府信息公开申请 9 件”与表三“一、本年新收政府信息公开申请数量”总计一致",
  );
  await offers.getByRole("button", { name: /^关\s*联$/ }).click();
  await expect(s1).toHaveValue(/收到政府信息公开申请 \{\{值:t3\.new_received\.total\|9\}\} 件/);
  // The wrong typed number is a text-versus-table warning that offers the linked value.
  const findings = page.getByTestId("findings-panel");
  const x01 = findings.locator('[data-rule="X-01"]');
  await expect(x01).toHaveCount(1);
  await expect(x01).toContainText("予以公开3件");
  await x01.getByRole("button", { name: "改为关联数值" }).click();
  await expect(s1).toHaveValue(/予以公开 \{\{值:t3\.granted\.total\|10\}\} 件/);
  await expect(x01).toHaveCount(0);

  // The `#` trigger opens the picker; the chosen value replaces it.
  await s1.press("ControlOrMeta+End");
  await s1.pressSequentially("行政复议#");
  // The picker takes the focus once it opens; typing goes to its search from then on.
  await expect(page.getByRole("combobox", { name: "插入关联数值" })).toBeFocused();
  await page.keyboard.type("表四“行政复议”总计");
  await page.keyboard.press("Enter");
  await expect(s1).toHaveValue(/行政复议\{\{值:t4\.review\.total\|\d*\}\}$/);
  await page.keyboard.type("件。");
  // 表四 is still blank: the linked value says so, and it is an error until filled.
  await expect(page.getByTestId("linked-preview").locator('[data-link="t4.review.total"]')).toHaveAttribute(
    "data-state",
    "blank",
  );
  await expect(findings.locator('[data-rule="L-01"]')).toContainText("表四“行政复议”总计尚未填写");
  await openSection(page, /四、政府信息公开行政复议/);
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  await expect(cell(page, "t4.review.total")).toHaveValue("0");

  await openSection(page, /三、收到和处理/);
  await cell(page, "t3.new_received.natural_person").fill("9");
  await cell(page, "t3.granted.natural_person").fill("10");
  await openSection(page, /一、总体情况/);
  await expect(page.getByTestId("linked-preview")).toContainText("全年共收到政府信息公开申请 10 件");
  await expect(page.getByTestId("linked-preview")).toContainText("其中予以公开 11 件");
  if (process.env.LINKED_SCREENSHOT)
    await page.screenshot({ path: process.env.LINKED_SCREENSHOT, fullPage: true });
  await expectSaved(page);
  expect((await s1.inputValue()).match(MARKERS)).toHaveLength(3);
  await expect(findings.locator('[data-rule="X-01"]')).toHaveCount(0);
  await expect(findings.locator('[data-rule="L-01"]')).toHaveCount(0);

  // Both exports print the new numbers as plain text.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 Word" }).click();
  // The rest of the report is unfinished (errors elsewhere): the download asks first.
  await page.getByRole("dialog").getByRole("button", { name: "仍然下载" }).click();
  const docx = await readDocx(readFileSync((await (await download).path()) ?? ""));
  const paragraphs = paragraphsOf(docx.document).map((p) => p.text);
  expect(paragraphs).toContain("全年共收到政府信息公开申请 10 件。");
  expect(paragraphs).toContain(
    "本年度新收政府信息公开申请10件，其中自然人申请9件、商业企业申请1件；另有上年结转申请2件。本年度办结11件，均为予以公开；结转下年度继续办理1件。",
  );
  expect(docx.document).not.toContain("{{值:");
  const html = await (await page.request.get(`/reports/${reportId}/export/html`)).text();
  expect(html).toContain("全年共收到政府信息公开申请 10 件。");
  expect(html).toContain("其中予以公开 11 件。");
  expect(html).toContain("本年度新收政府信息公开申请10件");
  expect(html).not.toContain("{{值:");
});
