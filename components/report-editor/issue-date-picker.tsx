"use client";

import { DatePicker } from "antd";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";

import { AntdContext } from "@/components/app-providers";

/** How the picker shows a date, then the other forms it reads as typed (lib/report/issue-date reads them all). */
const DATE_FORMATS = ["YYYY年M月D日", "YYYY-MM-DD", "YYYY/M/D", "YYYY.M.D"];

/** What the 成文日期 field hands its input, the calendar's or the typed one's (issue-date-field.tsx). */
export interface TIssueDateInputProps {
  /** The stored date, `YYYY-MM-DD`, or undefined. */
  value: string | undefined;
  editable: boolean;
  /** "error" while the text typed is not a date (the message is under the field). */
  status?: "error";
  /** A date chosen in the calendar, `YYYY-MM-DD`; undefined when cleared. */
  onPick(value: string | undefined): void;
  /** The text typed, read when the field is left or Enter is pressed. */
  onTyped(text: string): void;
}

/**
 * 成文日期 with Ant Design's calendar (its own chunk with dayjs, ≈ 40 KB compressed: loaded when the browser is idle,
 * never in the editor's first load; issue 17, D71). Typing works the same as in the light input shown before it.
 */
export function IssueDatePicker({
  value,
  editable,
  status,
  onPick,
  onTyped,
}: Readonly<TIssueDateInputProps>) {
  // The editor shows no Ant Design before this loads (D71): the calendar brings its theme and Chinese locale.
  return (
    <AntdContext bare>
      <DatePicker
        style={{ width: "100%" }}
        value={value ? dayjs(value) : null}
        status={status}
        format={DATE_FORMATS}
        placeholder="如 2027年1月20日"
        aria-label="成文日期"
        disabled={!editable}
        onChange={(date) => onPick(date ? date.format("YYYY-MM-DD") : undefined)}
        onBlur={(event) => onTyped((event.target as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onTyped((event.target as HTMLInputElement).value);
        }}
      />
    </AntdContext>
  );
}
