"use client";

import { memo, type KeyboardEvent } from "react";

import { Button } from "@/components/ui/button";
import { progressText, type TReportProgress } from "@/lib/rules/progress";

import type { TStep } from "./editor-steps";
import styles from "./step-navigation.module.css";

export interface TStepItem {
  key: TStep;
  label: string;
}

/** ↑ ↓ Home End move the focus between the steps' buttons (as in antd's Menu before); Enter or Space opens one. */
const moveFocus = (event: KeyboardEvent<HTMLOListElement>) => {
  const buttons = [...event.currentTarget.querySelectorAll("button")];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const to =
    event.key === "ArrowDown"
      ? Math.min(at + 1, buttons.length - 1)
      : event.key === "ArrowUp"
        ? Math.max(at - 1, 0)
        : event.key === "Home"
          ? 0
          : event.key === "End"
            ? buttons.length - 1
            : null;
  if (to === null) return;
  event.preventDefault();
  buttons[to]?.focus();
};

/**
 * The steps beside the editor (inside `<nav aria-label="填报步骤">`): a list of buttons, the current one marked
 * `aria-current="step"`, each with its state on a line of its own (never truncated): ✓ 已完成, n 处未填 (grey —
 * not an error until submission) or n 个错误 (red). Plain markup in the look of antd's inline Menu it replaced
 * (issue 17: the Menu's code was in the editor's first load).
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
    <ol className={styles.steps} onKeyDown={moveFocus}>
      {steps.map((s) => {
        const state = progress.steps[s.key];
        const text = progressText(state);
        return (
          <li key={s.key}>
            <button
              type="button"
              className={styles.step}
              aria-current={s.key === step ? "step" : undefined}
              data-step={s.key}
              title={s.label}
              onClick={() => onStep(s.key)}
            >
              <span className={styles.label}>{s.label}</span>
              <span
                data-testid="step-progress"
                className={state.errors ? styles.errors : state.unfilled ? styles.unfilled : styles.done}
              >
                {text === "✓" ? "✓ 已完成" : text}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
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
    <div className={styles.buttons}>
      {previous && <Button onClick={() => onStep(previous.key)}>上一步</Button>}
      {next && (
        <Button type="primary" onClick={() => onStep(next.key)}>
          下一步
        </Button>
      )}
    </div>
  );
});
