import { expect, test, type Page } from "@playwright/test";

import { cell, openSection, signIn } from "./fixtures/session";

// The statistics tables fit from 1280 px up (nothing clipped, no sideways scrolling), keep their column headers
// and row labels in view while scrolling, and the step menu and side panels stay on screen. Measured in the
// browser (docs/editor.md “表格的版面”).

const openDraft = async (page: Page) => {
  await signIn(page, "weijian");
  await page
    .getByRole("row", { name: /2025年度/ })
    .getByRole("link", { name: "打开" })
    .click();
  await expect(page.getByRole("menuitem", { name: /报告信息/ })).toBeVisible();
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

test("表三's column headers stay at the top of its box, and the step menu and side panels stay on screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDraft(page);
  await openSection(page, /三、收到和处理/);
  const wrap = page.locator('[data-table-wrap="t3"]');
  // Go to the last row by keyboard: the page and the table's box scroll down to it.
  await cell(page, "t3.carried_forward.natural_person").focus();
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "t3.carried_forward.commercial")).toBeFocused();
  const scrolled = await wrap.evaluate((w) => w.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  const header = await page.locator('[data-table-wrap="t3"] thead').boundingBox();
  const box = await wrap.boundingBox();
  expect(header && box && Math.abs(header.y - box.y)).toBeLessThanOrEqual(2);
  await expect(page.locator('[data-table-wrap="t3"] th', { hasText: /^自然人$/ })).toBeInViewport();
  // The focused cell is not hidden under the frozen header.
  const focused = await cell(page, "t3.carried_forward.commercial").boundingBox();
  expect(focused && header && focused.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
  // Scrolled down the page, the step menu and the side panels are still on screen.
  await page.mouse.wheel(0, 3000);
  await expect(page.getByRole("navigation", { name: "填报步骤" })).toBeInViewport();
  await expect(page.getByRole("complementary", { name: "审核与校验结果" })).toBeInViewport();
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
