import { describe, expect, it } from "vitest";

import { buildHtml } from "@/lib/export/html";
import { EXAMPLES, loadExample } from "@/lib/report/testing/fixtures";
import { getTemplate } from "@/lib/template";

import { printableParts } from "./printable-parts";

describe("printableParts", () => {
  const name = Object.keys(EXAMPLES)[0] as keyof typeof EXAMPLES;
  const report = loadExample(name);
  const html = buildHtml(getTemplate(report.formatVersion), report, { status: "draft" });
  const parts = printableParts(html);

  it("keeps the export's whole body, with its main as a plain block and the draft mark", () => {
    expect(parts.body).toContain('<p class="draft-banner"');
    expect(parts.body).toContain('<div class="printed-report">');
    expect(parts.body).not.toMatch(/<\/?main>|<\/?body|<style/);
    expect(parts.body).toContain("三、收到和处理政府信息公开申请情况");
  });

  it("keeps the A4 print stylesheet and gives the export's page font to the copy", () => {
    expect(parts.style).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    expect(parts.style).toMatch(/body, \.print-only \{ margin: 0;[^}]*font-size: 16pt/);
    // The phone layout is for screens only: A4 is narrower than 640 CSS px between its margins.
    expect(parts.style).toContain("@media screen and (max-width: 640px)");
  });
});
