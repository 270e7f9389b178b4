"use client";

import { useEffect, useMemo, useState } from "react";

import { useFeedback } from "@/components/ui/feedback";
import { loadPatternEngine, patternEngineReady } from "@/lib/rules/pattern-engine";
import type { TAppliedRequirements } from "@/lib/rules/local-requirements";

/** Whether any applied 本地要求 has a matching format (正则表达式) to run. */
export const needsPatternEngine = (local: readonly TAppliedRequirements[]): boolean =>
  local.some((applied) => applied.requirements.sections.some((section) => section.patterns.length > 0));

/**
 * Loads the RE2 engine of 本地要求's matching formats when the report's requirements have one (D71). Returns the
 * requirements to check with: `local` itself, then a copy once the engine has loaded, so that the editor's checks
 * (which depend on it) run again and the LR-02 findings appear. A failed load is said in Chinese; the server still
 * checks those formats when the report is submitted.
 */
export function useCheckedRequirements(
  local: readonly TAppliedRequirements[],
): readonly TAppliedRequirements[] {
  const { message } = useFeedback();
  const needed = needsPatternEngine(local);
  const [ready, setReady] = useState(patternEngineReady);
  useEffect(() => {
    if (!needed || ready) return;
    let live = true;
    loadPatternEngine().then(
      () => live && setReady(true),
      (error: unknown) => {
        console.error("加载本地要求的匹配格式引擎失败：", error);
        if (live) message.warning("本地要求中“须写明”的检查暂时无法在页面上进行，提交时仍会检查。", 8);
      },
    );
    return () => {
      live = false;
    };
  }, [needed, ready, message]);
  // A new identity once the engine is here (never while it is missing, so nothing is checked twice for nothing).
  return useMemo(() => (ready && needed ? [...local] : local), [ready, needed, local]);
}
