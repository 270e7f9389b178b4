// Screenshots of the editor for docs/images/editor/: every step, table 三 with a marked tie-out error, and
// table 三 with a generated paragraph of linked values.
// Run: npx tsx scripts/capture-editor-screenshots.ts (builds and starts the app on a fresh database).
import { mkdirSync } from "node:fs";
import path from "node:path";

import { signInAs, startApp } from "../bench/app-server";

const out = path.resolve(import.meta.dirname, "../docs/images/editor");
mkdirSync(out, { recursive: true });

const app = await startApp(3291);
try {
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: "zh-CN" });
  await signInAs(page, app.baseURL, "jiaoyu");
  await page.screenshot({ path: path.join(out, "00-my-reports.png") });
  await page.getByRole("button", { name: /新\s*建/ }).click();
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  const steps = [
    "报告信息",
    "一、总体情况",
    "二、主动公开",
    "三、收到和处理",
    "四、政府信息公开行政复议",
    "五、存在的主要问题",
    "六、其他需要报告的事项",
  ];
  for (const [index, step] of steps.entries()) {
    await page
      .getByRole("navigation", { name: "填报步骤" })
      .getByRole("button", { name: new RegExp(step) })
      .click();
    if (step === "一、总体情况") await page.getByRole("button", { name: /插入提纲/ }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `0${index + 1}-step-${index}.png`), fullPage: true });
  }
  await page
    .getByRole("navigation", { name: "填报步骤" })
    .getByRole("button", { name: /三、收到和处理/ })
    .click();
  await page.getByRole("button", { name: /全部填\s*0/ }).click();
  await page.getByRole("button", { name: "只填空白单元格" }).click();
  await page.locator('[data-cell="t3.new_received.commercial"]').fill("1");
  await page.locator('[data-cell="t3.new_received.commercial"]').hover();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, "10-table3-tie-out-error.png"), fullPage: true });
  // Linked values: the table balanced, the generated paragraph inserted, a marked number pointed at.
  await page.locator('[data-cell="t3.granted.commercial"]').fill("1");
  await page.locator('[data-cell="t3.new_received.natural_person"]').fill("6");
  await page.locator('[data-cell="t3.granted.natural_person"]').fill("7");
  await page.locator('[data-cell="t3.carried_forward.natural_person"]').fill("1");
  await page.getByRole("button", { name: "插入数据段落" }).click();
  await page.getByRole("menuitem", { name: "依申请公开情况（表三）" }).click();
  await page.locator('[data-testid="linked-preview"] [data-link="t3.new_received.total"]').hover();
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, "11-table3-linked-values.png"), fullPage: true });
  const reviewer = await app.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  await signInAs(reviewer, app.baseURL, "shenhe");
  await reviewer.goto(`${app.baseURL}/review`);
  await reviewer.screenshot({ path: path.join(out, "20-review-board.png"), fullPage: true });
  console.log(`截图已保存到 ${out}`);
} finally {
  await app.stop();
}
