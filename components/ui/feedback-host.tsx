"use client";

import { App, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import { useEffect } from "react";

import { APP_THEME } from "./theme";

type TAppApi = ReturnType<typeof App.useApp>;

function Capture({ onReady }: Readonly<{ onReady(api: TAppApi): void }>) {
  const api = App.useApp();
  useEffect(() => onReady(api), [api, onReady]);
  return null;
}

/**
 * Ant Design's message and modal, in our theme and in Chinese, for the pages that show no Ant Design at first
 * (components/ui/feedback.tsx loads this chunk when the browser is idle or at the first message, D71).
 */
export function FeedbackHost({ onReady }: Readonly<{ onReady(api: TAppApi): void }>) {
  return (
    <ConfigProvider locale={zhCN} theme={APP_THEME}>
      <App component={false}>
        <Capture onReady={onReady} />
      </App>
    </ConfigProvider>
  );
}
