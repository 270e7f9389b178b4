"use client";

import { memo } from "react";

import type { TGridRow } from "@/lib/template/types";

import styles from "./editor.module.css";
import { StatsCell, type TCellProps } from "./stats-cell";
import { stickyLeft, type TTableLayout } from "./table-layout";

/** What one value cell shows: the props of `StatsCell` that follow the document (all primitives). */
export type TCellView = Omit<TCellProps, "editable" | "onText" | "onComment">;

interface TProps {
  row: TGridRow;
  rowIndex: number;
  layout: TTableLayout;
  /** The row's value cells in order (its label cells come from `row`). */
  cells: readonly TCellView[];
  editable: boolean;
  onText(id: string, text: string): void;
  onComment?(id: string): void;
}

const sameView = (a: TCellView, b: TCellView): boolean =>
  a.id === b.id &&
  a.text === b.text &&
  a.label === b.label &&
  a.derived === b.derived &&
  a.severity === b.severity &&
  a.messages === b.messages &&
  a.comment === b.comment &&
  a.prefill === b.prefill;

/**
 * Whether a row shows the same as before: the same grid row, layout and handlers, and every value cell the
 * same text and marks. A keystroke thus re-renders the row typed in and the rows whose totals or marks changed.
 */
const sameRow = (before: Readonly<TProps>, after: Readonly<TProps>): boolean =>
  before.row === after.row &&
  before.rowIndex === after.rowIndex &&
  before.layout === after.layout &&
  before.editable === after.editable &&
  before.onText === after.onText &&
  before.onComment === after.onComment &&
  before.cells.length === after.cells.length &&
  before.cells.every((cell, index) => sameView(cell, after.cells[index]!));

/** One row of a statistics table: its label cells (frozen at the left) and its value cells. */
export const StatsRow = memo(function StatsRow({
  row,
  rowIndex,
  layout,
  cells,
  editable,
  onText,
  onComment,
}: Readonly<TProps>) {
  let value = 0;
  return (
    <tr>
      {row.cells.map((cell, cellIndex) => {
        if (cell.type === "label") {
          const start = layout.startColumns[rowIndex]?.[cellIndex] ?? 0;
          const frozen = !row.isHeader && start < layout.labelColumns;
          const corner = Boolean(row.isHeader) && start < layout.labelColumns;
          return (
            <th
              key={cellIndex}
              rowSpan={cell.rowSpan}
              colSpan={cell.colSpan}
              scope={cell.scope}
              className={frozen ? styles.frozenLabel : corner ? styles.frozenCorner : undefined}
              style={frozen || corner ? { left: `${stickyLeft(layout, start)}em` } : undefined}
            >
              {cell.text}
            </th>
          );
        }
        const view = cells[value++]!;
        return (
          <StatsCell key={cellIndex} {...view} editable={editable} onText={onText} onComment={onComment} />
        );
      })}
    </tr>
  );
}, sameRow);
