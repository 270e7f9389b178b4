import { Children, type CSSProperties, type ReactNode } from "react";

import { classNames } from "./class-names";

type TSize = "small" | "middle" | "large";

/**
 * Ant Design Space's look (items in a flex row or column with the theme's gaps), without its code (D71): `size`
 * (a preset, a number of pixels, or [column, row]), `direction`, `align`, `wrap`. Like antd, empty children
 * (null, false) take no slot. Markup compared with antd's in components/ui/light-parity.test.ts.
 */
export function Space({
  size = "small",
  direction = "horizontal",
  align,
  wrap = false,
  className,
  style,
  children,
  ...rest
}: Readonly<{
  size?: TSize | number | [TSize | number, TSize | number];
  direction?: "horizontal" | "vertical";
  align?: "start" | "end" | "center" | "baseline";
  wrap?: boolean;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  "data-testid"?: string;
  role?: string;
  "aria-label"?: string;
}>) {
  const [column, row] = Array.isArray(size) ? size : [size, size];
  const mergedAlign = align ?? (direction === "horizontal" ? "center" : undefined);
  const gaps: CSSProperties = {};
  if (typeof column === "number") gaps.columnGap = column;
  if (typeof row === "number") gaps.rowGap = row;
  const classes = [
    "ant-space",
    `ant-space-${direction}`,
    mergedAlign ? `ant-space-align-${mergedAlign}` : null,
    typeof row === "string" ? `ant-space-gap-row-${row}` : null,
    typeof column === "string" ? `ant-space-gap-col-${column}` : null,
    className,
  ];
  return (
    <div
      className={classNames(...classes)}
      style={{ ...(wrap ? { flexWrap: "wrap" } : null), ...gaps, ...style }}
      {...rest}
    >
      {Children.toArray(children).map((child, index) => (
        <div className="ant-space-item" key={index}>
          {child}
        </div>
      ))}
    </div>
  );
}
