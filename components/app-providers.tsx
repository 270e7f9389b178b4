"use client";

import { AntdRegistry } from "@ant-design/nextjs-registry";
import { App, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";

import { setZodJitless } from "@/lib/zod-jitless";

import { APP_THEME } from "./ui/theme";

// Zod compiles object parsers with `new Function` where it may. The Content-Security-Policy allows no eval in the
// browser (docs/decisions.md, D18), and Zod's probe for it is itself reported as a violation: in the browser,
// parse without it (the server keeps the compiled parsers). Set without loading Zod into every page (D40).
if (typeof window !== "undefined") setZodJitless();

export function AppProviders({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <AntdRegistry>
      <ConfigProvider locale={zhCN} theme={APP_THEME}>
        <App>{children}</App>
      </ConfigProvider>
    </AntdRegistry>
  );
}
