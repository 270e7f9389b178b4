import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { TReportProgress } from "@/lib/rules/progress";

import { StepButtons, StepMenu } from "./step-navigation";

const STEPS = [
  { key: "details", label: "报告信息" },
  { key: "s1", label: "一、总体情况" },
  { key: "s2", label: "二、主动公开政府信息情况" },
] as const;

const progress = {
  steps: {
    details: { unfilled: 0, errors: 0 },
    s1: { unfilled: 2, errors: 0 },
    s2: { unfilled: 1, errors: 3 },
    s3: { unfilled: 0, errors: 0 },
    s4: { unfilled: 0, errors: 0 },
    s5: { unfilled: 0, errors: 0 },
    s6: { unfilled: 0, errors: 0 },
  },
  unfilled: 3,
  errors: 3,
  completeness: 80,
} satisfies TReportProgress;

describe("the editor's steps", () => {
  const html = renderToStaticMarkup(
    createElement(StepMenu, { steps: [...STEPS], step: "s1", progress, onStep: () => undefined }),
  );

  it("are an ordered list of buttons, the current one marked as the current step", () => {
    expect(html.startsWith("<ol")).toBe(true);
    expect(html.match(/<button type="button"/g)).toHaveLength(3);
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toMatch(/<button[^>]*aria-current="step"[^>]*data-step="s1"/);
  });

  it("say each step's state on a line of its own: ✓ 已完成, n 处未填, n 个错误", () => {
    const states = [...html.matchAll(/data-testid="step-progress"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(states).toEqual(["✓ 已完成", "2 处未填", "3 个错误 · 1 处未填"]);
  });

  it("offer 上一步 and 下一步 around the current step, none beyond the ends", () => {
    const buttons = (step: "details" | "s1" | "s2") =>
      renderToStaticMarkup(createElement(StepButtons, { steps: [...STEPS], step, onStep: () => undefined }));
    expect(buttons("s1")).toMatch(/上一步[\s\S]*下一步/);
    expect(buttons("details")).not.toContain("上一步");
    expect(buttons("s2")).not.toContain("下一步");
  });
});
