"use client";

import { memo, type FormEvent } from "react";

import type { TCellMarks } from "./cell-marks";
import { useCellSourceText } from "./cell-source";
import styles from "./editor.module.css";

export interface TCellProps {
  id: string;
  label: string;
  text: string;
  derived: boolean;
  editable: boolean;
  severity?: TCellMarks["severity"] | "blank";
  messages?: string;
  prefill?: string;
  comment?: string;
  onText(id: string, text: string): void;
  /** Given to a 审核人 who may comment: the cell shows a 批注 button that calls it with the cell's id. */
  onComment?(id: string): void;
}

/** Focuses the value cell `id` (its `data-cell`) and selects its text, if it is on the page. */
export const focusCell = (id: string) => {
  const input = document.querySelector<HTMLInputElement>(`[data-cell="${CSS.escape(id)}"]`);
  input?.focus();
  input?.select();
};

// A cell's form is never sent: Enter moves to the next cell (use-table-keys.ts), and nothing else may submit.
const keepOnPage = (event: FormEvent<HTMLFormElement>) => event.preventDefault();

/**
 * One value cell. Memoised on primitive props so a keystroke re-renders only the cells whose values change.
 * Its input sits in a form of its own (laid out as if it were not there): after every typed character Chromium's
 * autofill reads the form the field belongs to, and fields outside any form count as one form of the whole page —
 * 表三's 175 cells and the rest, about 2 ms of the browser's time per key (issue 17, D75 in docs/decisions.md).
 */
export const StatsCell = memo(function StatsCell({
  id,
  label,
  text,
  derived,
  editable,
  severity,
  messages,
  prefill,
  comment,
  onText,
  onComment,
}: Readonly<TCellProps>) {
  const classes = [
    styles.cell,
    derived && styles.derived,
    severity && severity !== "info" && styles[severity],
    prefill && styles.prefilled,
    comment && styles.commented,
  ]
    .filter(Boolean)
    .join(" ");
  const source = useCellSourceText(id);
  const title = [
    comment,
    messages,
    prefill ? `预填：${prefill}` : "",
    source,
    derived ? "总计，自动计算" : "",
  ]
    .filter(Boolean)
    .join("\n");
  return (
    <td className={onComment ? styles.cellBox : undefined}>
      <form className={styles.cellForm} onSubmit={keepOnPage}>
        <input
          className={classes}
          data-cell={id}
          data-severity={severity}
          data-comment={comment ? "open" : undefined}
          aria-label={label}
          aria-invalid={severity === "error" || undefined}
          title={title || undefined}
          inputMode="decimal"
          autoComplete="off"
          readOnly={derived || !editable}
          tabIndex={derived ? -1 : 0}
          name={id}
          value={text}
          onFocus={(event) => event.target.select()}
          onChange={(event) => onText(id, event.target.value)}
        />
      </form>
      {onComment && (
        // Out of the Tab order (Tab moves from cell to cell); by keyboard, 添加批注 in the side panel comments
        // on the focused cell.
        <button
          type="button"
          tabIndex={-1}
          className={styles.commentButton}
          aria-label={`批注：${label}`}
          title={`批注：${label}`}
          // Not focused by the press: a focus in the table scrolls it into view, and the click would miss.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onComment(id)}
        >
          批
        </button>
      )}
    </td>
  );
});
