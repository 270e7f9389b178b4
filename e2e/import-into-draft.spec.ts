import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";

import { buildDocx } from "../lib/export/docx";
import { asEdited, loadExample } from "../lib/report/testing/fixtures";
import { resolveValues } from "../lib/report/values";
import { getTemplate } from "../lib/template";

import { cell, expectSaved, openSection, signIn } from "./fixtures/session";

test.describe.configure({ mode: "serial", timeout: 180_000 });

// A year of its own: the other journeys use 卫健局's 2022, 2024 and 2025 reports.
const YEAR = 2027;
const AGENCY = "示范区卫生健康局";
const SOURCE = {
  ...asEdited(loadExample("zhangdian2023")),
  year: YEAR,
  details: {
    ...loadExample("zhangdian2023").details,
    agencyName: AGENCY,
    title: `${AGENCY}${YEAR}年政府信息公开工作年度报告`,
  },
};
SOURCE.cells["t3.new_received.natural_person"] = 6;

/** The three tables as an office keeps them in Excel: one sheet each, labels as printed, a title naming the year. */
const tablesWorkbook = async (): Promise<Buffer> => {
  const template = getTemplate(SOURCE.formatVersion);
  const values = resolveValues(template, SOURCE);
  const workbook = new ExcelJS.Workbook();
  for (const table of Object.values(template.tables)) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 30));
    if (table.id === "t2") sheet.addRow([`${AGENCY}${YEAR}年政府信息公开工作年度报告`]);
    sheet.addRow([`${table.id === "t2" ? "二" : table.id === "t3" ? "三" : "四"}、${table.title}`]);
    for (const row of table.rows) {
      sheet.addRow(
        row.cells.flatMap((gridCell) => {
          const value =
            gridCell.type === "label"
              ? gridCell.text
              : template.cellById.get(gridCell.cellId)?.sumOf
                ? values.effective(gridCell.cellId)
                : // 表二 收费金额 printed empty: the diff marks it 原报告空白.
                  gridCell.cellId === "t2.fees.amount"
                  ? "—"
                  : SOURCE.cells[gridCell.cellId];
          return [value ?? "", ...Array.from({ length: (gridCell.colSpan ?? 1) - 1 }, () => "")];
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

test("a 填报人 imports the tables from Excel into an open draft, then one section from Word, each after its diff", async ({
  page,
}) => {
  await signIn(page, "weijian");
  await page.getByLabel("年度", { exact: true }).fill(String(YEAR));
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await openSection(page, /三、收到和处理/);
  await cell(page, "t3.new_received.natural_person").fill("2");
  await openSection(page, /二、主动公开/);
  await cell(page, "t2.fees.amount").fill("3");
  await expectSaved(page);

  // 导入 → tables: the diff lists each changed cell old → new, with 原报告空白 marked.
  await page.getByRole("button", { name: /导\s*入/ }).click();
  const dialog = page.getByRole("dialog", { name: "导入到本草稿" });
  await dialog.getByLabel("选择要导入的文件").setInputFiles({
    name: "统计表.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await tablesWorkbook(),
  });
  await dialog.getByRole("button", { name: "读取并对比" }).click();
  const diff = dialog.getByTestId("table-import-diff");
  await expect(diff).toBeVisible({ timeout: 60_000 });
  const changed = diff
    .getByRole("row")
    .filter({ hasText: "自然人" })
    .filter({ has: page.getByTestId("after-t3.new_received.natural_person") });
  await expect(changed).toContainText("2");
  await expect(page.getByTestId("after-t3.new_received.natural_person")).toHaveText("6");
  await expect(diff.getByRole("row").filter({ hasText: "原报告空白" })).toHaveCount(1);
  await page.screenshot({ path: "docs/images/import-into-draft-tables.png" });
  // The import saves, then reloads the editor: wait for the reload before choosing a step.
  await Promise.all([
    page.waitForEvent("load", { timeout: 60_000 }),
    dialog.getByRole("button", { name: "导入表格" }).click(),
  ]);

  // Saved as a new version: the values and 总计 show, and each imported cell says where it came from.
  await openSection(page, /三、收到和处理/);
  await expect(cell(page, "t3.new_received.natural_person")).toHaveValue("6", { timeout: 60_000 });
  const total = Number(SOURCE.cells["t3.new_received.commercial"] ?? 0) + 6;
  await expect(cell(page, "t3.new_received.total")).toHaveValue(String(total));
  await cell(page, "t3.new_received.natural_person").focus();
  await expect(cell(page, "t3.new_received.natural_person")).toHaveAttribute(
    "title",
    /导入自“统计表\.xlsx”.*原文“6”/,
  );
  await expect(page.getByTestId("cell-source")).toContainText("导入自“统计表.xlsx”");
  await openSection(page, /二、主动公开/);
  await expect(cell(page, "t2.fees.amount")).toHaveValue("");
  await cell(page, "t2.fees.amount").focus();
  await expect(page.getByTestId("cell-source")).toContainText("原报告空白");

  // 导入 → one section from a .docx our exporter wrote: old and new text side by side.
  const word = await buildDocx(
    getTemplate(SOURCE.formatVersion),
    {
      ...SOURCE,
      narrative: { ...SOURCE.narrative, s5: "一是培训不足。下一步将每季度组织一次政务公开培训。" },
    },
    { status: "draft" },
  );
  await page.getByRole("button", { name: /导\s*入/ }).click();
  await dialog.getByRole("radio", { name: /导入一个部分的文字/ }).check();
  await dialog.getByLabel("选择要导入的文件").setInputFiles({
    name: "年报.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: word,
  });
  await dialog.getByRole("button", { name: "读取并对比" }).click();
  await expect(dialog.getByTestId("section-import-diff")).toBeVisible({ timeout: 60_000 });
  // A click on an option while the list is still sliding open can miss on a loaded machine: choose until it took.
  await expect(async () => {
    await dialog.getByLabel("文件中的部分").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "第五部分" })
      .click({ timeout: 5_000 });
    await expect(dialog.getByTestId("section-before")).toHaveText("（空）", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(dialog.getByTestId("section-after")).toHaveText(
    "一是培训不足。下一步将每季度组织一次政务公开培训。",
  );
  await page.screenshot({ path: "docs/images/import-into-draft-section.png" });
  // The import saves, then reloads the editor: wait for the reload before choosing a step.
  await Promise.all([
    page.waitForEvent("load", { timeout: 60_000 }),
    dialog.getByRole("button", { name: "替换该部分" }).click(),
  ]);
  await openSection(page, /五、存在的主要问题/);
  await expect(page.locator('[data-section="s5"]')).toHaveValue(/每季度组织一次政务公开培训/, {
    timeout: 60_000,
  });

  // The history says what was imported from which file.
  const reportId = page.url().split("/").pop() ?? "";
  await page.goto(`/reports/${reportId}/history`);
  await expect(page.getByText(/从“统计表\.xlsx”导入表格：\d+ 格变化/)).toBeVisible();
  await expect(page.getByText("从“年报.docx”导入第五部分到第五部分")).toBeVisible();
});
