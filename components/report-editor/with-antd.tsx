"use client";

import type { ComponentType } from "react";

import { AntdContext } from "@/components/app-providers";

/**
 * `Component` inside Ant Design's theme, locale and App context (message, modal): the editor's first view is built
 * of light components without them (D71), so each part that loads on demand and uses Ant Design brings them along
 * (editor-parts.ts). Loaded with those parts, never in the first load.
 */
export const withAntd = <P extends object>(Component: ComponentType<P>): ComponentType<P> => {
  function WithAntd(props: P) {
    return (
      <AntdContext bare>
        <Component {...props} />
      </AntdContext>
    );
  }
  return WithAntd;
};
