import type { CSSProperties, ReactNode } from "react";

import { classNames } from "./class-names";

const PRESETS = new Set([
  "success",
  "processing",
  "error",
  "warning",
  "default",
  ...[
    "blue",
    "purple",
    "cyan",
    "green",
    "magenta",
    "pink",
    "red",
    "orange",
    "yellow",
    "volcano",
    "geekblue",
    "lime",
    "gold",
  ],
]);

/**
 * A label with Ant Design Tag's look, without its code (D71): a preset or status `color` (darkened for contrast in
 * app/globals.css), or none. Markup compared with antd's in components/ui/light-parity.test.ts.
 */
export function Tag({
  color,
  className,
  style,
  children,
  ...rest
}: Readonly<{
  color?: string;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  title?: string;
  "aria-label"?: string;
  "data-testid"?: string;
  role?: string;
}>) {
  if (color && !PRESETS.has(color)) throw new Error(`Tag 不支持颜色 ${color}`);
  const classes = ["ant-tag", "ant-tag-filled", color ? `ant-tag-${color}` : null, className];
  return (
    <span className={classNames(...classes)} style={style} {...rest}>
      {children}
    </span>
  );
}
