"use client";

import { useEffect, useRef, useState, type ComponentType } from "react";

import { Field, TextInput } from "@/components/ui/field";
import { issueDateText, parseIssueDate } from "@/lib/report/issue-date";

import type { TIssueDateInputProps } from "./issue-date-picker";
import { whenIdle } from "./on-demand";

let picker: ComponentType<TIssueDateInputProps> | null = null;
const loadPicker = () => import("./issue-date-picker").then((m) => (picker = m.IssueDatePicker));

/** The calendar's glyph (Ant Design's CalendarOutlined outline, 14 px), for the light input. */
const CALENDAR = (
  <svg
    viewBox="64 64 896 896"
    width="1em"
    height="1em"
    fill="currentColor"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M880 184H712v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H384v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H144c-17.7 0-32 14.3-32 32v664c0 17.7 14.3 32 32 32h736c17.7 0 32-14.3 32-32V216c0-17.7-14.3-32-32-32zm-40 656H184V460h656v380zM184 392V256h128v48c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-48h256v48c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-48h128v136H184z" />
  </svg>
);

/**
 * 成文日期 before the calendar's code is here: a text input with the picker's look that reads the date typed the
 * same way (`2027年1月20日`, `2027-01-20`, on leaving the field or Enter).
 */
function TypedIssueDate({ value, editable, status, onTyped }: Readonly<TIssueDateInputProps>) {
  const shown = value ? issueDateText(value) : "";
  const [text, setText] = useState(shown);
  const [was, setWas] = useState(shown);
  if (was !== shown) {
    // The stored date changed (read from what was typed, or a recovered draft): show it.
    setWas(shown);
    setText(shown);
  }
  return (
    <TextInput
      status={status}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => onTyped(text)}
      onKeyDown={(event) => {
        if (event.key === "Enter") onTyped(text);
      }}
      placeholder="如 2027年1月20日"
      aria-label="成文日期"
      disabled={!editable}
      suffix={<span style={{ color: "rgba(0, 0, 0, 0.25)", display: "inline-flex" }}>{CALENDAR}</span>}
    />
  );
}

/**
 * 成文日期: a date picker that also takes the date typed (`2027年1月20日`, `2027-01-20`); a date that does not
 * exist (`2027-02-30`) is refused with a message under the field and the stored date is left as it was. The
 * calendar's code loads when the browser is idle (D71); until then, and while the field has focus, the light input
 * with the same look stands in, so nothing typed is lost in the swap.
 */
export function IssueDateField({
  value,
  editable,
  onChange,
}: Readonly<{ value: string | undefined; editable: boolean; onChange(value: string | undefined): void }>) {
  const [problem, setProblem] = useState<string | null>(null);
  const [Picker, setPicker] = useState<ComponentType<TIssueDateInputProps> | null>(() => picker);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (Picker) return;
    let live = true;
    const swap = (loaded: ComponentType<TIssueDateInputProps>) => {
      if (!live) return;
      if (box.current?.contains(document.activeElement)) {
        box.current.addEventListener("focusout", () => live && setPicker(() => loaded), { once: true });
      } else setPicker(() => loaded);
    };
    const cancel = whenIdle(() => void loadPicker().then(swap, () => undefined)); // stays typed-only if it fails
    return () => {
      live = false;
      cancel();
    };
  }, [Picker]);
  const onTyped = (text: string) => {
    // Emptied: the date is cleared, as the calendar's own clear does.
    if (!text.trim()) {
      setProblem(null);
      if (value) onChange(undefined);
      return;
    }
    const reading = parseIssueDate(text);
    if (!reading.ok) return setProblem(reading.message);
    setProblem(null);
    if (reading.date !== value) onChange(reading.date);
  };
  const onPick = (date: string | undefined) => {
    setProblem(null);
    onChange(date);
  };
  const DateInput = Picker ?? TypedIssueDate;
  return (
    <Field
      label="成文日期"
      status={problem ? "error" : undefined}
      help={problem ?? "可从日历选择，或直接输入，如 2027年1月20日"}
    >
      <div ref={box}>
        <DateInput
          value={value}
          editable={editable}
          status={problem ? "error" : undefined}
          onPick={onPick}
          onTyped={onTyped}
        />
      </div>
    </Field>
  );
}
