import LoadingOutlined from "@ant-design/icons-svg/es/asn/LoadingOutlined";
import type { ButtonHTMLAttributes, ReactNode } from "react";

import { AntIcon } from "./icon";
import { classNames } from "./class-names";

/**
 * A button with Ant Design's look (its markup and classes, styled by antd/dist/antd.css and the theme's variables in
 * app/antd-theme.css) without Ant Design's code: for what the editor's first view shows (issue 17, D71). Covers what
 * we use of antd's Button: `type` default / primary / link / text, `danger`, `size` small, `htmlType`, `loading`,
 * and, like antd, a space between two Chinese characters (“退 出”). components/ui/light-parity.test.ts compares the
 * markup with antd's own.
 */
export interface TLightButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> {
  type?: "default" | "primary" | "link" | "text";
  danger?: boolean;
  size?: "small" | "middle";
  htmlType?: "button" | "submit" | "reset";
  loading?: boolean;
  icon?: ReactNode;
  children?: ReactNode;
}

const VARIANT = { default: "outlined", primary: "solid", link: "link", text: "text" } as const;

/** Two Chinese characters get a space between them on a bordered button, as antd's `autoInsertSpace` does (“保 存”). */
const spaced = (children: ReactNode, type: string): ReactNode =>
  typeof children === "string" &&
  (type === "default" || type === "primary") &&
  /^[\u4e00-\u9fa5]{2}$/.test(children)
    ? children.split("").join(" ")
    : children;

export function Button({
  type = "default",
  danger = false,
  size = "middle",
  htmlType = "button",
  loading = false,
  icon,
  className,
  children,
  ...rest
}: Readonly<TLightButtonProps>) {
  const color = danger ? "dangerous" : type === "text" ? "default" : type;
  const classes = [
    "ant-btn",
    `ant-btn-${type}`,
    danger ? "ant-btn-dangerous" : null,
    `ant-btn-color-${color}`,
    `ant-btn-variant-${VARIANT[type]}`,
    size === "small" ? "ant-btn-sm" : null,
    loading ? "ant-btn-loading" : null,
    icon && !loading && (children === undefined || children === null) ? "ant-btn-icon-only" : null,
    className,
  ];
  return (
    <button
      type={htmlType}
      className={classNames(...classes)}

      {...rest}
    >
      {loading ? (
        <span className="ant-btn-icon ant-btn-loading-icon">
          <AntIcon icon={LoadingOutlined} spin />
        </span>
      ) : null}
      {icon && !loading ? <span className="ant-btn-icon">{icon}</span> : null}
      {children === undefined || children === null ? null : <span>{spaced(children, type)}</span>}
    </button>
  );
}
