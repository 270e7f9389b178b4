"use client";

import { AppProviders } from "@/components/app-providers";
import { ErrorView, errorDigest } from "@/components/error-view";

/**
 * The root layout itself failed (it reads the session from the database): replaces the whole page, so it
 * brings its own `<html>` and the antd providers, in Chinese, with 重试.
 */
export default function GlobalError({
  error,
  retry,
  reset,
}: Readonly<{ error: unknown; retry?: () => void; reset?: () => void }>) {
  return (
    <html lang="zh-CN">
      <head>
        <title>页面暂时无法显示 · 年报通</title>
      </head>
      <body style={{ margin: 0 }}>
        <AppProviders>
          <ErrorView onRetry={retry ?? reset} digest={errorDigest(error)} />
        </AppProviders>
      </body>
    </html>
  );
}
