"use client";

import { Radio, Typography } from "antd";

import type { TImportChoice } from "@/lib/import/types";
import { TABLE_NAMES } from "@/lib/template/labels";

/** One row whose digits ran together: the raw text, where it was, and a radio per candidate split. */
export function ChoiceRow({
  choice,
  value,
  onChange,
}: {
  choice: TImportChoice;
  value?: number;
  onChange: (v: number) => void;
}) {
  return (
    <div>
      <Typography.Text strong>
        {TABLE_NAMES[choice.table]}“{choice.rowLabel}”行
      </Typography.Text>
      <Typography.Text type="secondary">
        ：原文数字连排为“{choice.raw}”（{choice.where}），有 {choice.candidates.length} 种拆分都说得通，请选择
        {choice.supportedBy ? `（${choice.supportedBy}）` : ""}
      </Typography.Text>
      <Radio.Group
        aria-label={`${choice.rowLabel} 的拆分`}
        value={value}
        onChange={(event) => onChange(event.target.value as number)}
        style={{ display: "flex", flexWrap: "wrap", gap: 8, marginTop: 4 }}
        options={choice.candidates.map((candidate, index) => ({
          value: index,
          label: candidate.join(" / "),
        }))}
      />
    </div>
  );
}
