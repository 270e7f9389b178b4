import { createContext, use, type CSSProperties, type InputHTMLAttributes, type ReactNode } from "react";

import { classNames } from "./class-names";

/**
 * A vertical form with Ant Design Form's look, without its code or its field store (D71): the fields' values and
 * checks stay with react-hook-form. `Form` is the frame, `Field` one labelled field with its help or error below,
 * `Row`/`Col` the responsive grid (24 columns; `xs`, `md`). Markup compared with antd's in
 * components/ui/light-parity.test.ts.
 */
export function Form({ children }: Readonly<{ children?: ReactNode }>) {
  return <div className="ant-form ant-form-vertical ant-form-css-var">{children}</div>;
}

export function Field({
  label,
  help,
  status,
  children,
}: Readonly<{ label: string; help?: ReactNode; status?: "error"; children?: ReactNode }>) {
  const classes = [
    "ant-form-item",
    "ant-form-css-var",
    help ? "ant-form-item-with-help" : null,
    status ? `ant-form-item-has-${status}` : null,
    "ant-form-item-vertical",
  ];
  return (
    <div className={classNames(...classes)}>
      <div className="ant-row ant-form-item-row">
        <div className="ant-col ant-form-item-label">
          <label title={label}>{label}</label>
        </div>
        <div className="ant-col ant-form-item-control">
          <div className="ant-form-item-control-input">
            <div className="ant-form-item-control-input-content">{children}</div>
          </div>
          {help ? (
            // As antd draws a field with help once mounted: the help sits in the field's bottom margin (24 px)
            // instead of adding to it, so a field is as tall with a message as without one.
            <div className="ant-form-item-additional" style={{ minHeight: 24 }}>
              <div className="ant-form-item-explain ant-form-css-var ant-form-item-explain-connected">
                <div className={status ? `ant-form-item-explain-${status}` : undefined}>{help}</div>
              </div>
            </div>
          ) : null}
        </div>
      </div>
      {help ? <div className="ant-form-item-margin-offset" style={{ marginBottom: -24 }} /> : null}
    </div>
  );
}

const RowGutter = createContext(0);

/** The grid's row: `gutter` in pixels (horizontal, or [horizontal, vertical]), `justify`, `align`. */
export function Row({
  gutter = 0,
  justify,
  align,
  children,
}: Readonly<{
  gutter?: number | [number, number];
  justify?: "start" | "end" | "center" | "space-between" | "space-around";
  align?: "top" | "middle" | "bottom";
  children?: ReactNode;
}>) {
  const [horizontal, vertical] = Array.isArray(gutter) ? gutter : [gutter, 0];
  const style: CSSProperties = {};
  if (horizontal) style.marginInline = -horizontal / 2;
  if (vertical) style.rowGap = vertical;
  const classes = ["ant-row", justify ? `ant-row-${justify}` : null, align ? `ant-row-${align}` : null];
  return (
    <RowGutter value={horizontal}>
      <div className={classNames(...classes)} style={horizontal || vertical ? style : undefined}>
        {children}
      </div>
    </RowGutter>
  );
}

/** A column of the row: `xs`, `md` spans of 24; its padding follows the row's gutter. */
export function Col({ xs, md, children }: Readonly<{ xs?: number; md?: number; children?: ReactNode }>) {
  const gutter = use(RowGutter);
  const classes = ["ant-col", xs ? `ant-col-xs-${xs}` : null, md ? `ant-col-md-${md}` : null];
  return (
    <div className={classNames(...classes)} style={gutter ? { paddingInline: gutter / 2 } : undefined}>
      {children}
    </div>
  );
}

/**
 * A text input with Ant Design Input's look (outlined; `status` error; a `suffix` such as an icon), without its code
 * (D71). Takes every attribute of `<input>`.
 */
export function TextInput({
  status,
  suffix,
  className,
  ...rest
}: Readonly<InputHTMLAttributes<HTMLInputElement> & { status?: "error"; suffix?: ReactNode }>) {
  const disabled = rest.disabled ? "ant-input-disabled" : null;
  const outline = ["ant-input-outlined", status ? `ant-input-status-${status}` : null, "ant-input-css-var"];
  if (!suffix) {
    const classes = ["ant-input", ...outline, disabled, className];
    return <input type="text" className={classNames(...classes)} {...rest} />;
  }
  const wrapper = [
    "ant-input-affix-wrapper",
    disabled,
    rest.disabled ? "ant-input-affix-wrapper-disabled" : null,
    ...outline,
    className,
  ];
  return (
    <span className={classNames(...wrapper)}>
      <input type="text" className={classNames("ant-input", disabled)} {...rest} />
      <span className="ant-input-suffix">{suffix}</span>
    </span>
  );
}
