import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { THEME_CSS_FILE, themeCss } from "./antd-theme-css";

describe("app/antd-theme.css (the theme's CSS variables for the light components, D71)", () => {
  const generated = themeCss();

  it("is what the theme and the installed antd give today (run `npx tsx scripts/antd-theme-css.ts` when not)", () => {
    expect(readFileSync(THEME_CSS_FILE, "utf8")).toBe(generated);
  });

  it("carries our colours on :root and each light component's own variables on its class", () => {
    const root = generated.split("\n").find((line) => line.startsWith(":root{")) ?? "";
    expect(root).toContain("--ant-color-primary:#b71c1c;");
    expect(root).toContain("--ant-color-link:#0950c2;");
    expect(root).toContain("--ant-color-error:#cf1322;");
    for (const component of [".ant-btn{", ".ant-tag{", ".ant-card{", ".ant-alert{", ".ant-input{"])
      expect(generated).toContain(`\n${component}--ant-`);
    // Only variables: Ant Design's rules themselves come from antd/dist/antd.css.
    for (const line of generated.split("\n").slice(1).filter(Boolean))
      expect(line).toMatch(/^[^{]+\{(?:--[\w-]+:[^;]*;)+\}$/s);
  });
});
