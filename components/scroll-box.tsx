import type { ReactNode } from "react";

/**
 * A list that may run to hundreds of offices (汇总's 未纳入 and 已汇总 lists, the 催报 dialog's names) kept to
 * `maxHeight` pixels and scrolled inside, so the page or dialog stays one screen with its buttons in view.
 * A named region reachable by keyboard (Tab, then the arrow keys scroll it; axe: scrollable-region-focusable).
 */
export function ScrollBox({
  label,
  maxHeight = 320,
  children,
}: Readonly<{ label: string; maxHeight?: number; children: ReactNode }>) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ maxHeight, overflowY: "auto" }}>
      {children}
    </div>
  );
}
