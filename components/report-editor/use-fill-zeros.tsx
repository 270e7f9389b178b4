"use client";

import { App, Button, Space } from "antd";
import { useCallback, useEffect, useRef } from "react";

import type { TCellValue, TReportDocument } from "@/lib/report/schema";

import { cellInputText } from "./document-state";

/**
 * 全部填 0 for one table's input cells: straight away when all are blank; otherwise a dialog offers to fill
 * only the blanks or overwrite everything (only the overwrite when no cell is blank).
 */
export const useFillZeros = (
  inputIds: string[],
  cells: TReportDocument["cells"],
  onCells: (values: Record<string, TCellValue>) => void,
) => {
  const { modal } = App.useApp();
  // Read through a ref so the toolbar does not re-render on every keystroke; the ref follows each commit.
  const cellsRef = useRef(cells);
  useEffect(() => {
    cellsRef.current = cells;
  }, [cells]);
  return useCallback(() => {
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
};
