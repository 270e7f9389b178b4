"use client";

import { AntdRegistry } from "@ant-design/nextjs-registry";
import { App, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";

import { APP_THEME } from "./ui/theme";

/**
 * Ant Design's theme (components/ui/theme.ts), Chinese locale and App context (message, modal), for the pages that use
 * Ant Design (components/antd-layout.tsx; D71), and inside the editor's parts that load on demand.
 */
export function AppProviders({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <AntdRegistry>
      <AntdContext>{children}</AntdContext>
    </AntdRegistry>
  );
}

/**
 * The theme, locale and App context without the server-render style registry and without a wrapping element: for a
 * part that loads on demand into a page built of light components (components/report-editor/with-antd.tsx).
 */
export function AntdContext({ children, bare = false }: Readonly<{ children: ReactNode; bare?: boolean }>) {
  return (
    <ConfigProvider locale={zhCN} theme={APP_THEME}>
      <App component={bare ? false : undefined}>{children}</App>
    </ConfigProvider>
  );
}
