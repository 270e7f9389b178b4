import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { expect, test, type Browser, type Page } from "@playwright/test";

import { signIn } from "./fixtures/session";

// 年报专栏 without signing in: find an office, open its 2024 report and the correction, download the files
// and check their hashes, read the open data and the 图解; axe-core finds nothing at 1280 and 375 px.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const sha256 = (content: Buffer | string) => createHash("sha256").update(content).digest("hex");
const CORRECTION_NOTE = "更正第六部分的联系方式。";

type TAxeResult = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
};

/** axe-core on the page as it is; the sandboxed frame holds the frozen HTML, checked on its own address. */
const axeViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    // The whole page, the app's header included: it hides no entry of its own (components/app-shell.tsx wraps
    // them onto a second line on a phone, where antd's Menu hid them with aria-hidden while they stayed focusable).
    (window as unknown as { axe: { run(c: Document, o: object): Promise<TAxeResult> } }).axe.run(document, {
      iframes: false,
    }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
};

const checkPage = async (page: Page, url: string, name: string) => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 740 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    expect(await axeViolations(page), `${url} at ${viewport.width}px`).toEqual([]);
    // Readable on a phone: the page never scrolls sideways (wide tables scroll inside their own box).
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${url} at ${viewport.width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: `test-results/public-portal-${name}-${viewport.width}.png`,
      fullPage: true,
    });
  }
};

/** The app's own workflow, through its API, as the signed-in 填报人 and 审核人 would click it. */
const workflow = async (page: Page, baseURL: string, reportId: string, body: object) => {
  const response = await page.request.post(`/api/reports/${reportId}/workflow`, {
    data: body,
    headers: { origin: baseURL },
  });
  return { status: response.status(), json: await response.json() };
};

const publishCorrection = async (browser: Browser, baseURL: string) => {
  const fillerContext = await browser.newContext({ baseURL });
  const filler = await fillerContext.newPage();
  await signIn(filler, "jiaoyu");
  const href = await filler
    .getByRole("row", { name: /2024/ })
    .getByRole("link", { name: "打开" })
    .getAttribute("href");
  const reportId = href?.split("/").pop() ?? "";
  expect(reportId).not.toBe("");
  expect(
    (await workflow(filler, baseURL, reportId, { action: "correct", note: CORRECTION_NOTE })).status,
  ).toBe(200);
  let submitted = await workflow(filler, baseURL, reportId, { action: "submit" });
  if (submitted.status === 422 && submitted.json.error?.details?.warnings) {
    const explanations = Object.fromEntries(
      (submitted.json.error.details.warnings as { key: string }[]).map((w) => [w.key, "已核实。"]),
    );
    submitted = await workflow(filler, baseURL, reportId, { action: "submit", explanations });
  }
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
  const reviewerContext = await browser.newContext({ baseURL });
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, "shenhe");
  expect((await workflow(reviewer, baseURL, reportId, { action: "approve" })).status).toBe(200);
  expect((await workflow(reviewer, baseURL, reportId, { action: "publish" })).status).toBe(200);
  await fillerContext.close();
  await reviewerContext.close();
};

const downloadSha = async (page: Page, link: ReturnType<Page["getByRole"]>) => {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return sha256(readFileSync(await download.path()));
};

test("a visitor without an account finds the 2024 report and its correction, checks the files and views the 图解", async ({
  browser,
  baseURL,
}) => {
  await publishCorrection(browser, baseURL ?? "");

  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();

  // Search by office name and year.
  await page.goto("/gongkai");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("政府信息公开工作年度报告专栏");
  await page.getByLabel("机关名称").fill("教育");
  await page.getByRole("combobox", { name: "年度" }).selectOption("2024");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/\/gongkai\?q=.*&year=2024/);
  const results = page.getByRole("region", { name: "查找结果" });
  await results.getByRole("link", { name: "示范区教育局", exact: true }).click();

  // The office: every year, every edition.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("示范区教育局政府信息公开工作年度报告");
  const officeUrl = page.url();
  await expect(page.getByRole("link", { name: "第1版（首次发布）" })).toBeVisible();
  await expect(page.getByRole("link", { name: "第2版（第1次更正）" })).toBeVisible();
  await expect(page.getByText(`更正说明：${CORRECTION_NOTE}`)).toBeVisible();
  await page.getByRole("link", { name: "2024年度报告", exact: true }).click();

  // The latest edition: the correction, with its note; the first publication was on time.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "示范区教育局2024年政府信息公开工作年度报告",
  );
  const reportUrl = page.url();
  await expect(page.getByText("正在查看：第2版（第1次更正）")).toBeVisible();
  await expect(page.getByText(`更正说明：${CORRECTION_NOTE}`)).toBeVisible();
  await expect(page.locator("p").filter({ hasText: "首次发布于" })).toContainText("按时");
  const htmlHref =
    (await page.getByRole("link", { name: "在新窗口中阅读或打印全文" }).getAttribute("href")) ?? "";
  const frame = page.frameLocator('iframe[title$="（全文）"]');
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("示范区教育局2024年");

  // The .docx and .html downloaded are exactly the files whose SHA-256 the page shows.
  const shownDocx = (await page.getByTestId("sha256-report.docx").textContent()) ?? "";
  expect(shownDocx).toMatch(/^[0-9a-f]{64}$/);
  expect(await downloadSha(page, page.getByRole("link", { name: "Word 文件（.docx）" }))).toBe(shownDocx);
  const shownHtml = (await page.getByTestId("sha256-report.html").textContent()) ?? "";
  expect(await downloadSha(page, page.getByRole("link", { name: "网页文件（.html）" }))).toBe(shownHtml);
  // The PDF is printed from that HTML by the server's Chromium (the test machine has one).
  const pdfHref = (await page.getByRole("link", { name: /^PDF 文件/ }).getAttribute("href")) ?? "";
  const pdf = await page.request.get(pdfHref, { timeout: 90_000 });
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Open data: the tables as CSV with BOM, the report as interchange JSON.
  const csvHref = (await page.getByRole("link", { name: "表三数据（CSV）" }).getAttribute("href")) ?? "";
  const csv = await page.request.get(csvHref);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const csvText = (await csv.body()).toString("utf8");
  expect(csvText.startsWith("\uFEFF单元格编号,表,行,列,数值,是否总计\r\n")).toBe(true);
  expect(csvText).toContain(
    "t3.new_received.natural_person,表三,一、本年新收政府信息公开申请数量,自然人,5,否",
  );
  const jsonHref =
    (await page.getByRole("link", { name: "交换格式数据（JSON）" }).getAttribute("href")) ?? "";
  const json = await (await page.request.get(jsonHref)).json();
  expect(json).toMatchObject({
    format: "nianbaotong-report",
    year: 2024,
    details: { agencyName: "示范区教育局" },
  });
  const index = await (await page.request.get("/gongkai/index.json")).json();
  expect(
    index.entries.filter(
      (e: { office: string; year: number }) => e.office === "示范区教育局" && e.year === 2024,
    ),
  ).toHaveLength(2);

  // The first edition is still there, unchanged, with its own hash.
  await page.getByRole("link", { name: "第1版（首次发布）" }).click();
  await expect(page.getByText("正在查看：第1版（首次发布）")).toBeVisible();
  await expect(page.getByText(`更正说明：${CORRECTION_NOTE}`)).toHaveCount(0);
  const firstDocx = (await page.getByTestId("sha256-report.docx").textContent()) ?? "";
  expect(await downloadSha(page, page.getByRole("link", { name: "Word 文件（.docx）" }))).toBe(firstDocx);

  // 图解 beside the report: four charts, each an image named by its sentence, with the numbers.
  await page.goto(reportUrl);
  await page.getByRole("link", { name: /^图解/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("图解：");
  await expect(page.locator("figure")).toHaveCount(4);
  const applicants = page.getByRole("img", { name: /本年新收政府信息公开申请共5件/ });
  await expect(applicants.locator("svg")).toBeVisible();
  await expect(applicants.locator("svg text", { hasText: /^自然人$/ })).toHaveCount(1);
  // The bar's label (the value axis may print 5 too).
  expect(await applicants.locator("svg text", { hasText: /^5$/ }).count()).toBeGreaterThanOrEqual(1);
  const chartsUrl = page.url();

  // On a phone the narrow drawing is shown, its labels about as large as the page's small print (the wide
  // drawing scaled to 375 px printed them at ~6 px).
  await page.setViewportSize({ width: 375, height: 740 });
  const phoneChart = page.getByRole("img", { name: /本年新收政府信息公开申请共5件/ });
  await expect(phoneChart).toHaveAttribute("data-variant", "narrow");
  const labelHeight = await phoneChart
    .locator("svg text", { hasText: /^自然人$/ })
    .evaluate((text) => text.getBoundingClientRect().height);
  expect(labelHeight).toBeGreaterThanOrEqual(11);
  await page.screenshot({ path: "test-results/public-portal-charts-labels-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Unknown office, year and edition: a Chinese 404.
  for (const url of [
    `${officeUrl}/2019`,
    "/gongkai/00000000-0000-4000-8000-000000000000",
    `${reportUrl}?edition=9`,
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "没有找到这份年报" })).toBeVisible();
  }
  // Nothing of the signed-in app opens for the visitor.
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/login\?next=/);

  // Accessible and readable at 1280 and 375 px: the portal pages and the frozen HTML edition itself.
  await checkPage(page, "/gongkai", "home");
  await checkPage(page, officeUrl, "office");
  await checkPage(page, reportUrl, "report");
  await checkPage(page, chartsUrl, "charts");
  await checkPage(page, htmlHref, "frozen-html");
  await context.close();
});
