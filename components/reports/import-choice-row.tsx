"use client";

import { Radio, Typography } from "antd";

import type { TImportChoice } from "@/lib/import/types";
import { TABLE_NAMES } from "@/lib/template/labels";

/**
 * One choice the importer leaves to the person: a row whose digits ran together (a radio per split), or rows printed
 * without labels that fit several places (a radio per placement, named by the rows that receive the numbers).
 */
export function ChoiceRow({
  choice,
  value,
  onChange,
}: {
  choice: TImportChoice;
  value?: number;
  onChange: (v: number) => void;
}) {
  const placement = choice.kind === "placement";
  return (
    <div>
      <Typography.Text strong>
        {TABLE_NAMES[choice.table]}“{choice.rowLabel}”行
      </Typography.Text>
      <Typography.Text type="secondary">
        {placement
          ? `：原文“${choice.raw}”（${choice.where}）没有行标签，可归入的位置有 ${choice.candidates.length} 种，都符合行序和勾稽关系，请选择归入哪一行`
          : `：原文数字连排为“${choice.raw}”（${choice.where}），有 ${choice.candidates.length} 种拆分都说得通，请选择`}
        {choice.supportedBy ? `（${choice.supportedBy}）` : ""}
      </Typography.Text>
      <Radio.Group
        aria-label={`${choice.rowLabel} 的${placement ? "位置" : "拆分"}`}
        value={value}
        onChange={(event) => onChange(event.target.value as number)}
        style={{ display: "flex", flexWrap: "wrap", gap: 8, marginTop: 4 }}
        options={choice.candidates.map((candidate, index) => ({
          value: index,
          label: (placement && choice.candidateLabels?.[index]) || candidate.join(" / "),
        }))}
      />
    </div>
  );
}
