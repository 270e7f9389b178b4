"use client";

import { memo, useCallback, useMemo, useSyncExternalStore, type FocusEvent } from "react";

import { formatNumber } from "@/lib/export/format";
import type { TCellValue } from "@/lib/report/schema";
import type { TReportTemplate, TTableDef } from "@/lib/template";
import { cellRowColumn } from "@/lib/template/labels";

import type { TCellMarks } from "./cell-marks";
import { cellInputText, cellValueFromInput, documentValues } from "./document-state";
import type { TDocumentStore } from "./document-store";
import styles from "./editor.module.css";
import { StatsRow, type TCellView } from "./stats-row";
import { TableNotes, TableToolbar } from "./table-extras";
import { stickyLeft, tableLayout } from "./table-layout";
import { navigationRows } from "./table-navigation";
import { useFillZeros } from "./use-fill-zeros";
import { useTableKeys } from "./use-table-keys";

interface TProps {
  template: TReportTemplate;
  table: TTableDef;
  /** The editor's document: the table follows every change to it (a keystroke re-renders the table alone). */
  store: TDocumentStore;
  marks: ReadonlyMap<string, TCellMarks>;
  editable: boolean;
  onCells(values: Record<string, TCellValue>): void;
  /** A 审核人 who may comment: each cell gets a 批注 button. */
  onComment?(cellId: string): void;
}

/**
 * A statistics table exactly as the template prints it, with spreadsheet habits. It reads the document from the
 * store, so a keystroke re-renders the table and not the editor around it; its rows are memoised (`StatsRow`):
 * of them, the row typed in and the rows whose totals or marks changed re-render.
 */
export const StatsTable = memo(function StatsTable({
  template,
  table,
  store,
  marks,
  editable,
  onCells,
  onComment,
}: Readonly<TProps>) {
  const report = useSyncExternalStore(store.subscribe, store.get, store.get);
  // One resolution per cells object, shared with the reducer's refresh of linked numbers.
  const values = documentValues(report);
  const rows = useMemo(() => navigationRows(template, table), [template, table]);
  const inputIds = useMemo(
    () =>
      rows
        .flat()
        .filter((c) => !c.derived)
        .map((c) => c.id),
    [rows],
  );

  const onText = useCallback(
    (id: string, text: string) => onCells({ [id]: cellValueFromInput(text) }),
    [onCells],
  );
  const { onKeyDown, onPaste } = useTableKeys(rows, editable, onCells);
  const fillZeros = useFillZeros(inputIds, report.cells, onCells);

  const layout = useMemo(() => tableLayout(table), [table]);
  // A scroll box (narrow screens) is at most a screen high: when a cell in it gets the focus, the whole box comes
  // on screen, so the frozen column headers are seen with the cell (focus alone scrolls only far enough to show
  // the cell). Without a box (1280 px up) the headers stick to the window: the page scrolls the cell clear of them.
  const keepInView = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const wrap = event.currentTarget;
    if (wrap.scrollHeight <= wrap.clientHeight) {
      const target = event.target as HTMLElement;
      requestAnimationFrame(() => {
        const head = wrap.querySelector("thead")?.getBoundingClientRect();
        const cell = target.getBoundingClientRect();
        if (head && target !== wrap && cell.top < head.bottom) window.scrollBy(0, cell.top - head.bottom - 4);
      });
      return;
    }
    const box = wrap.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) wrap.scrollIntoView({ block: "nearest" });
  }, []);
  const labelWidth = stickyLeft(layout, layout.labelColumns);
  const valueColumns = table.columnCount - layout.labelColumns;
  // Per value cell, what it shows (labels are the template's, resolved once per table).
  const labels = useMemo(
    () => new Map(template.cells.map((def) => [def.id, cellRowColumn(def)])),
    [template],
  );
  const cellView = (cellId: string): TCellView => {
    const def = template.cellById.get(cellId);
    const derived = Boolean(def?.sumOf);
    const computed = def ? values.effectiveAt[def.index] : null;
    const text = derived
      ? computed === null || computed === undefined
        ? ""
        : formatNumber(computed)
      : cellInputText(report.cells[cellId]);
    const prefill = report.prefill?.[cellId];
    const mark = marks.get(cellId);
    return {
      id: cellId,
      label: labels.get(cellId) ?? cellId,
      text,
      derived,
      severity: mark?.commentOnly ? undefined : mark?.blankOnly ? "blank" : mark?.severity,
      comment: mark?.comment,
      messages: mark?.messages,
      prefill: prefill && prefill.value === report.cells[cellId] ? prefill.from : undefined,
    };
  };
  const renderRow = (row: TTableDef["rows"][number], rowIndex: number) => (
    <StatsRow
      key={rowIndex}
      row={row}
      rowIndex={rowIndex}
      layout={layout}
      cells={row.cells.flatMap((cell) => (cell.type === "value" ? [cellView(cell.cellId)] : []))}
      editable={editable}
      onText={onText}
      onComment={onComment}
    />
  );

  return (
    <div>
      {editable && <TableToolbar onFillZeros={fillZeros} />}
      {/* A labelled, focusable scroll box (keyboard users scroll it too): column headers frozen at its top,
          row labels at its left; scroll-padding keeps a focused cell clear of both (table-layout.ts). */}
      <div
        className={styles.tableWrap}
        role="region"
        aria-label={`${table.title}（表格区域，可滚动）`}
        tabIndex={0}
        style={{ scrollPaddingLeft: `${labelWidth}em`, fontSize: 13 }}
        data-table-wrap={table.id}
        onFocusCapture={keepInView}
      >
        <table
          className={styles.grid}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          aria-label={table.title}
          data-table={table.id}
          style={{ minWidth: `${labelWidth + valueColumns * 3.2}em` }}
        >
          <colgroup>
            {layout.labelWidths.map((width, index) => (
              <col key={index} style={{ width: `${width}em` }} />
            ))}
            {Array.from({ length: valueColumns }, (_, index) => (
              <col key={`v${index}`} />
            ))}
          </colgroup>
          {layout.headerRows > 0 && (
            <thead className={styles.frozenHead}>
              {table.rows.slice(0, layout.headerRows).map((row, rowIndex) => renderRow(row, rowIndex))}
            </thead>
          )}
          <tbody>
            {table.rows
              .slice(layout.headerRows)
              .map((row, index) => renderRow(row, index + layout.headerRows))}
          </tbody>
        </table>
      </div>
      {table.notes && <TableNotes notes={table.notes} />}
    </div>
  );
});
