import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { signIn } from "./fixtures/session";

// 打印 on the preview: the whole report on A4, without the app's header, toolbar and frame; as many pages as
// the Word export rendered by LibreOffice, give or take one (docs/editor.md “打印”).

const hasPdfinfo = spawnSync("pdfinfo", ["-v"]).error === undefined;
const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync(bin, ["--version"]).error === undefined);

const pdfPages = (file: string): number => {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
};

/** Opens the preview of `year`'s report of the signed-in user; returns the report's address. */
const openPreview = async (page: Page, year: number): Promise<string> => {
  await page
    .getByRole("row", { name: new RegExp(`${year}年度`) })
    .getByRole("link", { name: "预览" })
    .click();
  await expect(page).toHaveURL(/\/preview$/);
  await expect(page.getByRole("button", { name: /打\s*印/ })).toBeVisible();
  return page.url().replace(/\/preview$/, "");
};

const comparePrintWithWord = async (page: Page, report: string, dir: string) => {
  // The preview as Chromium prints it.
  const printed = path.join(dir, "print.pdf");
  writeFileSync(printed, await page.pdf({ preferCSSPageSize: true, format: "A4" }));
  const printedPages = pdfPages(printed);
  expect(printedPages).toBeGreaterThanOrEqual(2);

  test.skip(
    !soffice,
    "LibreOffice (soffice) is not installed: the page count of the Word export cannot be compared",
  );
  const response = await page.request.get(`${report}/export/docx`);
  expect(response.ok()).toBe(true);
  const docx = path.join(dir, "report.docx");
  writeFileSync(docx, await response.body());
  execFileSync(
    soffice ?? "soffice",
    [
      `-env:UserInstallation=file://${dir}/lo-profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    { timeout: 45_000, stdio: "ignore" },
  );
  const wordPdf = path.join(dir, readdirSync(dir).find((name) => name === "report.pdf") ?? "report.pdf");
  expect(existsSync(wordPdf)).toBe(true);
  const wordPages = pdfPages(wordPdf);
  test.info().annotations.push({ type: "pages", description: `打印 ${printedPages}，Word ${wordPages}` });
  expect(
    Math.abs(printedPages - wordPages),
    `打印 ${printedPages} 页，Word ${wordPages} 页`,
  ).toBeLessThanOrEqual(1);
};

test.beforeEach(() => {
  test.skip(!hasPdfinfo, "pdfinfo (poppler-utils) is not installed: PDF pages cannot be counted");
});

test("打印 prints the whole published report, without the app's frame, as many pages as the Word export ±1", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, "jiaoyu");
  const report = await openPreview(page, 2024);

  // The button opens the browser's print dialog.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: /打\s*印/ }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // On paper: the report, not the header, toolbar or the frame.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("printed-report")).toBeVisible();
  await expect(
    page.getByTestId("printed-report").getByText("三、收到和处理政府信息公开申请情况"),
  ).toBeVisible();
  await expect(page.locator("header")).toBeHidden();
  await expect(page.locator("iframe")).toBeHidden();
  await expect(page.getByRole("button", { name: /打\s*印/ })).toBeHidden();
  // Back to the browser's own media (page.pdf prints with print media unless screen is emulated).
  await page.emulateMedia({ media: null });
  await expect(page.getByTestId("printed-report")).toBeHidden();

  await comparePrintWithWord(page, report, mkdtempSync(path.join(os.tmpdir(), "nbt-print-")));
});

test("a draft prints with its 草稿 mark and as many pages as its Word export ±1", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, "weijian");
  const report = await openPreview(page, 2025);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("printed-report").getByText(/草稿：本报告尚未发布/)).toBeVisible();
  await comparePrintWithWord(page, report, mkdtempSync(path.join(os.tmpdir(), "nbt-print-")));
});
