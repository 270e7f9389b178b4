import type { CSSProperties, ReactNode } from "react";

import { classNames } from "./class-names";

type TTone = "secondary" | "success" | "warning" | "danger";

interface TTextProps {
  type?: TTone;
  strong?: boolean;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  id?: string;
  role?: string;
  "aria-live"?: "polite" | "assertive" | "off";
  "data-testid"?: string;
}

const classes = (type: TTone | undefined, className: string | undefined) =>
  classNames("ant-typography", type ? `ant-typography-${type}` : null, className);

const content = (strong: boolean | undefined, children: ReactNode) =>
  strong ? <strong>{children}</strong> : children;

/**
 * Text with Ant Design Typography's look, without its code (D71): `Text` (inline), `Paragraph` (block) and `Title`
 * (h1–h5), each with `type` and `strong`. No copy, edit or ellipsis (we use none). Markup compared with antd's in
 * components/ui/light-parity.test.ts.
 */
export function Text({ type, strong, className, children, ...rest }: Readonly<TTextProps>) {
  return (
    <span className={classes(type, className)} {...rest}>
      {content(strong, children)}
    </span>
  );
}

export function Paragraph({ type, strong, className, children, ...rest }: Readonly<TTextProps>) {
  return (
    <div className={classes(type, className)} {...rest}>
      {content(strong, children)}
    </div>
  );
}

export function Title({
  level = 1,
  type,
  className,
  children,
  ...rest
}: Readonly<TTextProps & { level?: 1 | 2 | 3 | 4 | 5 }>) {
  const Heading = `h${level}` as const;
  return (
    <Heading className={classes(type, className)} {...rest}>
      {children}
    </Heading>
  );
}
