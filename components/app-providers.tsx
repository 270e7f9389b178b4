"use client";

import { AntdRegistry } from "@ant-design/nextjs-registry";
import { App, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";

export function AppProviders({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <AntdRegistry>
      <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: "#b71c1c", borderRadius: 4 } }}>
        <App>{children}</App>
      </ConfigProvider>
    </AntdRegistry>
  );
}
