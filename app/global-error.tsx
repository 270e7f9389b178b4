"use client";

import { ErrorView, errorDigest } from "@/components/error-view";

// The root layout (and with it its stylesheets) is what failed: this page brings the same ones.
import "antd/dist/antd.css";
import "./antd-theme.css";
import "./globals.css";

/**
 * The root layout itself failed (it reads the session from the database): replaces the whole page, so it
 * brings its own `<html>` and stylesheets, in Chinese, with 重试. Built of light components only (D71).
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
        <ErrorView onRetry={retry ?? reset} digest={errorDigest(error)} />
      </body>
    </html>
  );
}
