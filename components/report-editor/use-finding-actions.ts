"use client";

import { useCallback, type Dispatch, type SetStateAction } from "react";

import { useFeedback } from "@/components/ui/feedback";
import type { TFinding } from "@/lib/rules/evaluate";

import { documentValues, type TDocumentAction } from "./document-state";
import type { TDocumentStore } from "./document-store";
import { locateTarget, stepOf, type TStep } from "./editor-steps";
import { applyLinkFix } from "./link-offers";
import { selectQuotedPhrase } from "./quoted-phrase";
import { focusCell } from "./stats-cell";

interface TOptions {
  store: Pick<TDocumentStore, "get">;
  setStep: Dispatch<SetStateAction<TStep>>;
  dispatch(action: TDocumentAction): void;
}

/**
 * What the side panels do in the editor: open a comment target or a finding (switch to its step, then focus
 * its cell or section), and apply a finding's linked-value fix to the narrative. The callbacks are stable
 * so the memoised panels do not re-render on each keystroke.
 */
export const useFindingActions = ({ store, setStep, dispatch }: TOptions) => {
  const { message } = useFeedback();
  const openTarget = useCallback(
    (target: string) => {
      const place = locateTarget(target);
      if (!place) return;
      setStep(place.step);
      const { cell } = place;
      if (cell) setTimeout(() => focusCell(cell), 50);
    },
    [setStep],
  );

  const openFinding = useCallback(
    (finding: TFinding) => {
      setStep(stepOf(finding));
      const cell = finding.cells[0];
      // A finding about the text selects the phrase it quotes; else its first cell, else the section's text.
      setTimeout(() => {
        if (finding.sectionId && selectQuotedPhrase(finding.sectionId, finding.message)) return;
        if (cell) focusCell(cell);
        else window.document.querySelector<HTMLElement>(`[data-section="${finding.sectionId}"]`)?.focus();
      }, 50);
    },
    [setStep],
  );

  // The findings panel stays memoised: the fix reads the latest document from the store.
  const fixFinding = useCallback(
    (finding: TFinding) => {
      const fix = finding.fix;
      if (!fix) return;
      const current = store.get();
      const next = applyLinkFix(current.narrative[fix.key] ?? "", fix, documentValues(current));
      if (next === null) {
        message.warning("正文已修改，找不到原来的数字，请在正文中直接修改。");
        return;
      }
      dispatch({ type: "setNarrative", key: fix.key, text: next });
      message.success("已改为关联数值，今后随表格更新。");
    },
    [dispatch, message, store],
  );

  return { openTarget, openFinding, fixFinding };
};
