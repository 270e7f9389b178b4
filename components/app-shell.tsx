"use client";

import { Button, Layout, Menu, Space } from "antd";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

import { logoutAction } from "@/app/login/actions";
import { MAIN_NAVIGATION, PRODUCT_NAME } from "@/lib/site/navigation";

export function AppShell({ children, userName }: Readonly<{ children: ReactNode; userName: string | null }>) {
  const pathname = usePathname();
  const selected = MAIN_NAVIGATION.filter((item) => pathname.startsWith(item.href)).map((item) => item.href);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ display: "flex", alignItems: "center", gap: 32 }}>
        <Link href="/" style={{ color: "#fff", fontSize: 20, fontWeight: 600, whiteSpace: "nowrap" }}>
          {PRODUCT_NAME}
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={selected}
          style={{ flex: 1, minWidth: 0 }}
          items={MAIN_NAVIGATION.map((item) => ({ key: item.href, label: <Link href={item.href}>{item.label}</Link> }))}
        />
        {userName ? (
          <Space>
            <Link href="/account" style={{ color: "#fff" }} title="修改密码">
              {userName}
            </Link>
            <form action={logoutAction}>
              <Button size="small" htmlType="submit">
                退出
              </Button>
            </form>
          </Space>
        ) : (
          <Link href="/login" style={{ color: "#fff" }}>
            登录
          </Link>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: "24px 32px", maxWidth: 1680, width: "100%", margin: "0 auto" }}>
        {children}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: "center", color: "#888" }}>
        {PRODUCT_NAME} · 政府信息公开工作年度报告编写、审核与发布
      </Layout.Footer>
    </Layout>
  );
}
