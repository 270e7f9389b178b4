"use client";

import type { ComponentProps, ReactNode } from "react";

import styles from "./panel-card.module.css";

interface TProps extends Omit<ComponentProps<"div">, "title"> {
  /** The one-line title in the card's head. */
  title: ReactNode;
  /** "small": the tighter head (38 px) and padding (12 px) of the side panels and the tables' step. */
  size?: "small";
}

/**
 * A titled card of the editor (the step, 审核, 校验结果), drawn as antd's bordered Card (panel-card.module.css)
 * without its code in the editor's first load (issue 17). Other props (data-testid, style, onFocusCapture …) go
 * to the card's `<div>`.
 */
export function PanelCard({ title, size, className, children, ...props }: Readonly<TProps>) {
  const classes = [styles.card, size === "small" && styles.small, className].filter(Boolean).join(" ");
  return (
    <div {...props} className={classes}>
      <div className={styles.head}>
        <div className={styles.title}>{title}</div>
      </div>
      <div className={styles.body}>{children}</div>
    </div>
  );
}
