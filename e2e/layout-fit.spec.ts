import { expect, test, type Page } from "@playwright/test";

import { cell, editorStep, openSection, signIn, submittedWithComment } from "./fixtures/session";

// The statistics tables fit from 1280 px up (nothing clipped, no sideways scrolling), keep their column headers
// and row labels in view while scrolling, and the step menu and side panels stay on screen. Measured in the
// browser (docs/editor.md “表格的版面”).

const openDraft = async (page: Page) => {
  await signIn(page, "weijian");
  await page
    .getByRole("row", { name: /2025年度/ })
    .getByRole("link", { name: "打开" })
    .click();
  await expect(editorStep(page, /报告信息/)).toBeVisible();
};

const SECTIONS = [
  { table: "t2", heading: /二、主动公开/ },
  { table: "t3", heading: /三、收到和处理/ },
  { table: "t4", heading: /四、政府信息公开行政复议/ },
] as const;

/** How the table sits in its scroll box: overflow, and the right edge of its last column against the box's. */
const measure = (page: Page, table: string) =>
  page.locator(`[data-table-wrap="${table}"]`).evaluate((wrap) => {
    const box = wrap.getBoundingClientRect();
    const cells = [...wrap.querySelectorAll("tr")].map((row) => row.lastElementChild as HTMLElement);
    const right = Math.max(...cells.map((c) => c.getBoundingClientRect().right));
    return {
      overflowX: wrap.scrollWidth - wrap.clientWidth,
      lastColumnRight: right,
      boxRight: box.left + wrap.clientLeft + wrap.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}×${viewport.height} 表二, 表三 (总计 included) and 表四 fit without clipping`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openDraft(page);
    for (const { table, heading } of SECTIONS) {
      await openSection(page, heading);
      const fit = await measure(page, table);
      expect(fit.overflowX, `${table} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(fit.lastColumnRight, `${table} last column clipped`).toBeLessThanOrEqual(fit.boxRight + 0.5);
      expect(fit.pageOverflow, `page scrolls sideways on ${table}`).toBeLessThanOrEqual(0);
    }
    // 总计 of 表三 is on screen, whole.
    await openSection(page, /三、收到和处理/);
    const total = page.locator('[data-table-wrap="t3"] th', { hasText: /^总计$/ });
    await expect(total).toBeInViewport({ ratio: 1 });
  });
}

/** The box of 表三's column headers against the window, and whether any of its rows is on screen. */
const headerInWindow = (page: Page) =>
  page.locator('[data-table-wrap="t3"]').evaluate((wrap) => {
    const head = wrap.querySelector("thead")!.getBoundingClientRect();
    const rows = [...wrap.querySelectorAll("tbody tr")].map((row) => row.getBoundingClientRect());
    return {
      top: head.top,
      bottom: head.bottom,
      window: window.innerHeight,
      rowOnScreen: rows.some((row) => row.bottom > head.bottom && row.top < window.innerHeight),
    };
  });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height} 表三's column headers stay on screen down to its last row; the step menu and side panels too`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openDraft(page);
    await openSection(page, /三、收到和处理/);
    // Go to the last row by keyboard: the column headers are on screen with it, and it is not under them.
    await cell(page, "t3.carried_over.commercial").focus();
    await expect(cell(page, "t3.carried_over.commercial")).toBeInViewport({ ratio: 1 });
    const atLastRow = await headerInWindow(page);
    expect(atLastRow.top).toBeGreaterThanOrEqual(0);
    expect(atLastRow.bottom).toBeLessThanOrEqual(atLastRow.window);
    const focused = await cell(page, "t3.carried_over.commercial").boundingBox();
    expect(focused?.y ?? 0).toBeGreaterThanOrEqual(atLastRow.bottom - 1);
    // Scrolled with the wheel over the table, step by step to the end of the page: while any row is on screen,
    // so are the headers.
    await cell(page, "t3.new_received.natural_person").focus();
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.locator('[data-table-wrap="t3"]').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 200, Math.min((box?.y ?? 0) + 200, viewport.height - 20));
    for (let step = 0; step < 12; step += 1) {
      await page.mouse.wheel(0, 250);
      await page.waitForTimeout(100);
      const now = await headerInWindow(page);
      if (!now.rowOnScreen) continue;
      expect(now.top, `headers above the window after ${step + 1} steps`).toBeGreaterThanOrEqual(-1);
      expect(now.bottom).toBeLessThanOrEqual(now.window);
    }
    await page.screenshot({ path: `docs/images/editor-t3-bottom-${viewport.width}.png` });
    // Scrolled down the page, the step menu and the side panels are still on screen.
    await page.mouse.wheel(0, 3000);
    await expect(page.getByRole("navigation", { name: "填报步骤" })).toBeInViewport();
    await expect(page.getByRole("complementary", { name: "审核与校验结果" })).toBeInViewport();
  });
}

// The review panel on the right wraps long cell names and comment text: nothing wider than its column.
test("at 1280×720 and 1440×900 the side panels clip nothing sideways", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { filler, reviewer } = await submittedWithComment(
    browser,
    baseURL,
    "2036",
    "上年结转应为 2（见2024年度报告），请核对“四、结转下年度继续办理”与下一年度的衔接：ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789。",
  );
  await filler.context().close();
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await reviewer.setViewportSize(viewport);
    await reviewer.reload();
    await expect(reviewer.getByTestId("comment")).toBeVisible();
    const clipped = await reviewer
      .locator("aside")
      .evaluateAll((roots) =>
        roots.flatMap((root) =>
          [root, ...root.querySelectorAll<HTMLElement>("*")]
            .filter(
              (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible",
            )
            .map(
              (el) =>
                `${el.tagName}.${String(el.className).slice(0, 40)} ${el.scrollWidth}>${el.clientWidth}`,
            ),
        ),
      );
    expect(clipped, `at ${viewport.width}`).toEqual([]);
    const panel = reviewer.getByTestId("workflow-panel");
    const panelBox = await panel.boundingBox();
    const commentBox = await reviewer.getByTestId("comment").boundingBox();
    expect((commentBox?.x ?? 0) + (commentBox?.width ?? 0)).toBeLessThanOrEqual(
      (panelBox?.x ?? 0) + (panelBox?.width ?? 0) + 0.5,
    );
    await panel.screenshot({ path: `docs/images/review-comments-${viewport.width}.png` });
  }
  await reviewer.context().close();
});

test("on a narrow screen the row labels stay in view while Tab moves along 表三 and 表四 scrolls sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 540, height: 720 });
  await openDraft(page);
  await openSection(page, /三、收到和处理/);
  const wrap = page.locator('[data-table-wrap="t3"]');
  expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth)).toBeGreaterThan(0);
  await cell(page, "t3.new_received.natural_person").focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press("Tab");
  await expect(cell(page, "t3.new_received.other_org")).toBeFocused();
  expect(await wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(0);
  const label = page.locator('[data-table-wrap="t3"] th', { hasText: /^一、本年新收/ });
  const labelBox = await label.boundingBox();
  const boxBox = await wrap.boundingBox();
  const cellBox = await cell(page, "t3.new_received.other_org").boundingBox();
  // The label is at the box's left edge, whole, and the focused cell is beside it, not under it.
  expect(Math.abs((labelBox?.x ?? 0) - (boxBox?.x ?? 0))).toBeLessThanOrEqual(2);
  expect(cellBox?.x ?? 0).toBeGreaterThanOrEqual((labelBox?.x ?? 0) + (labelBox?.width ?? 0) - 1);

  // 表二 scrolls no label away either: its label column is frozen the same way.
  await openSection(page, /二、主动公开/);
  await cell(page, "t2.regulations.made").focus();
  for (let i = 0; i < 2; i += 1) await page.keyboard.press("Tab");
  await expect(cell(page, "t2.regulations.valid")).toBeFocused();
  await expect(page.locator('[data-table-wrap="t2"] th', { hasText: /^规章$/ })).toBeInViewport({ ratio: 1 });
});
