"use client";

import { App } from "antd";
import { useCallback, type ClipboardEvent, type KeyboardEvent } from "react";

import type { TCellValue } from "@/lib/report/schema";

import { pasteOutcome } from "./paste-outcome";
import { focusCell } from "./stats-cell";
import {
  isClipboardBlock,
  isComposingKey,
  moveFrom,
  planPaste,
  type TMove,
  type TNavCell,
} from "./table-navigation";

const KEY_MOVES: Record<string, TMove> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
  Enter: "down",
};

/**
 * Spreadsheet habits on a statistics table: arrow keys and Enter (Shift+Enter up) move between cells, and a
 * block copied from Excel/WPS is pasted from the cell it lands on, with a message saying what was filled in.
 */
export const useTableKeys = (
  rows: TNavCell[][],
  editable: boolean,
  onCells: (values: Record<string, TCellValue>) => void,
) => {
  const { message } = App.useApp();
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      // Keys pressed while a Chinese input method is composing (Enter picks the pinyin, arrows move in the
      // candidate list) belong to the input method; keyCode 229 is how some browsers report them.
      if (isComposingKey({ isComposing: event.nativeEvent.isComposing, keyCode: event.keyCode })) return;
      const id = (event.target as HTMLInputElement).dataset.cell;
      const move = KEY_MOVES[event.key];
      if (!id || !move || event.altKey || event.ctrlKey || event.metaKey) return;
      const next = moveFrom(rows, id, event.key === "Enter" && event.shiftKey ? "up" : move);
      event.preventDefault();
      if (next) focusCell(next);
    },
    [rows],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLTableElement>) => {
      const target = event.target as HTMLInputElement;
      const id = target.dataset.cell;
      const text = event.clipboardData.getData("text/plain");
      if (!id || !editable || !isClipboardBlock(text)) return;
      event.preventDefault();
      const outcome = pasteOutcome(planPaste(rows, id, text));
      onCells(outcome.accepted);
      (outcome.warn ? message.warning : message.success)({ content: outcome.text, duration: 6 });
    },
    [editable, message, onCells, rows],
  );

  return { onKeyDown, onPaste };
};
