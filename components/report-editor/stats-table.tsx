"use client";

import { App, Button, Space, Typography } from "antd";
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from "react";

import { formatNumber } from "@/lib/export/format";
import type { TCellValue, TReportDocument } from "@/lib/report/schema";
import type { TReportValues } from "@/lib/report/values";
import type { TReportTemplate, TTableDef } from "@/lib/template";
import { cellRowColumn } from "@/lib/template/labels";

import type { TCellMarks } from "./cell-marks";
import { cellInputText, cellValueFromInput } from "./document-state";
import styles from "./editor.module.css";
import { focusCell, StatsCell } from "./stats-cell";
import { stickyLeft, tableLayout } from "./table-layout";
import {
  isClipboardBlock,
  isComposingKey,
  moveFrom,
  navigationRows,
  planPaste,
  type TMove,
} from "./table-navigation";

const KEY_MOVES: Record<string, TMove> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
  Enter: "down",
};

const TableToolbar = memo(function TableToolbar({ onFillZeros }: { onFillZeros(): void }) {
  return (
    <Space style={{ marginBottom: 8 }} wrap>
      <Button size="small" onClick={onFillZeros}>
        全部填 0
      </Button>
      <Typography.Text type="secondary">
        方向键、回车、Tab 在单元格间移动；可从 Excel/WPS 复制一块数据，在起始单元格粘贴。总计自动计算。
      </Typography.Text>
    </Space>
  );
});

const TableNotes = memo(function TableNotes({ notes }: { notes: string[] }) {
  return (
    <ul style={{ color: "#666", fontSize: 13, paddingLeft: 20 }}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
});

interface TProps {
  template: TReportTemplate;
  table: TTableDef;
  document: TReportDocument;
  values: TReportValues;
  marks: ReadonlyMap<string, TCellMarks>;
  editable: boolean;
  onCells(values: Record<string, TCellValue>): void;
  /** A 审核人 who may comment: each cell gets a 批注 button. */
  onComment?(cellId: string): void;
}

/** A statistics table exactly as the template prints it, with spreadsheet habits. */
export function StatsTable({
  template,
  table,
  document: report,
  values,
  marks,
  editable,
  onCells,
  onComment,
}: Readonly<TProps>) {
  const { message, modal } = App.useApp();
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
      const plan = planPaste(rows, id, text);
      const accepted: Record<string, TCellValue> = {};
      const rejected: string[] = [];
      for (const [cellId, raw] of Object.entries(plan.values)) {
        const value = cellValueFromInput(raw);
        if (typeof value === "string") rejected.push(`“${raw.trim()}”`);
        else accepted[cellId] = value;
      }
      onCells(accepted);
      const parts = [`已粘贴 ${Object.keys(accepted).length} 个单元格`];
      if (plan.skippedTotals) parts.push(`${plan.skippedTotals} 个值落在自动计算的总计上，已忽略`);
      if (rejected.length)
        parts.push(
          `${rejected.length} 个值不是数字，未填入：${rejected.slice(0, 5).join("、")}${rejected.length > 5 ? "等" : ""}`,
        );
      if (plan.outside) parts.push(`${plan.outside} 个值超出表格范围`);
      (rejected.length || plan.outside ? message.warning : message.success)({
        content: parts.join("；"),
        duration: 6,
      });
    },
    [editable, message, onCells, rows],
  );

  // Read through a ref so the toolbar does not re-render on every keystroke; the ref follows each commit.
  const cellsRef = useRef(report.cells);
  useEffect(() => {
    cellsRef.current = report.cells;
  }, [report.cells]);
  const fillZeros = useCallback(() => {
    const blanks = inputIds.filter((id) => cellInputText(cellsRef.current[id]) === "");
    const filled = inputIds.length - blanks.length;
    const zeros = (ids: string[]) => onCells(Object.fromEntries(ids.map((id) => [id, 0])));
    if (filled === 0) return zeros(inputIds);
    if (blanks.length === 0) {
      // Every cell is filled: the only thing 全部填 0 can do is overwrite them all.
      modal.confirm({
        title: "全部改为 0？",
        content: `本表 ${filled} 个单元格都已填写，没有空白单元格。全部改为 0 会覆盖已填写的数据。`,
        okText: "全部改为 0",
        okButtonProps: { danger: true },
        cancelText: "取消",
        onOk: () => zeros(inputIds),
      });
      return;
    }
    const instance = modal.confirm({
      title: "全部填 0",
      content: `本表已有 ${filled} 个单元格填写了数据。可以只把 ${blanks.length} 个空白单元格填为 0，或把整张表都改为 0（会覆盖已填写的数据）。`,
      okText: "只填空白单元格",
      cancelText: "取消",
      onOk: () => zeros(blanks),
      footer: (_, { OkBtn, CancelBtn }) => (
        <Space>
          <CancelBtn />
          <Button danger onClick={() => (zeros(inputIds), instance.destroy())}>
            全部改为 0
          </Button>
          <OkBtn />
        </Space>
      ),
    });
  }, [inputIds, modal, onCells]);

  const layout = useMemo(() => tableLayout(table), [table]);
  // The box is at most a screen high: when a cell in it gets the focus, the whole box comes on screen, so the
  // frozen column headers are seen with the cell (focus alone scrolls only far enough to show the cell).
  const keepInView = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight)
      event.currentTarget.scrollIntoView({ block: "nearest" });
  }, []);
  const labelWidth = stickyLeft(layout, layout.labelColumns);
  const valueColumns = table.columnCount - layout.labelColumns;
  const renderRow = (row: TTableDef["rows"][number], rowIndex: number) => (
    <tr key={rowIndex}>
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
        const def = template.cellById.get(cell.cellId);
        const derived = Boolean(def?.sumOf);
        const computed = def ? values.effectiveAt[def.index] : null;
        const text = derived
          ? computed === null || computed === undefined
            ? ""
            : formatNumber(computed)
          : cellInputText(report.cells[cell.cellId]);
        const prefill = report.prefill?.[cell.cellId];
        const mark = marks.get(cell.cellId);
        return (
          <StatsCell
            key={cellIndex}
            id={cell.cellId}
            label={def ? cellRowColumn(def) : cell.cellId}
            text={text}
            derived={derived}
            editable={editable}
            severity={mark?.commentOnly ? undefined : mark?.blankOnly ? "blank" : mark?.severity}
            comment={mark?.comment}
            messages={mark?.messages}
            onText={onText}
            onComment={onComment}
            prefill={prefill && prefill.value === report.cells[cell.cellId] ? prefill.from : undefined}
          />
        );
      })}
    </tr>
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
}
