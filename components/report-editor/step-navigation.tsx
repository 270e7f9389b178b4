"use client";

import { Button, Menu, Space } from "antd";
import { memo } from "react";

import { progressText, type TReportProgress } from "@/lib/rules/progress";

import type { TStep } from "./editor-steps";

export interface TStepItem {
  key: TStep;
  label: string;
}

/**
 * The steps beside the editor, each with its state on a line of its own (never truncated): ✓, n 处未填 (grey —
 * not an error until submission) or n 个错误 (red).
 */
export const StepMenu = memo(function StepMenu({
  steps,
  step,
  progress,
  onStep,
}: Readonly<{
  steps: TStepItem[];
  step: TStep;
  progress: TReportProgress;
  onStep(step: TStep): void;
}>) {
  return (
    <Menu
      mode="inline"
      selectedKeys={[step]}
      onClick={({ key }) => onStep(key as TStep)}
      style={{ borderInlineEnd: "none" }}
      items={steps.map((s) => {
        const state = progress.steps[s.key];
        const text = progressText(state);
        return {
          key: s.key,
          style: { height: "auto", lineHeight: 1.4, paddingBlock: 6, whiteSpace: "normal" },
          label: (
            <span title={s.label} data-step={s.key} style={{ display: "block" }}>
              <span style={{ display: "block", overflow: "hidden", textOverflow: "ellipsis" }}>
                {s.label}
              </span>
              <span
                data-testid="step-progress"
                style={{
                  display: "block",
                  fontSize: 12,
                  color: state.errors ? "#cf1322" : state.unfilled ? "#595959" : "#237804",
                }}
              >
                {text === "✓" ? "✓ 已完成" : text}
              </span>
            </span>
          ),
        };
      })}
    />
  );
});

/** 上一步 / 下一步 below the current step. */
export const StepButtons = memo(function StepButtons({
  steps,
  step,
  onStep,
}: Readonly<{ steps: TStepItem[]; step: TStep; onStep(step: TStep): void }>) {
  const index = steps.findIndex((s) => s.key === step);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <Space style={{ marginTop: 12 }}>
      {previous && <Button onClick={() => onStep(previous.key)}>上一步</Button>}
      {next && (
        <Button type="primary" onClick={() => onStep(next.key)}>
          下一步
        </Button>
      )}
    </Space>
  );
});
