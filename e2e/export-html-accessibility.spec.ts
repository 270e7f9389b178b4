import { createRequire } from "node:module";

import { expect, test } from "@playwright/test";

import { buildHtml } from "@/lib/export/html";
import { EXAMPLES, loadExample } from "@/lib/report/testing/fixtures";
import { getTemplate } from "@/lib/template";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

type TAxeResult = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  passes: { id: string }[];
};

for (const name of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
  test(`the HTML export of ${name} has no axe-core violations, on a desktop and on a phone`, async ({
    page,
  }) => {
    const report = loadExample(name);
    const html = buildHtml(getTemplate(report.formatVersion), report, { status: "published" });
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 740 },
    ]) {
      await page.setViewportSize(viewport);
      await page.setContent(html);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run(): Promise<TAxeResult> } }).axe.run(),
      );
      const violations = result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(violations, `${viewport.width}px`).toEqual([]);
      // The checks that matter for these pages did run (and passed).
      const passed = result.passes.map((rule) => rule.id);
      expect(passed).toEqual(
        expect.arrayContaining([
          "html-has-lang",
          "th-has-data-cells",
          "scope-attr-valid",
          "td-headers-attr",
          "color-contrast",
        ]),
      );
      // Readable on a phone: the page itself never scrolls sideways; wide tables scroll inside their region.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${viewport.width}px`).toBeLessThanOrEqual(0);
    }
  });
}
