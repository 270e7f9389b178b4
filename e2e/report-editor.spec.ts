import { expect, test } from "@playwright/test";

import { cell, expectSaved, fillLastSections, openSection, pasteInto, signIn } from "./fixtures/session";

test.describe.configure({ mode: "serial" });

test("a 填报人 composes a whole report: prefilled carry-over, paste, live totals, a marked tie-out error, saved across reload", async ({
  page,
}) => {
  await signIn(page, "jiaoyu");
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /示范区教育局 2025年度/ })).toBeVisible();

  // 报告信息
  await page.getByLabel("联系电话").fill("010-12345678");
  await page.getByLabel("成文日期").fill("2026-01-20");

  // 一、五、六: narrative with the offered outline
  await openSection(page, /一、总体情况/);
  await page.getByRole("button", { name: /插入提纲/ }).click();
  const s1 = page.locator('[data-section="s1"]');
  await expect(s1).toHaveValue(/（一）主动公开/);
  await s1.fill(
    // Long enough to report what 一 asks (C-06 flags a section far shorter than its required content).
    "（一）主动公开\n本年度通过政府网站主动公开政府信息80条，其中政策文件12件、政策解读5篇。\n" +
      "（二）依申请公开\n全年收到政府信息公开申请5件，均在法定期限内答复。\n" +
      "（三）政府信息管理\n完成公开目录动态更新，发布前逐件开展保密审查。\n" +
      "（四）政府信息公开平台建设\n优化政府网站信息公开专栏，栏目设置更加清晰。\n" +
      "（五）监督保障\n开展政务公开业务培训2次，并纳入年度绩效考核。",
  );

  // 二: 现行有效件数 came over from last year; the rest is nothing to report → 全部填0 fills only the blanks
  await openSection(page, /二、主动公开/);
  await expect(cell(page, "t2.normative_documents.valid")).toHaveValue("15");
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  await page.getByRole("button", { name: "只填空白单元格" }).click();
  await expect(cell(page, "t2.fees.amount")).toHaveValue("0");
  await expect(cell(page, "t2.normative_documents.valid")).toHaveValue("15");

  // 三: last year's 结转下年度 came over as 上年结转, and says so
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.carried_over.natural_person")).toHaveValue("2");
  await expect(cell(page, "t3.carried_over.natural_person")).toHaveAttribute(
    "title",
    /2024年度报告“四、结转下年度继续办理”/,
  );
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  await page.getByRole("button", { name: "只填空白单元格" }).click();
  await expect(cell(page, "t3.carried_over.natural_person")).toHaveValue("2");
  // A row copied from a spreadsheet, 总计 column included: it lands on the computed total and is ignored.
  await pasteInto(page, "t3.new_received.natural_person", "4\t1\t0\t0\t0\t0\t5\n");
  await expect(page.getByText(/已粘贴 6 个单元格；1 个值落在自动计算的总计上/)).toBeVisible();
  await expect(cell(page, "t3.new_received.total")).toHaveValue("5");
  await cell(page, "t3.granted.natural_person").fill("5");
  await cell(page, "t3.granted.commercial").fill("1");
  await cell(page, "t3.carried_forward.natural_person").fill("1");
  await expect(cell(page, "t3.results_total.natural_person")).toHaveValue("5");
  await expect(cell(page, "t3.results_total.total")).toHaveValue("6");
  await expect(cell(page, "t3.results_total.total")).toHaveAttribute("readonly", "");

  // A tie-out error, marked at its cells with the formula and both sides' values …
  await cell(page, "t3.carried_forward.natural_person").fill("3");
  const natural = cell(page, "t3.carried_forward.natural_person");
  await expect(natural).toHaveAttribute("data-severity", "error");
  await expect(natural).toHaveAttribute(
    "title",
    /表三“自然人”列：本年新收 4 \+ 上年结转 2 ≠ 办理结果总计 5 \+ 结转下年度 3（6 ≠ 8）/,
  );
  await expect(page.getByTestId("findings-panel")).toContainText(
    "本年新收 4 + 上年结转 2 ≠ 办理结果总计 5 + 结转下年度 3",
  );
  // … and fixed.
  await natural.fill("1");
  await expect(natural).not.toHaveAttribute("data-severity", "error");

  // 四
  await openSection(page, /四、政府信息公开行政复议/);
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  await cell(page, "t4.review.maintained").fill("1");
  await expect(cell(page, "t4.review.total")).toHaveValue("1");

  await fillLastSections(page, "本年度未收取信息处理费。");
  await expectSaved(page);

  // Everything is still there after a reload.
  await page.reload();
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.new_received.commercial")).toHaveValue("1");
  await expect(cell(page, "t3.carried_forward.natural_person")).toHaveValue("1");
  await expect(cell(page, "t3.results_total.total")).toHaveValue("6");
  await openSection(page, /六、其他需要报告的事项/);
  await expect(page.locator('[data-section="s6"]')).toHaveValue("本年度未收取信息处理费。");
  await expect(page.getByTestId("findings-panel")).toContainText("未发现问题");

  // The preview shows the report as it will be published.
  await page.getByRole("link", { name: "预览" }).click();
  const preview = page.frameLocator('iframe[title="年报预览"]');
  await expect(preview.locator("h1")).toContainText("示范区教育局2025年政府信息公开工作年度报告");
  await expect(preview.locator("body")).toContainText("本年度未收取信息处理费。");
});

test("two tabs: the same section written in both is a conflict the person sees; different cells merge (D57)", async ({
  browser,
}) => {
  test.setTimeout(180_000); // two tabs, two rounds of saves
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, "weijian");
  await first.getByRole("link", { name: "打开" }).first().click();
  await expect(first).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);

  // The same section, opened in both tabs before either saved: the later save must not silently win.
  await openSection(first, /五、存在的主要问题/);
  await openSection(second, /五、存在的主要问题/);
  await first.locator('[data-section="s5"]').fill("标签页一写的内容");
  await expectSaved(first);
  await second.locator('[data-section="s5"]').fill("标签页二写的内容");
  const dialog = second.getByRole("dialog", { name: "该年报已在其他地方被修改" });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog).toContainText("卫健局填报人");
  await expect(dialog).toContainText("标签页一写的内容");
  await expect(dialog).toContainText("标签页二写的内容");
  await dialog.getByRole("button", { name: "使用已保存的版本" }).click();
  await expect(second.locator('[data-section="s5"]')).toHaveValue("标签页一写的内容");

  // Different cells: the later save merges on top of the newer version, no dialog, both kept.
  await openSection(first, /三、收到和处理/);
  await openSection(second, /三、收到和处理/);
  await cell(first, "t3.carried_over.natural_person").fill("7");
  await expectSaved(first);
  await cell(second, "t3.carried_over.commercial").fill("9");
  await expectSaved(second);
  await expect(dialog).toBeHidden();
  await expect(cell(second, "t3.carried_over.natural_person")).toHaveValue("7");

  await first.reload();
  await openSection(first, /三、收到和处理/);
  await expect(cell(first, "t3.carried_over.commercial")).toHaveValue("9");
  await expect(cell(first, "t3.carried_over.natural_person")).toHaveValue("7");
  await openSection(first, /五、存在的主要问题/);
  await expect(first.locator('[data-section="s5"]')).toHaveValue("标签页一写的内容");
  await context.close();
});

test("edits made while the server is unreachable survive a reload and are saved later", async ({ page }) => {
  await signIn(page, "weijian");
  await page.getByRole("link", { name: "打开" }).first().click();
  await openSection(page, /三、收到和处理/);
  await page.route("**/api/reports/*", (route) =>
    route.request().method() === "PUT" ? route.abort("connectionfailed") : route.continue(),
  );
  await cell(page, "t3.unable_not_held.natural_person").fill("4");
  await expect(page.getByTestId("save-status")).toContainText(/未保存，正在重试|离线/, { timeout: 15_000 });

  // Leaving through an in-app link asks first; declining keeps the page.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("link", { name: "预览" }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);

  await page.reload();
  await expect(page.getByText("已恢复上次未保存的修改")).toBeVisible();
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.unable_not_held.natural_person")).toHaveValue("4");
  await page.unroute("**/api/reports/*");
  await expectSaved(page);
  await page.reload();
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.unable_not_held.natural_person")).toHaveValue("4");
});

test("the next year's report starts with 上年结转 from this year's 结转下年度", async ({ page }) => {
  await signIn(page, "jiaoyu");
  await page.getByLabel("年度").fill("2026");
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page.getByRole("heading", { name: /示范区教育局 2026年度/ })).toBeVisible();
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.carried_over.natural_person")).toHaveValue("1");
  await expect(cell(page, "t3.carried_over.natural_person")).toHaveAttribute("title", /2025年度报告/);
});

test("the server refuses tampered saves and other offices' reports", async ({ page, baseURL }) => {
  await signIn(page, "jiaoyu");
  // A draft (other journeys leave submitted and published reports in the list): only a draft reaches validation.
  await page.getByRole("row").filter({ hasText: "草稿" }).getByRole("link", { name: "打开" }).first().click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const reportId = page.url().split("/").pop() ?? "";
  const api = page.request;
  const current = await (await api.get(`/api/reports/${reportId}`)).json();
  const headers = { origin: baseURL ?? "", "content-type": "application/json" };

  const unknownCell = { ...current.document, cells: { ...current.document.cells, "t3.made_up.total": 1 } };
  const refused = await api.put(`/api/reports/${reportId}`, {
    headers,
    data: { baseVersion: current.version, document: unknownCell },
  });
  expect(refused.status()).toBe(422);
  expect(JSON.stringify(await refused.json())).toContain("未知单元格“t3.made_up.total”");

  const wrongType = {
    ...current.document,
    cells: { ...current.document.cells, "t3.granted.natural_person": { value: 1 } },
  };
  expect(
    (
      await api.put(`/api/reports/${reportId}`, {
        headers,
        data: { baseVersion: current.version, document: wrongType },
      })
    ).status(),
  ).toBe(422);

  const crossSite = await api.put(`/api/reports/${reportId}`, {
    headers: { ...headers, origin: "http://evil.example" },
    data: { baseVersion: current.version, document: current.document },
  });
  expect(crossSite.status()).toBe(403);

  // Another office's 填报人 cannot see, save or export it.
  const other = await page.context().browser()!.newContext({ baseURL });
  const stranger = await other.newPage();
  await signIn(stranger, "weijian");
  expect((await stranger.request.get(`/api/reports/${reportId}`)).status()).toBe(404);
  const foreignSave = await stranger.request.put(`/api/reports/${reportId}`, {
    headers,
    data: { baseVersion: current.version, document: current.document },
  });
  expect(foreignSave.status()).toBe(404);
  expect((await stranger.request.get(`/reports/${reportId}/export/docx`)).status()).toBe(404);
  expect((await stranger.goto(`/reports/${reportId}`))?.status()).toBe(404);
  await other.close();
});
