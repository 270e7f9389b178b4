import { expect as baseExpect, test, type Page } from "@playwright/test";

import { signIn } from "./fixtures/session";

// D60: a deleted draft is listed under 我的年报 (已删除的草稿, with when and by whom) and can be restored; a year
// created again replaces it. 示范区卫生健康局 2034, a year no other journey uses.

test.setTimeout(90_000);
const expect = baseExpect.configure({ timeout: 20_000 });
const YEAR = "2034";

const createYear = async (page: Page) => {
  await page.goto("/reports");
  await page.getByLabel("年度", { exact: true }).fill(YEAR);
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`示范区卫生健康局 ${YEAR}年度`) })).toBeVisible();
  return page.url().split("/").pop() ?? "";
};

const deleteDraft = async (page: Page) => {
  await page.getByRole("button", { name: "删除草稿" }).click();
  await page
    .getByRole("dialog", { name: "删除这份草稿？" })
    .getByRole("button", { name: /删\s*除/ })
    .click();
  await expect(page).toHaveURL(/\/reports$/);
};

test("已删除的草稿 lists a deleted draft with who and when; 恢复 takes it back; a new report of the year replaces it", async ({
  page,
}) => {
  await signIn(page, "weijian");
  const id = await createYear(page);
  await page.getByLabel("发布网站").fill("示范区人民政府门户网站");
  await expect(page.getByTestId("save-status")).toContainText("已保存", { timeout: 15_000 });
  await deleteDraft(page);
  await expect(
    page
      .getByRole("table")
      .first()
      .getByRole("row", { name: new RegExp(`${YEAR}年度`) }),
  ).toHaveCount(0);

  const deleted = page.getByTestId("deleted-drafts");
  await deleted.getByRole("button", { name: /已删除的草稿（1）/ }).click();
  const gone = deleted.getByRole("row", { name: new RegExp(`${YEAR}年度`) });
  await expect(gone).toContainText("示范区卫生健康局");
  await expect(gone).toContainText("卫健局填报人");
  await expect(gone).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  await page.screenshot({ path: "docs/images/my-reports-deleted-drafts.png", fullPage: true });

  // 恢复: the draft as it was, opened; the history says who restored it.
  await gone.getByRole("button", { name: /恢\s*复/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
  await expect(page.getByLabel("发布网站")).toHaveValue("示范区人民政府门户网站");
  await page.goto(`/reports/${id}/history`);
  await expect(page.getByRole("cell", { name: "恢复草稿", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: `${YEAR}年度草稿已恢复` })).toBeVisible();

  // Deleted again and created anew: the new report takes the year's place and nothing is listed as deleted.
  await page.goto(`/reports/${id}`);
  await deleteDraft(page);
  await expect(page.getByTestId("deleted-drafts")).toBeVisible();
  await createYear(page);
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "我的年报" })).toBeVisible();
  await expect(page.getByTestId("deleted-drafts")).toHaveCount(0);
});
