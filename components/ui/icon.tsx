import type { AbstractNode, IconDefinition } from "@ant-design/icons-svg/es/types";
import { createElement, type ReactElement } from "react";

/** React's names for the SVG attributes the icon data uses. */
const ATTRIBUTE = (name: string) =>
  name === "fill-rule" ? "fillRule" : name === "class" ? "className" : name;

const node = ({ tag, attrs, children = [] }: AbstractNode, key?: number): ReactElement =>
  createElement(
    tag,
    { key, ...Object.fromEntries(Object.entries(attrs).map(([name, value]) => [ATTRIBUTE(name), value])) },
    ...children.map(node),
  );

/**
 * An Ant Design icon from its SVG data (@ant-design/icons-svg), with the markup @ant-design/icons renders
 * (`<span role="img" aria-label="…" class="anticon anticon-…">`), without its React package: for the light components
 * (D71). `spin` turns it as the loading icon does.
 */
export function AntIcon({ icon, spin = false }: Readonly<{ icon: IconDefinition; spin?: boolean }>) {
  const svg = typeof icon.icon === "function" ? icon.icon("currentColor", "#e6f4ff") : icon.icon;
  return (
    <span
      role="img"
      aria-label={icon.name}
      className={`anticon anticon-${icon.name}${spin ? " anticon-spin" : ""}`}
    >
      {createElement(
        "svg",
        {
          ...Object.fromEntries(Object.entries(svg.attrs).map(([name, value]) => [ATTRIBUTE(name), value])),
          "data-icon": icon.name,
          width: "1em",
          height: "1em",
          fill: "currentColor",
          "aria-hidden": "true",
        },
        ...(svg.children ?? []).map(node),
      )}
    </span>
  );
}
