import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { buildDocx } from "../lib/export/docx";
import { buildHtml } from "../lib/export/html";
import { ZReportDocument, type TReportDocument } from "../lib/report/schema";
import { getTemplate } from "../lib/template";

import { signIn } from "./fixtures/session";

// Reading five files one by one on a busy 2-core machine: generous timeouts, the steps stay strict.
test.describe.configure({ mode: "serial", timeout: 240_000 });

const example = (file: string) =>
  ZReportDocument.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, "../docs/examples", file), "utf8")),
  );

/** An example printed under another agency (title, 落款 and agency alike), as a published report. */
const printedAs = (report: TReportDocument, agency: string): TReportDocument => ({
  ...report,
  details: {
    ...report.details,
    agencyName: agency,
    issuer: agency,
    title: `${agency}${report.year}年政府信息公开工作年度报告`,
  },
});

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const docxFile = async (name: string, report: TReportDocument) => ({
  name,
  mimeType: DOCX,
  buffer: await buildDocx(getTemplate(report.formatVersion), report, { status: "published" }),
});

test("a 审核人 imports several published reports of the offices below, fixing one office by hand", async ({
  page,
}) => {
  const y2020 = example("2020-shanting.json");
  const y2021 = example("2021-zaozhuang-gaoxin.json");
  const files = [
    // 区卫健局: the register says 示范区卫生健康局 (short form and no place prefix).
    await docxFile("卫健局2021.docx", printedAs(y2021, "区卫健局")),
    // Our own web page export, printing the register's name.
    {
      name: "教育局2020.html",
      mimeType: "text/html",
      buffer: Buffer.from(
        buildHtml(getTemplate(y2020.formatVersion), printedAs(y2020, "示范区教育局"), {
          status: "published",
        }),
      ),
    },
    // A merged bureau's name that no office carries: the person chooses 示范区教育局.
    await docxFile("社会事业局2021.docx", printedAs(y2021, "示范区社会事业局")),
    // The same office and year as the web page: a duplicate, listed and not stored.
    await docxFile("教育局2020-重复.docx", printedAs(y2020, "示范区教育局")),
    { name: "会议纪要.txt", mimeType: "text/plain", buffer: Buffer.from("会议纪要：本周工作安排。") },
  ];

  await signIn(page, "shenhe", "/review");
  await page.getByRole("link", { name: "批量导入" }).click();
  await expect(page).toHaveURL(/\/review\/import$/);
  await page.getByLabel("选择要批量导入的文件").setInputFiles(files);
  await page.getByRole("button", { name: "读取 5 个文件" }).click();
  await expect(page.getByRole("status")).toContainText(/正在读取 \d\/5/);
  const row = (label: string) => page.locator(`[data-testid="batch-row"][data-label="${label}"]`);
  await expect(row("会议纪要.txt")).toContainText("不是政府信息公开工作年度报告", { timeout: 120_000 });

  await expect(row("卫健局2021.docx")).toContainText("示范区卫生健康局");
  await expect(row("卫健局2021.docx").getByTestId("batch-reason")).toContainText("名称包含");
  await expect(row("卫健局2021.docx")).toContainText("2021");
  await expect(row("卫健局2021.docx")).toContainText("已发布（导入）");
  await expect(row("教育局2020.html").getByTestId("batch-reason")).toContainText("名称一致");
  await expect(row("教育局2020-重复.docx").getByTestId("batch-problem")).toContainText("与第 2 个文件重复");
  await expect(row("社会事业局2021.docx").getByTestId("batch-problem")).toContainText("都不相符，请选择机关");
  // What was read is shown before saving: the row expands to every cell with its mark.
  await row("教育局2020.html")
    .getByRole("button", { name: /展开|Expand/ })
    .click();
  const shown = page.getByTestId("import-cell-t4.review.total").first();
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute("data-mark", "read");
  await expect(shown).toHaveText(String(y2020.printedTotals?.["t4.review.total"] ?? 0));
  // Nothing is saved before the confirmation: 4 readable files, 2 with problems.
  await expect(page.getByRole("button", { name: "确认导入 2 份" })).toBeEnabled();

  await page.getByLabel("社会事业局2021.docx 的机关").click();
  await page.locator('.ant-select-item-option[title="示范区教育局"]').click();
  await expect(row("社会事业局2021.docx")).toContainText("人工选择");
  // A name chosen by hand is kept as an alias only when the person ticks it (D59: never by default).
  const alias = row("社会事业局2021.docx").getByRole("checkbox", { name: "示范区社会事业局" });
  await expect(alias).not.toBeChecked();
  await alias.check();
  await expect(alias).toBeChecked();
  await page.screenshot({ path: "docs/images/import-batch.png", fullPage: true });

  await page.getByRole("button", { name: "确认导入 3 份" }).click();
  await expect(row("社会事业局2021.docx")).toContainText("已导入（已发布（导入））", { timeout: 120_000 });
  await expect(row("卫健局2021.docx")).toContainText("已导入");
  await expect(row("教育局2020.html")).toContainText("已导入");
  await expect(row("教育局2020-重复.docx").getByTestId("batch-problem")).toContainText("已在系统中");
  await expect(row("会议纪要.txt").getByTestId("batch-problem")).toBeVisible();
  // The chosen office keeps the printed name as an alias.
  // (The alias editor shows it after the page's refresh, which waits for the server on a busy machine.)
  await expect(page.getByLabel("删除别名 示范区社会事业局")).toBeVisible({ timeout: 60_000 });

  // The reports are there, under the offices settled on.
  const chosen = await row("社会事业局2021.docx").getByRole("link", { name: /查看/ }).getAttribute("href");
  const health = await row("卫健局2021.docx").getByRole("link", { name: /查看/ }).getAttribute("href");
  await page.goto(chosen ?? "");
  await expect(page.getByRole("heading", { name: /示范区教育局 2021年度/ })).toBeVisible({ timeout: 60_000 });
  await page.goto(health ?? "");
  await expect(page.getByRole("heading", { name: /示范区卫生健康局 2021年度/ })).toBeVisible({
    timeout: 60_000,
  });
});

test("someone who reviews nothing does not get the batch import", async ({ page }) => {
  await signIn(page, "jiaoyu");
  const response = await page.goto("/review/import");
  expect(response?.status()).toBe(404);
});
