import { expect, test } from "@playwright/test";

// 年报专栏 search without an account (demo data: 示范区教育局 has 2024 published, nothing of 2019): an office that has
// nothing of the year published is named with 尚未发布; a 10,000-character query (~90 KB of address) is cut to 100
// characters with a Chinese note, never a 431 or 500.

test("search: an office with nothing of that year published says 尚未发布; a 10,000-character query is cut, not refused", async ({
  page,
}) => {
  await page.goto("/gongkai?q=教育局&year=2019");
  const results = page.getByRole("region", { name: "查找结果" });
  const row = results.getByRole("row", { name: /示范区教育局/ });
  await expect(row).toContainText("尚未发布2019年度年报");

  const response = await page.goto(`/gongkai?q=${encodeURIComponent("教".repeat(10_000))}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("query-cut")).toHaveText("查找词过长，只按前 100 个字查找。");
  await expect(page.getByRole("region", { name: "查找结果" })).toContainText(
    "没有名称含有这些字的机关。请换一个机关名称再试。",
  );
  await expect(page.getByLabel("机关名称")).toHaveValue("教".repeat(100));
});
