import type { Metadata } from "next";
import type { ReactNode } from "react";

import { AppProviders } from "@/components/app-providers";
import { AppShell } from "@/components/app-shell";
import { getCurrentUser } from "@/lib/auth/session";
import { PRODUCT_NAME } from "@/lib/site/navigation";

export const metadata: Metadata = {
  title: { default: PRODUCT_NAME, template: `%s · ${PRODUCT_NAME}` },
  description: "政府信息公开工作年度报告的在线编写、勾稽校验、审核与发布",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  const user = await getCurrentUser();
  return (
    <html lang="zh-CN">
      <body style={{ margin: 0 }}>
        <AppProviders>
          <AppShell userName={user?.displayName ?? null}>{children}</AppShell>
        </AppProviders>
      </body>
    </html>
  );
}
