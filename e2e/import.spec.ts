import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { buildDocx } from "../lib/export/docx";
import { importText } from "../lib/import/import-report";
import { ZReportDocument } from "../lib/report/schema";
import { evaluateReport } from "../lib/rules/evaluate";
import { getTemplate } from "../lib/template";

import { cell, openSection, signIn } from "./fixtures/session";

// Reading a report and creating drafts on a busy 2-core machine: generous timeouts, the steps stay strict.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PINGTAN = readFileSync("/work/shared/seeds-extra/09_pingtan_2022.txt", "utf8");

test("pasted web-page text with a flattened table: pick a split, findings match the checker, draft created", async ({
  page,
}) => {
  await signIn(page, "weijian");
  await page.getByLabel("粘贴报告全文").fill(PINGTAN);
  await page.getByRole("button", { name: /读\s*取/ }).click();
  await expect(page.getByText("2022年度", { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/按合计拆分 \d+/).first()).toBeVisible();
  const create = page.getByRole("button", { name: /创建2022年度草稿/ });
  await expect(create).toBeDisabled();
  const split = page.getByRole("radiogroup", { name: "行政规范性文件 的拆分" });
  await expect(split.getByRole("radio")).toHaveCount(15);
  await split.getByText("88 / 55 / 698", { exact: true }).click();
  // Every cell read is shown before anything is saved, with its mark; the picked split fills its row.
  const readCell = (id: string) => page.getByTestId(`import-cell-${id}`);
  await expect(readCell("t3.new_received.natural_person")).toHaveText("71");
  await expect(readCell("t3.new_received.natural_person")).toHaveAttribute("data-mark", "split");
  await expect(readCell("t2.normative_documents.made")).toHaveText("88");
  await expect(readCell("t2.normative_documents.made")).toHaveAttribute("data-mark", "choice");

  // The review's findings are the rule engine's on the document with that split.
  const outcome = importText(PINGTAN);
  if (!outcome.ok) throw new Error(outcome.error);
  const document = outcome.result.document;
  const chosen = {
    ...document,
    cells: {
      ...document.cells,
      "t2.normative_documents.made": 88,
      "t2.normative_documents.repealed": 55,
      "t2.normative_documents.valid": 698,
    },
  };
  const expected = evaluateReport(chosen);
  await expect(page.getByTestId("import-finding")).toHaveCount(expected.length);
  for (const finding of expected)
    await expect(page.getByTestId("import-finding").filter({ hasText: finding.message })).toHaveCount(1);

  await create.click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: /示范区卫生健康局 2022年度/ })).toBeVisible();
  await openSection(page, /二、主动公开/);
  await expect(cell(page, "t2.normative_documents.made")).toHaveValue("88");
  await expect(cell(page, "t2.normative_documents.valid")).toHaveValue("698");
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.new_received.natural_person")).toHaveValue("71");
});

test("last year's Word file stored as 已发布（导入） prefills the next year's new draft", async ({
  page,
}) => {
  const example = ZReportDocument.parse(
    JSON.parse(
      readFileSync(path.join(import.meta.dirname, "../docs/examples/2023-zhangdian-kaifaqu.json"), "utf8"),
    ),
  );
  // Non-zero values to carry over: 现行有效件数 12, 结转下年度 3 (自然人).
  const report = {
    ...example,
    cells: { ...example.cells, "t2.normative_documents.valid": 12, "t3.carried_forward.natural_person": 3 },
  };
  const docx = await buildDocx(getTemplate(report.formatVersion), report, { status: "published" });
  await signIn(page, "weijian");
  await page.getByLabel("选择要导入的文件").setInputFiles({
    name: "2023年报.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: docx,
  });
  await page.getByRole("button", { name: /读\s*取/ }).click();
  await expect(page.getByText("Word 文档（.docx）")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("读取 175")).toBeVisible();
  await expect(page.getByTestId("import-cell-t2.normative_documents.valid")).toHaveText("12");
  await expect(page.getByTestId("import-cell-t3.carried_forward.natural_person")).toHaveText("3");
  await page.screenshot({ path: "/tmp/import-review.png", fullPage: true });
  await page.getByRole("button", { name: "存为2023年度已发布的报告" }).click();
  await expect(page.getByText(/已存为2023年度已发布（导入）/)).toBeVisible({ timeout: 60_000 });
  const row = page.getByRole("row", { name: /2023年度/ });
  await expect(row.getByText("已发布（导入）")).toBeVisible();

  await page.getByLabel("年度", { exact: true }).fill("2024");
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: /示范区卫生健康局 2024年度/ })).toBeVisible();
  await openSection(page, /二、主动公开/);
  await expect(cell(page, "t2.normative_documents.valid")).toHaveValue("12");
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.carried_over.natural_person")).toHaveValue("3");
});

test("a file that is not a report gets a Chinese message and nothing is created", async ({ page }) => {
  await signIn(page, "jiaoyu");
  await page.getByLabel("粘贴报告全文").fill("会议纪要：本周工作安排。");
  await page.getByRole("button", { name: /读\s*取/ }).click();
  await expect(page.getByText(/该文件不是政府信息公开工作年度报告/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: /创建.*草稿/ })).toHaveCount(0);
});
