"use client";

import { InputNumber } from "antd";

import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "@/lib/template";

/**
 * The 年度 field of the supervising pages (审核台, 汇总, 按时公布): “年度” and a number box limited to the years a
 * format exists for (lib/template); `onChange` gets a year, never an empty box.
 */
export function YearInput({
  value,
  onChange,
}: Readonly<{ value: number; onChange: (year: number) => void }>) {
  return (
    <>
      <span>年度</span>
      <InputNumber
        aria-label="年度"
        min={FIRST_SUPPORTED_YEAR}
        max={LAST_SUPPORTED_YEAR}
        value={value}
        onChange={(year) => year && onChange(year)}
      />
    </>
  );
}
