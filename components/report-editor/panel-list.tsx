"use client";

import { useId, type ComponentProps, type ReactElement, type ReactNode } from "react";

import styles from "./panel-list.module.css";

/**
 * A titled list of the side panels (批注, 警告说明, 已发布版次): the header names the list for screen readers
 * (`aria-labelledby`). Plain markup with the look of antd's small List (panel-list.module.css), which the editor's
 * first load no longer carries (issue 17).
 */
export function PanelList({ header, children }: Readonly<{ header: string; children: ReactNode }>) {
  const id = useId();
  return (
    <div className={styles.list}>
      <div id={id} className={styles.header}>
        {header}
      </div>
      <ul aria-labelledby={id} className={styles.items}>
        {children}
      </ul>
    </div>
  );
}

/** The list without a header, for a list named otherwise (the 校验结果 findings); other props go to the `<ul>`. */
export function PanelItems({ className, ...props }: Readonly<ComponentProps<"ul">>) {
  return <ul {...props} className={className ? `${styles.items} ${className}` : styles.items} />;
}

interface TItemProps extends ComponentProps<"li"> {
  /** Buttons after the item's text (回复, 已解决), each with its own key, a thin rule between two. */
  actions?: ReactElement[];
}

/** One item of a `PanelList` or `PanelItems`; other props (data-testid, onClick …) go to the `<li>`. */
export function PanelItem({ actions = [], className, children, ...props }: Readonly<TItemProps>) {
  return (
    <li {...props} className={className ? `${styles.item} ${className}` : styles.item}>
      {children}
      {actions.length > 0 && (
        <div className={styles.actions}>
          {actions.map((action) => (
            <span key={action.key} className={styles.action}>
              {action}
            </span>
          ))}
        </div>
      )}
    </li>
  );
}
