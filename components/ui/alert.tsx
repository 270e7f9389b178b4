import CheckCircleFilled from "@ant-design/icons-svg/es/asn/CheckCircleFilled";
import CloseCircleFilled from "@ant-design/icons-svg/es/asn/CloseCircleFilled";
import ExclamationCircleFilled from "@ant-design/icons-svg/es/asn/ExclamationCircleFilled";
import InfoCircleFilled from "@ant-design/icons-svg/es/asn/InfoCircleFilled";
import type { CSSProperties, ReactNode } from "react";

import { AntIcon } from "./icon";
import { classNames } from "./class-names";

const ICONS = {
  success: CheckCircleFilled,
  info: InfoCircleFilled,
  warning: ExclamationCircleFilled,
  error: CloseCircleFilled,
};

/**
 * A message box with Ant Design Alert's look and `role="alert"`, without its code (D71): `type`, `title`,
 * `description`, `showIcon`, `action`. Not closable and without motion (we use neither). Markup compared with antd's
 * in components/ui/light-parity.test.ts.
 */
export function Alert({
  type = "info",
  title,
  description,
  showIcon = false,
  action,
  className,
  style,
  ...rest
}: Readonly<{
  type?: keyof typeof ICONS;
  title?: ReactNode;
  description?: ReactNode;
  showIcon?: boolean;
  action?: ReactNode;
  className?: string;
  style?: CSSProperties;
  "data-testid"?: string;
  id?: string;
  /** "alert" by default; "status" for news that must not interrupt (as antd, the attribute given wins). */
  role?: string;
}>) {
  const classes = [
    "ant-alert",
    `ant-alert-${type}`,
    "ant-alert-outlined",
    description ? "ant-alert-with-description" : null,
    showIcon ? null : "ant-alert-no-icon",
    className,
  ];
  return (
    <div data-show="true" className={classNames(...classes)} role="alert" style={style} {...rest}>
      {showIcon ? (
        <span className="ant-alert-icon">
          <AntIcon icon={ICONS[type]} />
        </span>
      ) : null}
      <div className="ant-alert-section">
        {title ? <div className="ant-alert-title">{title}</div> : null}
        {description ? <div className="ant-alert-description">{description}</div> : null}
      </div>
      {action ? <div className="ant-alert-actions">{action}</div> : null}
    </div>
  );
}
