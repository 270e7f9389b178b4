"use client";

import { useId } from "react";

import styles from "./findings-panel.module.css";

const COUNT_COLOURS = {
  error: styles.countError,
  none: styles.countNone,
  warning: styles.countWarning,
  blank: styles.countBlank,
} as const;

/**
 * A count in the 校验结果 title, white on a coloured pill (as antd's Badge count showed it): `kind` picks the
 * colour — error (red), none (green: no error), warning (orange), blank (grey); above `max` (99 unless given) it
 * shows “99+”. `title` is the hover text.
 */
export function FindingCount({
  count,
  max = 99,
  kind,
  title,
}: Readonly<{ count: number; max?: number; kind: keyof typeof COUNT_COLOURS; title: string }>) {
  const one = count < 10 ? ` ${styles.countOne}` : "";
  return (
    <span className={`${styles.count}${one} ${COUNT_COLOURS[kind]}`} title={title}>
      {count > max ? `${max}+` : count}
    </span>
  );
}

/**
 * The filter of the findings: radio buttons in a named radiogroup, drawn as antd's small Segmented. Native
 * radios, so the keyboard works as everywhere: Tab reaches the chosen one, the arrow keys choose another.
 */
export function FindingsFilter<T extends string>({
  label,
  value,
  options,
  onChange,
}: Readonly<{
  /** The group's accessible name. */
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className={styles.filter}>
      {options.map((option) => (
        <label
          key={option.value}
          className={option.value === value ? `${styles.option} ${styles.selected}` : styles.option}
        >
          <input
            type="radio"
            className={styles.radio}
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

/** No finding to list: antd's simple “empty” image (drawn inline, decorative) over `text`. */
export function NoFindings({ text }: Readonly<{ text: string }>) {
  return (
    <div className={styles.empty}>
      <svg width="64" height="41" viewBox="0 0 64 41" aria-hidden="true" focusable="false">
        <g transform="translate(0 1)" fill="none" fillRule="evenodd">
          <ellipse fill="#f5f5f5" cx="32" cy="33" rx="32" ry="7" />
          <g fillRule="nonzero" stroke="#d9d9d9">
            <path d="M55 12.8 44.9 1.3Q44 0 42.9 0H21.1q-1.2 0-2 1.3L9 12.8V22h46z" />
            <path
              d="M41.6 16c0-1.7 1-3 2.2-3H55v18.1c0 2.2-1.3 3.9-3 3.9H12c-1.7 0-3-1.7-3-3.9V13h11.2c1.2 0 2.2 1.3 2.2 3s1 2.9 2.2 2.9h14.8c1.2 0 2.2-1.4 2.2-3"
              fill="#fafafa"
            />
          </g>
        </g>
      </svg>
      <div>{text}</div>
    </div>
  );
}
