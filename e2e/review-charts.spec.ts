import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { signIn } from "./fixtures/session";

// 图解 of a region on the 审核台: shenhe (审核人 of 示范区人民政府办公室) opens it for 2024, when 示范区教育局's report is
// published (demo data) and 示范区卫生健康局 has none; every chart has its sentence and its data table; axe finds
// nothing at 1280 px. An empty year says so; a 填报人 is sent back to the 审核台.

const YEAR = "2024";

test("the 审核人 opens the region's 图解 from the 审核台: the charts, their text alternatives and who is missing", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "shenhe", `/review?year=${YEAR}`);
  await page.getByRole("link", { name: "图解", exact: true }).click();
  await expect(
    page.getByRole("heading", { name: `图解 · 示范区人民政府办公室 · ${YEAR}年度` }),
  ).toBeVisible();
  // Other journeys may add offices or reports: the count is theirs, the listing of these two ours.
  const count = page.getByTestId("region-charts-count");
  await expect(count).toContainText(/下级机关共 \d+ 个，纳入图解 \d+ 个/);
  await expect(count).toContainText(/示范区卫生健康局（(未开始|草稿|待审核|已退回)）/);
  const offices = page.getByTestId("region-charts-offices");
  await expect(offices.getByRole("row", { name: /示范区教育局/ })).toContainText(/已发布/);

  const figures = page.locator("figure[data-chart]");
  await expect(figures).toHaveCount(5);
  for (const [id, title, sentence] of [
    [
      "applicants",
      "本年新收政府信息公开申请（按申请人类型）",
      /2024年本年新收政府信息公开申请共\d+件：自然人\d+件/,
    ],
    ["results", "本年度办理结果", /2024年办理结果共\d+件：（一）予以公开\d+件/],
    ["appeals", "政府信息公开行政复议、行政诉讼结果", /行政复议\d+件（结果维持\d+件/],
    [
      "offices",
      "各机关本年新收政府信息公开申请",
      /2024年\d+个机关本年新收申请共\d+件，由多到少：.*示范区教育局\d+件/,
    ],
    ["years", "历年情况对比", /2024年/],
  ] as const) {
    const figure = page.locator(`figure[data-chart="${id}"]`);
    await expect(figure.locator("figcaption")).toHaveText(title);
    // The picture is an image named by the sentence under it (its text alternative).
    // (The SVG inside counts as an image of its own to Playwright; the named one is the wrapper. The phone
    // drawing beside it is hidden at this width.)
    const image = figure.locator('[role="img"]:visible');
    await expect(image).toHaveAccessibleName(sentence);
    await expect(image.locator("svg")).toBeVisible();
    await expect(figure.locator("p")).toHaveText(sentence);
    await figure.getByText("数据表").click();
    await expect(figure.getByRole("table")).toBeVisible();
  }
  await expect(
    page.locator('figure[data-chart="offices"]').getByRole("row", { name: /示范区教育局/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "审核台的图解");
  await page.screenshot({ path: "docs/images/review-charts.png", fullPage: true });
});

test("a year without usable reports says so in Chinese, without empty charts; 只计已通过和已发布 is a choice", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "shenhe", "/review/tujie?year=2019");
  await expect(page.getByTestId("region-charts-empty")).toHaveText(
    "示范区人民政府办公室的下级机关还没有已通过、已发布或待审核的2019年度年报，暂无图解。年报审核通过后，图解即可显示。",
  );
  await expect(page.locator("figure[data-chart]")).toHaveCount(0);
  await page.getByRole("spinbutton", { name: "年度" }).fill(YEAR);
  await page.getByRole("combobox", { name: "计入的年报" }).selectOption("approved");
  await page.getByRole("button", { name: "显示" }).click();
  await expect(page).toHaveURL(/scope=approved/);
  await expect(page.getByRole("combobox", { name: "计入的年报" })).toHaveValue("approved");
  await expect(page.locator("figure[data-chart]")).toHaveCount(5);
  await expectNoAxeViolations(page, "审核台的图解（只计已通过和已发布）");
});

test("a 填报人 is sent to the 审核台, which says they review nothing", async ({ page }) => {
  await signIn(page, "jiaoyu");
  await page.goto("/review/tujie");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText("您不是审核人")).toBeVisible();
});

test("an office below the region, with none below it, says so in Chinese instead of a 404", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "shenhe", `/review?year=${YEAR}`);
  const office = await page.evaluate(async () => {
    const response = await fetch("/gongkai/index.json");
    const index = (await response.json()) as { entries: { office: string; officeId: string }[] };
    return index.entries.find((e) => e.office === "示范区教育局")?.officeId ?? "";
  });
  expect(office).not.toBe("");
  const response = await page.goto(`/review/tujie?office=${office}&year=${YEAR}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: `图解 · 示范区教育局 · ${YEAR}年度` })).toBeVisible();
  await expect(page.getByTestId("region-charts-empty")).toHaveText(
    "示范区教育局没有下级机关，没有可以汇总绘图的年报。",
  );
  await expect(page.getByTestId("region-charts-count")).toHaveCount(0);
  await expect(page.locator("figure[data-chart]")).toHaveCount(0);
});
