import type { CSSProperties, HTMLAttributes, ReactNode } from "react";

import { classNames } from "./class-names";

/**
 * A panel with Ant Design Card's look, without its code (D71): `title`, `extra`, `size` small, and the body; any
 * attribute of a `<div>` (aria, handlers) goes to the frame. Markup compared with antd's in
 * components/ui/light-parity.test.ts.
 */
export function Card({
  title,
  extra,
  size,
  className,
  styles,
  children,
  ...rest
}: Readonly<
  Omit<HTMLAttributes<HTMLDivElement>, "title"> & {
    title?: ReactNode;
    extra?: ReactNode;
    size?: "small" | "default";
    styles?: { body?: CSSProperties; header?: CSSProperties };
  }
>) {
  const classes = ["ant-card", "ant-card-bordered", size === "small" ? "ant-card-small" : null, className];
  return (
    <div className={classNames(...classes)} {...rest}>
      {title || extra ? (
        <div className="ant-card-head" style={styles?.header}>
          <div className="ant-card-head-wrapper">
            {title ? <div className="ant-card-head-title">{title}</div> : null}
            {extra ? <div className="ant-card-extra">{extra}</div> : null}
          </div>
        </div>
      ) : null}
      <div className="ant-card-body" style={styles?.body}>
        {children}
      </div>
    </div>
  );
}
