import type { Metadata } from "next";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";

import { AppShell } from "@/components/app-shell";
import { FeedbackOutlet } from "@/components/ui/feedback";
import { ZodJitlessSetup } from "@/components/zod-jitless-setup";
import { findSignedInUser } from "@/lib/auth/session";
import { countUnreadFor } from "@/lib/services/inbox";
import { navigationFor, PRODUCT_NAME } from "@/lib/site/navigation";

// Ant Design's prebuilt styles first (the theme is `zeroRuntime`, D70) with our theme's variables (D71), then ours.
import "antd/dist/antd.css";
import "./antd-theme.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: PRODUCT_NAME, template: `%s · ${PRODUCT_NAME}` },
  description: "政府信息公开工作年度报告的在线编写、勾稽校验、审核与发布",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // With the database unreachable the frame still renders (signed out), so the login page and the Chinese
  // error page of the failing page (app/error.tsx) show instead of Next.js' own.
  const user = await findSignedInUser().catch((error: unknown) => {
    // Next.js' own signals (dynamic rendering while prerendering, redirects) are not failures: pass them on.
    unstable_rethrow(error);
    console.error("读取登录状态失败：", error);
    return null;
  });
  // The header's badge of unread 待办与消息; a failure to count leaves the badge out, never the page.
  const unread = user
    ? await countUnreadFor(user).catch((error: unknown) => {
        unstable_rethrow(error);
        console.error("读取未读消息数失败：", error);
        return null;
      })
    : null;
  return (
    <html lang="zh-CN">
      <body style={{ margin: 0 }}>
        <ZodJitlessSetup />
        <FeedbackOutlet />
        <AppShell userName={user?.displayName ?? null} unread={unread} navigation={navigationFor(user)}>
          {children}
        </AppShell>
      </body>
    </html>
  );
}
