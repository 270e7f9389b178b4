"use client";

import { Button, Space, Typography } from "antd";
import { memo } from "react";

/** Above an editable statistics table: 全部填 0 and how to move and paste. */
export const TableToolbar = memo(function TableToolbar({ onFillZeros }: { onFillZeros(): void }) {
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

/** The template's notes printed under a statistics table. */
export const TableNotes = memo(function TableNotes({ notes }: { notes: string[] }) {
  return (
    <ul style={{ color: "#666", fontSize: 13, paddingLeft: 20 }}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
});
