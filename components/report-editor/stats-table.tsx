"use client";

import { App, Button, Modal, Space, Typography } from "antd";
import { memo, useCallback, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from "react";

import { formatNumber } from "@/lib/export/format";
import type { TCellValue, TReportDocument } from "@/lib/report/schema";
import type { TReportValues } from "@/lib/report/values";
import type { TReportTemplate, TTableDef } from "@/lib/template";

import { cellInputText, cellValueFromInput } from "./document-state";
import styles from "./editor.module.css";
import { moveFrom, navigationRows, planPaste, type TMove } from "./table-navigation";

export interface TCellMarks {
  severity: "error" | "warning" | "info";
  messages: string;
  /** Only “not filled in yet”: shown quietly, not as a red error. */
  blankOnly: boolean;
  /** Open review comments on the cell. */
  comment?: string;
  /** The cell has comments but no findings. */
  commentOnly?: boolean;
}

interface TCellProps {
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
}

const KEY_MOVES: Record<string, TMove> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right", Enter: "down" };

export const focusCell = (id: string) => {
  const input = document.querySelector<HTMLInputElement>(`[data-cell="${CSS.escape(id)}"]`);
  input?.focus();
  input?.select();
};

/** One value cell. Memoised on primitive props so a keystroke re-renders only the cells whose values change. */
const StatsCell = memo(function StatsCell({ id, label, text, derived, editable, severity, messages, prefill, comment, onText }: TCellProps) {
  const classes = [styles.cell, derived && styles.derived, severity && severity !== "info" && styles[severity], prefill && styles.prefilled, comment && styles.commented]
    .filter(Boolean)
    .join(" ");
  const title = [comment, messages, prefill ? `预填：${prefill}` : "", derived ? "总计，自动计算" : ""].filter(Boolean).join("\n");
  return (
    <td>
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
    </td>
  );
});

const TableToolbar = memo(function TableToolbar({ onFillZeros }: { onFillZeros(): void }) {
  return (
    <Space style={{ marginBottom: 8 }} wrap>
      <Button size="small" onClick={onFillZeros}>
        全部填 0
      </Button>
      <Typography.Text type="secondary">方向键、回车、Tab 在单元格间移动；可从 Excel/WPS 复制一块数据，在起始单元格粘贴。总计自动计算。</Typography.Text>
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
}

/** A statistics table exactly as the template prints it, with spreadsheet habits. */
export function StatsTable({ template, table, document: report, values, marks, editable, onCells }: Readonly<TProps>) {
  const { message, modal } = App.useApp();
  const rows = useMemo(() => navigationRows(template, table), [template, table]);
  const inputIds = useMemo(() => rows.flat().filter((c) => !c.derived).map((c) => c.id), [rows]);

  const onText = useCallback((id: string, text: string) => onCells({ [id]: cellValueFromInput(text) }), [onCells]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
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
      if (!id || !editable || !/[\t\n]/.test(text.replace(/\n+$/, ""))) return;
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
      if (rejected.length) parts.push(`${rejected.length} 个值不是数字，未填入：${rejected.slice(0, 5).join("、")}${rejected.length > 5 ? "等" : ""}`);
      if (plan.outside) parts.push(`${plan.outside} 个值超出表格范围`);
      (rejected.length || plan.outside ? message.warning : message.success)({ content: parts.join("；"), duration: 6 });
    },
    [editable, message, onCells, rows],
  );

  // Read through a ref so the toolbar does not re-render on every keystroke.
  const cellsRef = useRef(report.cells);
  cellsRef.current = report.cells;
  const fillZeros = useCallback(() => {
    const blanks = inputIds.filter((id) => cellInputText(cellsRef.current[id]) === "");
    const filled = inputIds.length - blanks.length;
    const zeros = (ids: string[]) => onCells(Object.fromEntries(ids.map((id) => [id, 0])));
    if (filled === 0) return zeros(inputIds);
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

  return (
    <div>
      {editable && <TableToolbar onFillZeros={fillZeros} />}
      <div className={styles.tableWrap}>
        <table className={styles.grid} onKeyDown={onKeyDown} onPaste={onPaste} aria-label={table.title} data-table={table.id}>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.cells.map((cell, cellIndex) => {
                  if (cell.type === "label") {
                    return (
                      <th key={cellIndex} rowSpan={cell.rowSpan} colSpan={cell.colSpan} scope={cell.scope}>
                        {cell.text}
                      </th>
                    );
                  }
                  const def = template.cellById.get(cell.cellId);
                  const derived = Boolean(def?.sumOf);
                  const computed = def ? values.effectiveAt[def.index] : null;
                  const text = derived ? (computed === null || computed === undefined ? "" : formatNumber(computed)) : cellInputText(report.cells[cell.cellId]);
                  const prefill = report.prefill?.[cell.cellId];
                  const mark = marks.get(cell.cellId);
                  return (
                    <StatsCell
                      key={cellIndex}
                      id={cell.cellId}
                      label={def ? `${def.rowLabel} ${def.colLabel}` : cell.cellId}
                      text={text}
                      derived={derived}
                      editable={editable}
                      severity={mark?.commentOnly ? undefined : mark?.blankOnly ? "blank" : mark?.severity}
                      comment={mark?.comment}
                      messages={mark?.messages}
                      onText={onText}
                      prefill={prefill && prefill.value === report.cells[cell.cellId] ? prefill.from : undefined}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes && <TableNotes notes={table.notes} />}
    </div>
  );
}
